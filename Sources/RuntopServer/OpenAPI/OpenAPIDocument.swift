import RuntopWire

/// The OpenAPI 3.1 description of every route the reference server serves, at `GET /openapi.json`.
/// `OpenAPIConformanceTests` checks real responses against it, so it stays true.
enum OpenAPIDocument {
    private typealias Schema = OpenAPISchema

    /// The document.
    static let document: JSONValue = .object([
        "openapi": .string("3.1.0"),
        "info": .object([
            "title": .string("runtop reference control plane"),
            "version": .string("1"),
            "description": .string(
                "The Fusion jobs API with ingestion for externally driven jobs, the Dreadnode hosted-training dialect "
                    + "and Tinker's REST API. "
                    + "When the server has an API token, every route but this one needs Authorization: Bearer <token> "
                    + "or X-API-Key."),
        ]),
        "components": .object([
            "schemas": .object(schemas.merging(tinkerSchemas) { first, _ in first }),
            "securitySchemes": .object([
                "bearer": .object(["type": .string("http"), "scheme": .string("bearer")]),
                "apiKey": .object(["type": .string("apiKey"), "in": .string("header"), "name": .string("X-API-Key")]),
            ]),
        ]),
        "security": .array([.object(["bearer": .array([])]), .object(["apiKey": .array([])])]),
        "paths": .object(paths.merging(tinkerPaths) { first, _ in first }),
    ])

    /// The schemas under `components/schemas`.
    static let schemas: [String: JSONValue] = [
        "Error": Schema.object(
            required: ["detail"],
            ["detail": Schema.string, "code": Schema.integer, "type": Schema.string]),
        "Job": Schema.object(
            required: [
                "id", "type", "status", "retries", "last_checkpoint_step", "output_model_id", "created_at", "started_at",
                "finished_at",
            ],
            [
                "id": Schema.string, "type": Schema.enumeration(JobSpecification.types),
                "status": Schema.enumeration([
                    JobStatus.queued, JobStatus.running, JobStatus.reclaimed, JobStatus.succeeded, JobStatus.failed,
                    JobStatus.cancelled,
                ]),
                "retries": Schema.integer, "last_checkpoint_step": Schema.integer,
                "output_model_id": Schema.nullable("string"), "created_at": Schema.string,
                "started_at": Schema.nullable("string"), "finished_at": Schema.nullable("string"),
                "idempotency_key": Schema.string, "base_model_id": Schema.string, "source_model_id": Schema.string,
                "dataset_id": Schema.string, "hyperparams": Schema.anyObject, "current_step": Schema.integer,
                "total_steps": Schema.integer, "error": Schema.string,
            ]),
        "MetricPoint": Schema.object(
            required: ["ts", "step", "cycle", "phase", "loss", "lr", "throughput", "vram_gb", "grad_norm"],
            [
                "ts": Schema.string, "step": Schema.integer, "cycle": Schema.nullable("integer"),
                "phase": Schema.nullable("string"), "loss": Schema.nullable("number"), "lr": Schema.nullable("number"),
                "throughput": Schema.nullable("number"), "vram_gb": Schema.nullable("number"),
                "grad_norm": Schema.nullable("number"),
            ]),
        "MetricsPage": Schema.object(
            required: ["job_id", "count", "latest_step", "points"],
            [
                "job_id": Schema.string, "count": Schema.integer, "latest_step": Schema.integer,
                "points": Schema.array(Schema.reference("MetricPoint")),
            ]),
        "LogLine": Schema.object(
            required: ["seq", "ts", "stream", "text"],
            ["seq": Schema.integer, "ts": Schema.string, "stream": Schema.enumeration(LogBatch.streams), "text": Schema.string]),
        "LogPage": Schema.object(
            required: ["job_id", "latest_seq", "lines"],
            ["job_id": Schema.string, "latest_seq": Schema.integer, "lines": Schema.array(Schema.reference("LogLine"))]),
        "Event": Schema.object(
            required: ["ts", "kind"], ["ts": Schema.string, "kind": Schema.string, "payload": Schema.nullable("object")]),
        "Result": Schema.object(
            required: ["job_id"],
            ResultUpload.numberFields.reduce(into: ["job_id": Schema.string]) { $0[$1] = Schema.number }),
        "Checkpoint": Schema.object(
            required: ["step", "name", "path"], ["step": Schema.integer, "name": Schema.string, "path": Schema.string]),
        "Artifacts": Schema.object(
            required: ["job_id", "checkpoints", "refs"],
            [
                "job_id": Schema.string, "checkpoints": Schema.array(Schema.reference("Checkpoint")),
                "refs": Schema.map(Schema.string),
            ]),
        "JobRequest": Schema.object(
            required: ["type", "idempotency_key"],
            [
                "type": Schema.enumeration(JobSpecification.types), "idempotency_key": Schema.string,
                "base_model_id": Schema.string, "source_model_id": Schema.string, "dataset_id": Schema.string,
                "hyperparams": Schema.anyObject,
            ]),
        "MetricBatch": Schema.object(
            required: ["points"],
            [
                "points": Schema.array(
                    Schema.object(
                        required: ["step"],
                        [
                            "step": Schema.integer, "phase": Schema.enumeration(MetricBatch.phases),
                            "cycle": Schema.nullable("integer"), "loss": Schema.nullable("number"),
                            "lr": Schema.nullable("number"), "throughput": Schema.nullable("number"),
                            "vram_gb": Schema.nullable("number"), "grad_norm": Schema.nullable("number"),
                            "ts": Schema.string,
                        ]))
            ]),
        "LogBatch": Schema.object(
            required: ["lines"],
            [
                "lines": Schema.array(
                    Schema.object(
                        required: ["text"],
                        ["text": Schema.string, "stream": Schema.enumeration(LogBatch.streams), "ts": Schema.string]))
            ]),
        "EventBatch": Schema.object(
            required: ["events"],
            [
                "events": Schema.array(
                    Schema.object(required: ["kind"], ["kind": Schema.string, "payload": Schema.anyObject, "ts": Schema.string]))
            ]),
        "Recommendation": Schema.object(
            required: ["model_params", "dataset_tokens_est", "recommended", "windows", "notes", "disclaimer"],
            [
                "model_params": Schema.number, "dataset_tokens_est": Schema.number, "recommended": Schema.anyObject,
                "windows": Schema.map(Schema.object(required: ["min", "max"], ["min": Schema.number, "max": Schema.number])),
                "notes": Schema.array(Schema.string), "disclaimer": Schema.string,
            ]),
        "DreadnodeJob": Schema.object(
            required: ["id", "organization_id", "workspace_id", "status", "backend", "trainer_type", "model", "created_at"],
            [
                "id": Schema.string, "organization_id": Schema.string, "workspace_id": Schema.string,
                "status": Schema.enumeration(["queued", "running", "completed", "failed", "cancelled"]),
                "backend": Schema.enumeration(["tinker", "ray"]), "trainer_type": Schema.enumeration(["sft", "rl"]),
                "model": Schema.string, "created_at": Schema.string, "metrics": Schema.anyObject,
                "artifacts": Schema.anyObject, "config": Schema.anyObject,
            ]),
        "DreadnodeJobPage": Schema.object(
            required: ["items", "total", "page", "page_size"],
            [
                "items": Schema.array(Schema.reference("DreadnodeJob")), "total": Schema.integer,
                "page": Schema.integer, "page_size": Schema.integer,
            ]),
        "DreadnodeLogPage": Schema.object(
            required: ["items"],
            [
                "items": Schema.array(
                    Schema.object(
                        required: ["timestamp", "level", "message"],
                        [
                            "timestamp": Schema.string,
                            "level": Schema.enumeration(["debug", "info", "warning", "error"]),
                            "message": Schema.string,
                        ]))
            ]),
        "DreadnodeArtifacts": Schema.object(required: ["artifacts"], ["artifacts": Schema.anyObject]),
    ]

    /// The paths, each operation with its request body and responses.
    static let paths: [String: JSONValue] = {
        let dreadnode = "/api/v1/org/{org}/ws/{ws}/training/jobs"
        return [
            "/openapi.json": .object(["get": operation("This document", ok: Schema.anyObject, secured: false)]),
            "/jobs": .object([
                "get": operation("List jobs, newest first", ok: Schema.array(Schema.reference("Job"))),
                "post": operation(
                    "Create a job (X-Runtop-External: 1 or hyperparams.external = true: driven by a real trainer)",
                    body: "JobRequest", okStatus: "201", ok: Schema.reference("Job")),
            ]),
            "/jobs/{id}": .object(["get": operation("One job", ok: Schema.reference("Job"))]),
            "/jobs/{id}/metrics": .object([
                "get": operation("Points after since_step", ok: Schema.reference("MetricsPage")),
                "post": operation("Push metric points (external jobs)", body: "MetricBatch", ok: Schema.reference("Job")),
            ]),
            "/jobs/{id}/logs": .object([
                "get": operation("Console lines after since", ok: Schema.reference("LogPage")),
                "post": operation("Push console lines (external jobs)", body: "LogBatch", ok: Schema.reference("LogPage")),
            ]),
            "/jobs/{id}/events": .object([
                "get": operation("The job's timeline", ok: Schema.array(Schema.reference("Event"))),
                "post": operation("Push events (external jobs)", body: "EventBatch", ok: Schema.reference("Job")),
            ]),
            "/jobs/{id}/result": .object([
                "get": operation("The finished run's result (404 before)", ok: Schema.reference("Result")),
                "put": operation("Store the result (external jobs)", body: "Result", ok: Schema.reference("Result")),
            ]),
            "/jobs/{id}/artifacts": .object([
                "get": operation("Checkpoints and refs", ok: Schema.reference("Artifacts")),
                "put": operation("Replace checkpoints and refs (external jobs)", body: "Artifacts", ok: Schema.reference("Artifacts")),
            ]),
            "/jobs/{id}/cancel": .object(["post": operation("Cancel a job", ok: Schema.reference("Job"))]),
            "/training/recommend": .object([
                "post": operation("Recommend training settings", body: nil, ok: Schema.reference("Recommendation"))
            ]),
            dreadnode: .object([
                "get": operation("List training jobs", ok: Schema.reference("DreadnodeJobPage")),
                "post": operation("Create a training job", ok: Schema.reference("DreadnodeJob")),
            ]),
            "\(dreadnode)/{id}": .object(["get": operation("One training job", ok: Schema.reference("DreadnodeJob"))]),
            "\(dreadnode)/{id}/cancel": .object(["post": operation("Cancel", ok: Schema.reference("DreadnodeJob"))]),
            "\(dreadnode)/{id}/retry": .object(["post": operation("Retry", ok: Schema.reference("DreadnodeJob"))]),
            "\(dreadnode)/{id}/logs": .object(["get": operation("Logs", ok: Schema.reference("DreadnodeLogPage"))]),
            "\(dreadnode)/{id}/artifacts": .object([
                "get": operation("Artifacts", ok: Schema.reference("DreadnodeArtifacts"))
            ]),
        ]
    }()

    /// One operation answering `okStatus` with a JSON `ok` body, errors in the `Error` shape.
    static func operation(
        _ summary: String, body: String? = nil, okStatus: String = "200", ok: JSONValue, secured: Bool = true
    ) -> JSONValue {
        responses(
            summary,
            [
                okStatus: .object([
                    "description": .string("OK"),
                    "content": .object(["application/json": .object(["schema": ok])]),
                ])
            ], body: body, secured: secured)
    }

    /// An operation with the given success `responses`, errors in the `Error` shape.
    static func responses(
        _ summary: String, _ responses: [String: JSONValue], body: String? = nil, secured: Bool = true
    ) -> JSONValue {
        var all = responses
        all["default"] = .object([
            "description": .string("Error"),
            "content": .object(["application/json": .object(["schema": Schema.reference("Error")])]),
        ])
        var fields: [String: JSONValue] = ["summary": .string(summary), "responses": .object(all)]
        if let body {
            fields["requestBody"] = .object([
                "required": .bool(true),
                "content": .object(["application/json": .object(["schema": Schema.reference(body)])]),
            ])
        }
        if !secured { fields["security"] = .array([]) }
        return .object(fields)
    }
}
