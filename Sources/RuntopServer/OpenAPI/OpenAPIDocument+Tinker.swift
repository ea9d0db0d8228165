import RuntopWire

/// Tinker's REST API (seed 002) in the OpenAPI document.
extension OpenAPIDocument {
    private typealias Schema = OpenAPISchema

    /// The Tinker schemas under `components/schemas`.
    static let tinkerSchemas: [String: JSONValue] = [
        "TinkerCheckpoint": Schema.object(
            required: ["checkpoint_id", "checkpoint_type", "time", "tinker_path", "public"],
            [
                "checkpoint_id": Schema.string,
                "checkpoint_type": Schema.enumeration(TinkerCheckpointKind.allCases.map(\.rawValue)),
                "time": Schema.string, "tinker_path": Schema.string, "size_bytes": Schema.integer,
                "public": Schema.boolean, "expires_at": Schema.nullable("string"), "training_run_id": Schema.string,
            ]),
        "TinkerTrainingRun": Schema.object(
            required: ["training_run_id", "base_model", "model_owner", "is_lora", "corrupted", "last_request_time"],
            [
                "training_run_id": Schema.string, "base_model": Schema.string, "model_owner": Schema.string,
                "is_lora": Schema.boolean, "corrupted": Schema.boolean, "lora_rank": Schema.nullable("integer"),
                "last_request_time": Schema.string,
                "last_checkpoint": Schema.reference("TinkerCheckpoint"),
                "last_sampler_checkpoint": Schema.reference("TinkerCheckpoint"),
                "user_metadata": Schema.map(Schema.string),
            ]),
        "TinkerCursor": Schema.object(
            required: ["offset", "limit", "total_count"],
            ["offset": Schema.integer, "limit": Schema.integer, "total_count": Schema.integer]),
        "TinkerTrainingRunsPage": Schema.object(
            required: ["training_runs", "cursor"],
            [
                "training_runs": Schema.array(Schema.reference("TinkerTrainingRun")),
                "cursor": Schema.reference("TinkerCursor"),
            ]),
        "TinkerCheckpointsPage": Schema.object(
            required: ["checkpoints"],
            [
                "checkpoints": Schema.array(Schema.reference("TinkerCheckpoint")),
                "cursor": Schema.reference("TinkerCursor"),
            ]),
        "TinkerTimeToLive": Schema.object(required: ["ttl_seconds"], ["ttl_seconds": Schema.nullable("integer")]),
    ]

    /// The Tinker paths. `{checkpoint_id}` holds a slash (`weights/<name>`): sent as it is, or as `%2F`.
    static let tinkerPaths: [String: JSONValue] = {
        let run = "/api/v1/training_runs/{training_run_id}"
        let checkpoint = "\(run)/checkpoints/{checkpoint_id}"
        return [
            "/api/v1/training_runs": .object([
                "get": operation(
                    "Training runs, newest first (limit 1…1000, default 20; offset)",
                    ok: Schema.reference("TinkerTrainingRunsPage"))
            ]),
            run: .object(["get": operation("One training run", ok: Schema.reference("TinkerTrainingRun"))]),
            "\(run)/checkpoints": .object([
                "get": operation("The run's checkpoints, oldest first", ok: Schema.reference("TinkerCheckpointsPage"))
            ]),
            "/api/v1/checkpoints": .object([
                "get": operation(
                    "Every run's checkpoints, newest first (limit 1…1000, default 100; offset)",
                    ok: Schema.reference("TinkerCheckpointsPage"))
            ]),
            checkpoint: .object(["delete": emptyOperation("Delete the checkpoint")]),
            "\(checkpoint)/publish": .object([
                "post": emptyOperation("Publish the checkpoint (409 when already public)"),
                "delete": emptyOperation("Unpublish the checkpoint (409 when already private)"),
            ]),
            "\(checkpoint)/ttl": .object([
                "put": emptyOperation(
                    "Expire the checkpoint ttl_seconds from now, or never (null)", body: "TinkerTimeToLive")
            ]),
            "\(checkpoint)/archive": .object([
                "get": responses(
                    "A download link for the checkpoint's archive, valid 15 minutes",
                    [
                        "302": .object([
                            "description": .string("Found: the link is in Location, its expiry in Expires"),
                            "headers": .object([
                                "Location": .object(["required": .bool(true), "schema": Schema.string]),
                                "Expires": .object(["required": .bool(true), "schema": Schema.string]),
                            ]),
                        ])
                    ])
            ]),
            "\(TinkerRoutes.archivePath)/{token}": .object([
                "get": responses(
                    "The archive a link points at (the token is the credential)",
                    [
                        "200": .object([
                            "description": .string("A tar archive"),
                            "content": .object([
                                TinkerArchive.contentType: .object([
                                    "schema": .object(["type": .string("string"), "format": .string("binary")])
                                ])
                            ]),
                        ])
                    ], secured: false)
            ]),
        ]
    }()

    /// An operation answering `204 No Content`.
    private static func emptyOperation(_ summary: String, body: String? = nil) -> JSONValue {
        responses(summary, ["204": .object(["description": .string("No Content")])], body: body)
    }
}
