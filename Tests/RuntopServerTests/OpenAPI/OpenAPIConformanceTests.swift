import Foundation
import RuntopServer
import RuntopWire
import Testing

/// `GET /openapi.json` describes every route, and real responses match it.
@Suite struct OpenAPIConformanceTests {
    /// The schema the document gives for `method` on `template` answering `status`.
    static func schema(_ document: JSONValue, _ method: String, _ template: String, status: Int) -> JSONValue? {
        let responses = document["paths"]?[template]?[method]?["responses"]
        let response = responses?[String(status)] ?? responses?["default"]
        return response?["content"]?["application/json"]?["schema"]
    }

    @Test func checkerRejectsMismatches() throws {
        let document: JSONValue = .object(["components": .object(["schemas": .object([:])])])
        let checker = SchemaChecker(document: document)
        let schema: JSONValue = .object([
            "type": .string("object"), "required": .array([.string("a")]),
            "properties": .object([
                "a": .object(["type": .string("integer")]),
                "b": .object(["type": .array([.string("string"), .string("null")])]),
                "c": .object(["type": .string("string"), "enum": .array([.string("x")])]),
                "d": .object(["type": .string("array"), "items": .object(["type": .string("number")])]),
            ]),
        ])
        #expect(checker.problems(.object(["a": .number(1), "b": .null, "c": .string("x")]), against: schema).isEmpty)
        #expect(checker.problems(.object(["b": .string("s")]), against: schema) == ["$: missing required a"])
        #expect(checker.problems(.object(["a": .number(1.5)]), against: schema).count == 1)
        #expect(checker.problems(.object(["a": .number(1), "b": .number(2)]), against: schema).count == 1)
        #expect(checker.problems(.object(["a": .number(1), "c": .string("y")]), against: schema).count == 1)
        #expect(checker.problems(.object(["a": .number(1), "d": .array([.string("z")])]), against: schema) == [
            "$.d[0]: \"z\" is not number"
        ])
    }

    @Test func everyRouteAnswersAsDocumented() async throws {
        let configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 7, apiToken: "s3cret")
        try await withServer(configuration) { client in
            let documentResponse = try await client.get("/openapi.json")
            #expect(documentResponse.status == 200)
            let document = try documentResponse.json
            #expect(document["openapi"]?.stringValue == "3.1.0")
            let checker = SchemaChecker(document: document)
            let auth = ["Authorization": "Bearer s3cret"]
            var covered = Set<String>()

            func check(
                _ method: String, _ template: String, _ path: String, body: String? = nil, expect statuses: Int...,
                sourceLocation: SourceLocation = #_sourceLocation
            ) async throws -> JSONValue {
                let response = try await client.send(
                    path, method: .init(rawValue: method.uppercased()), body: body, headers: auth)
                #expect(statuses.contains(response.status), "\(method) \(path)", sourceLocation: sourceLocation)
                let schema = try #require(
                    Self.schema(document, method, template, status: response.status), "\(method) \(template) undocumented",
                    sourceLocation: sourceLocation)
                let json = try response.json
                #expect(checker.problems(json, against: schema) == [], "\(method) \(path)", sourceLocation: sourceLocation)
                covered.insert("\(method) \(template)")
                return json
            }

            _ = try await check("get", "/openapi.json", "/openapi.json", expect: 200)
            // A simulated job, played to its end.
            let simulated = try await Fixtures.submit(Fixtures.train(key: "openapi-sim"), to: client, headers: auth)
            _ = try await Fixtures.waitUntilFinished(simulated.id, client: client, headers: auth)
            _ = try await check("get", "/jobs", "/jobs", expect: 200)
            _ = try await check("get", "/jobs/{id}", "/jobs/\(simulated.id)", expect: 200)
            _ = try await check("get", "/jobs/{id}/metrics", "/jobs/\(simulated.id)/metrics", expect: 200)
            _ = try await check("get", "/jobs/{id}/logs", "/jobs/\(simulated.id)/logs", expect: 200)
            _ = try await check("get", "/jobs/{id}/events", "/jobs/\(simulated.id)/events", expect: 200)
            _ = try await check("get", "/jobs/{id}/result", "/jobs/\(simulated.id)/result", expect: 200)
            _ = try await check("get", "/jobs/{id}/artifacts", "/jobs/\(simulated.id)/artifacts", expect: 200)
            _ = try await check("post", "/jobs/{id}/cancel", "/jobs/\(simulated.id)/cancel", expect: 409)
            _ = try await check("get", "/jobs/{id}", "/jobs/missing", expect: 404)

            // An external job, driven through every ingestion route.
            let created = try await check(
                "post", "/jobs", "/jobs",
                body: #"{"type": "finetune", "idempotency_key": "openapi-ext", "base_model_id": "m", "dataset_id": "d", "hyperparams": {"external": true}}"#,
                expect: 201)
            let id = try #require(created["id"]?.stringValue)
            _ = try await check("post", "/jobs/{id}/metrics", "/jobs/\(id)/metrics", body: #"{"points": [{"step": 1, "loss": 2}]}"#, expect: 200)
            _ = try await check("post", "/jobs/{id}/metrics", "/jobs/\(id)/metrics", body: #"{"points": [{"step": -1}]}"#, expect: 422)
            _ = try await check("post", "/jobs/{id}/logs", "/jobs/\(id)/logs", body: #"{"lines": [{"text": "hi"}]}"#, expect: 200)
            _ = try await check("post", "/jobs/{id}/events", "/jobs/\(id)/events", body: #"{"events": [{"kind": "note"}]}"#, expect: 200)
            _ = try await check("put", "/jobs/{id}/result", "/jobs/\(id)/result", body: #"{"loss_final": 1.5}"#, expect: 200)
            _ = try await check(
                "put", "/jobs/{id}/artifacts", "/jobs/\(id)/artifacts",
                body: #"{"checkpoints": [{"step": 1, "name": "a", "path": "s3://a"}], "refs": {"model": "m"}}"#, expect: 200)
            _ = try await check("post", "/jobs/{id}/cancel", "/jobs/\(id)/cancel", expect: 200)
            _ = try await check(
                "post", "/training/recommend", "/training/recommend",
                body: #"{"params": 1000000000, "dataset_tokens": 50000000}"#, expect: 200)

            // The Dreadnode dialect.
            let template = "/api/v1/org/{org}/ws/{ws}/training/jobs"
            let base = "/api/v1/org/acme/ws/main/training/jobs"
            let job = try await check(
                "post", template, base,
                body: DreadnodeDialectTests.sftBody,
                expect: 200)
            let dreadnodeID = try #require(job["id"]?.stringValue)
            _ = try await check("get", template, base, expect: 200)
            _ = try await check("get", "\(template)/{id}", "\(base)/\(dreadnodeID)", expect: 200)
            _ = try await check("get", "\(template)/{id}/logs", "\(base)/\(dreadnodeID)/logs", expect: 200)
            _ = try await check("get", "\(template)/{id}/artifacts", "\(base)/\(dreadnodeID)/artifacts", expect: 200)
            // The run may already have finished: a conflict must then answer in the documented error shape.
            _ = try await check("post", "\(template)/{id}/cancel", "\(base)/\(dreadnodeID)/cancel", expect: 200, 409)
            _ = try await check("post", "\(template)/{id}/retry", "\(base)/\(dreadnodeID)/retry", expect: 200, 409)

            /// A response that is not a JSON body (204, 302, a download): it must be documented under its own
            /// status, carry the documented required headers, and a body only of a documented media type.
            func checkNotJSON(
                _ method: String, _ template: String, _ path: String, body: String? = nil, expect status: Int,
                sourceLocation: SourceLocation = #_sourceLocation
            ) async throws -> TestResponse {
                let response = try await client.sendWithoutFollowingRedirects(
                    path, method: .init(rawValue: method.uppercased()), body: body, headers: auth)
                #expect(response.status == status, "\(method) \(path)", sourceLocation: sourceLocation)
                let documented = try #require(
                    document["paths"]?[template]?[method]?["responses"]?[String(response.status)],
                    "\(method) \(template) \(response.status) undocumented", sourceLocation: sourceLocation)
                if case .object(let headers) = documented["headers"] ?? .null {
                    for (name, header) in headers where header["required"] == .bool(true) {
                        #expect(response.header(name) != nil, "\(method) \(path): \(name)", sourceLocation: sourceLocation)
                    }
                }
                if case .object(let content) = documented["content"] ?? .null {
                    #expect(content[response.header("Content-Type") ?? ""] != nil, "\(method) \(path)", sourceLocation: sourceLocation)
                } else {
                    #expect(response.body.isEmpty, "\(method) \(path)", sourceLocation: sourceLocation)
                }
                covered.insert("\(method) \(template)")
                return response
            }

            // Tinker's REST API, over the finished simulated job.
            let runs = "/api/v1/training_runs"
            let runTemplate = "\(runs)/{training_run_id}"
            let checkpointTemplate = "\(runTemplate)/checkpoints/{checkpoint_id}"
            let tinkerRun = "\(runs)/\(simulated.id):train:0"
            let checkpoint = "\(tinkerRun)/checkpoints/sampler_weights/final"
            _ = try await check("get", runs, "\(runs)?limit=2", expect: 200)
            _ = try await check("get", runs, "\(runs)?limit=0", expect: 422)
            _ = try await check("get", runTemplate, tinkerRun, expect: 200)
            _ = try await check("get", runTemplate, "\(runs)/missing:train:0", expect: 404)
            _ = try await check("get", "\(runTemplate)/checkpoints", "\(tinkerRun)/checkpoints", expect: 200)
            _ = try await check("get", "/api/v1/checkpoints", "/api/v1/checkpoints?limit=5", expect: 200)
            _ = try await checkNotJSON("post", "\(checkpointTemplate)/publish", "\(checkpoint)/publish", expect: 204)
            _ = try await check("post", "\(checkpointTemplate)/publish", "\(checkpoint)/publish", expect: 409)
            _ = try await checkNotJSON("delete", "\(checkpointTemplate)/publish", "\(checkpoint)/publish", expect: 204)
            _ = try await checkNotJSON(
                "put", "\(checkpointTemplate)/ttl", "\(checkpoint)/ttl", body: #"{"ttl_seconds": 60}"#, expect: 204)
            _ = try await check("put", "\(checkpointTemplate)/ttl", "\(checkpoint)/ttl", body: #"{"ttl_seconds": -1}"#, expect: 422)
            let redirect = try await checkNotJSON("get", "\(checkpointTemplate)/archive", "\(checkpoint)/archive", expect: 302)
            let link = try #require(redirect.header("Location"))
            _ = try await checkNotJSON("get", "/api/v1/archives/{token}", link, expect: 200)
            _ = try await checkNotJSON("delete", checkpointTemplate, checkpoint, expect: 204)
            _ = try await check("delete", checkpointTemplate, checkpoint, expect: 404)
            _ = try await check("get", "/api/v1/archives/{token}", link, expect: 404)

            // Every documented operation was exercised.
            var documented = Set<String>()
            if case .object(let paths) = document["paths"] ?? .null {
                for (template, item) in paths {
                    if case .object(let operations) = item { for method in operations.keys { documented.insert("\(method) \(template)") } }
                }
            }
            #expect(documented.subtracting(covered).isEmpty, "not exercised: \(documented.subtracting(covered).sorted())")
        }
    }

    @Test func documentIsServedWithoutToken() async throws {
        try await withServer(ReferenceServerConfiguration(apiToken: "s3cret")) { client in
            let response = try await client.get("/openapi.json")
            #expect(response.status == 200)
            #expect(try response.json["paths"]?["/jobs/{id}/metrics"]?["post"] != nil)
        }
    }
}
