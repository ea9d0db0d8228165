import Foundation
import RuntopServer
import RuntopWire
import Testing

/// A real trainer drives an external job through the ingestion routes.
@Suite struct IngestionTests {
    /// Creates an external job (by header) and returns its id.
    static func externalJob(_ client: TestClient, key: String = "external-1", totalSteps: Int = 100) async throws
        -> String
    {
        let body = """
            {"type": "finetune", "idempotency_key": "\(key)", "base_model_id": "llama-3-8b",
             "dataset_id": "my-dataset", "hyperparams": {"total_steps": \(totalSteps)}}
            """
        let response = try await client.post("/jobs", json: body, headers: [ExternalHeader.name: "1"])
        #expect(response.status == 201)
        return try response.decode(FusionJob.self).id
    }

    enum ExternalHeader { static let name = "X-Runtop-External" }

    @Test func externalJobIsNotAdvancedBySimulator() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            try await Task.sleep(for: .milliseconds(300))
            let job = try await client.get("/jobs/\(id)").decode(FusionJob.self)
            #expect(job.status == "queued")
            #expect(job.totalSteps == 100)
            #expect(job.hyperparams?["external"] == .bool(true))
            #expect(try await client.get("/jobs/\(id)/metrics").decode(FusionMetricsPage.self).points.isEmpty)
        }
    }

    @Test func hyperparamMarksJobExternal() async throws {
        try await withServer { client in
            let body = """
                {"type": "finetune", "idempotency_key": "by-field", "base_model_id": "m", "dataset_id": "d",
                 "hyperparams": {"external": true}}
                """
            let id = try await client.post("/jobs", json: body).decode(FusionJob.self).id
            let pushed = try await client.post("/jobs/\(id)/metrics", json: #"{"points": [{"step": 1, "loss": 2}]}"#)
            #expect(pushed.status == 200)
        }
    }

    @Test func pushedMetricsAreServedAndStartTheJob() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let body = """
                {"points": [
                  {"step": 1, "loss": 2.5, "lr": 0.0001, "throughput": 1200, "vram_gb": 40.5, "grad_norm": 1.1, "cycle": 0},
                  {"step": 2, "loss": NaN, "ts": "2026-11-22T16:03:07.123Z"},
                  {"step": 2, "phase": "eval", "loss": 2.9, "ts": 1795000000}
                ]}
                """
            let response = try await client.post("/jobs/\(id)/metrics", json: body)
            #expect(response.status == 200)
            let job = try response.decode(FusionJob.self)
            #expect(job.status == "running")
            #expect(job.currentStep == 2)
            let page = try await client.get("/jobs/\(id)/metrics?since_step=0").decode(FusionMetricsPage.self)
            #expect(page.count == 3)
            #expect(page.latestStep == 2)
            #expect(page.points[0].loss == 2.5)
            #expect(page.points[0].vramGB == 40.5)
            #expect(page.points[1].loss == nil)
            #expect(page.points[1].ts == "2026-11-22T16:03:07.123Z")
            #expect(page.points[2].phase == "eval")
            let events = try await client.get("/jobs/\(id)/events").decode([FusionEvent].self)
            #expect(events.map(\.kind) == ["queued", "running"])
        }
    }

    @Test(arguments: [
        (#"{"points": [{"step": 1}, {"step": -1}]}"#, 422, "points[1].step"),
        (#"{"points": [{"step": 1}, {"step": NaN}]}"#, 422, "points[1].step"),
        (#"{"points": [{"step": 1.5}]}"#, 422, "points[0].step"),
        (#"{"points": [{"loss": 1}]}"#, 422, "points[0].step is required"),
        (#"{"points": [{"step": 3, "phase": "test"}]}"#, 422, "points[0].phase"),
        (#"{"points": [{"step": 3, "loss": "low"}]}"#, 422, "points[0].loss"),
        (#"{"points": [{"step": 3, "ts": "yesterday"}]}"#, 422, "points[0].ts"),
        (#"{"points": []}"#, 422, "points must not be empty"),
        (#"{"points": {}}"#, 422, "points must be an array"),
        (#"{"points": [1]}"#, 422, "points[0] must be an object"),
        (#"[]"#, 400, "JSON object"),
    ])
    func invalidMetricsAreRejectedWholeNamingTheField(body: String, status: Int, mention: String) async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let response = try await client.post("/jobs/\(id)/metrics", json: body)
            #expect(response.status == status)
            let detail = try #require(try response.json["detail"]?.stringValue)
            #expect(detail.contains(mention), "\(detail)")
            // Never half-applied: the valid first point of a rejected batch was not stored.
            #expect(try await client.get("/jobs/\(id)/metrics").decode(FusionMetricsPage.self).count == 0)
            #expect(try await client.get("/jobs/\(id)").decode(FusionJob.self).status == "queued")
        }
    }

    @Test func batchLongerThanLimitIsRejected() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let points = (0...5000).map { #"{"step": \#($0)}"# }.joined(separator: ",")
            let response = try await client.post("/jobs/\(id)/metrics", json: #"{"points": [\#(points)]}"#)
            #expect(response.status == 422)
            #expect(try response.json["detail"]?.stringValue?.contains("at most 5000") == true)
            let full = (1...5000).map { #"{"step": \#($0), "loss": 1}"# }.joined(separator: ",")
            #expect(try await client.post("/jobs/\(id)/metrics", json: #"{"points": [\#(full)]}"#).status == 200)
            #expect(try await client.get("/jobs/\(id)/metrics").decode(FusionMetricsPage.self).count == 5000)
        }
    }

    @Test func bodyLargerThanOneMebibyteIs413() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let text = String(repeating: "x", count: 1 << 20)
            let response = try await client.post("/jobs/\(id)/logs", json: #"{"lines": [{"text": "\#(text)"}]}"#)
            #expect(response.status == 413)
            #expect(try response.json["detail"]?.stringValue?.contains("larger than") == true)
        }
    }

    @Test func pushedLogsAreNumberedByServer() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let before = try await client.get("/jobs/\(id)/logs").decode(FusionLogPage.self).latestSeq
            let response = try await client.post(
                "/jobs/\(id)/logs",
                json: #"{"lines": [{"text": "epoch 1"}, {"text": "CUDA warning", "stream": "stderr", "ts": 1795000000}, {"text": ""}]}"#)
            #expect(response.status == 200)
            let page = try response.decode(FusionLogPage.self)
            #expect(page.lines.map(\.seq) == [before + 1, before + 2, before + 3])
            #expect(page.lines.map(\.stream) == ["stdout", "stderr", "stdout"])
            #expect(page.latestSeq == before + 3)
            let tail = try await client.get("/jobs/\(id)/logs?since=\(before)").decode(FusionLogPage.self)
            #expect(tail.lines.map(\.text) == ["epoch 1", "CUDA warning", ""])
        }
    }

    @Test(arguments: [
        (#"{"lines": [{"text": "ok"}, {"text": 5}]}"#, "lines[1].text"),
        (#"{"lines": [{"text": "ok"}, {"text": "x", "stream": "stdin"}]}"#, "lines[1].stream"),
        (#"{"lines": [{"stream": "stderr"}]}"#, "lines[0].text"),
    ])
    func invalidLogsAreRejectedWhole(body: String, mention: String) async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let before = try await client.get("/jobs/\(id)/logs").decode(FusionLogPage.self)
            let response = try await client.post("/jobs/\(id)/logs", json: body)
            #expect(response.status == 422)
            #expect(try response.json["detail"]?.stringValue?.contains(mention) == true)
            #expect(try await client.get("/jobs/\(id)/logs").decode(FusionLogPage.self) == before)
        }
    }

    @Test func statusEventsMoveTheJob() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            #expect(try await client.post("/jobs/\(id)/events", json: #"{"events": [{"kind": "running"}]}"#).status == 200)
            let points = (1...30).map { #"{"step": \#($0), "loss": 1}"# }.joined(separator: ",")
            _ = try await client.post("/jobs/\(id)/metrics", json: #"{"points": [\#(points)]}"#)
            let reclaimed = try await client.post(
                "/jobs/\(id)/events",
                json: #"{"events": [{"kind": "checkpoint", "payload": {"step": 20}}, {"kind": "reclaimed", "payload": {"resume_step": 20}}]}"#
            ).decode(FusionJob.self)
            #expect(reclaimed.status == "reclaimed")
            #expect(reclaimed.retries == 1)
            #expect(reclaimed.lastCheckpointStep == 20)
            #expect(try await client.get("/jobs/\(id)/metrics").decode(FusionMetricsPage.self).latestStep == 20)
            let finished = try await client.post(
                "/jobs/\(id)/events",
                json: #"{"events": [{"kind": "running"}, {"kind": "failed", "payload": {"error": "CUDA OOM"}}]}"#
            ).decode(FusionJob.self)
            #expect(finished.status == "failed")
            #expect(finished.error == "CUDA OOM")
            #expect(finished.finishedAt != nil)
            let kinds = try await client.get("/jobs/\(id)/events").decode([FusionEvent].self).map(\.kind)
            #expect(kinds == ["queued", "running", "checkpoint", "reclaimed", "running", "failed"])
        }
    }

    @Test func statusAfterFinishIsConflictAndNothingOfTheBatchIsKept() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            _ = try await client.post("/jobs/\(id)/events", json: #"{"events": [{"kind": "running"}]}"#)
            let response = try await client.post(
                "/jobs/\(id)/events",
                json: #"{"events": [{"kind": "note", "payload": {"text": "done"}}, {"kind": "succeeded"}, {"kind": "running"}]}"#)
            #expect(response.status == 409)
            #expect(try response.json["detail"]?.stringValue?.contains("events[2]") == true)
            let job = try await client.get("/jobs/\(id)").decode(FusionJob.self)
            #expect(job.status == "running")
            let kinds = try await client.get("/jobs/\(id)/events").decode([FusionEvent].self).map(\.kind)
            #expect(kinds == ["queued", "running"])
        }
    }

    @Test(arguments: [
        (#"{"events": [{"kind": "reclaimed"}]}"#, "events[0].payload.resume_step"),
        (#"{"events": [{"kind": "running"}, {"kind": "checkpoint", "payload": {"step": -3}}]}"#, "events[1].payload.step"),
        (#"{"events": [{"kind": "queued"}]}"#, "events[0].kind"),
        (#"{"events": [{"payload": {}}]}"#, "events[0].kind"),
        (#"{"events": [{"kind": "note", "payload": [1]}]}"#, "events[0].payload"),
    ])
    func invalidEventsAreRejected(body: String, mention: String) async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let response = try await client.post("/jobs/\(id)/events", json: body)
            #expect(response.status == 422)
            #expect(try response.json["detail"]?.stringValue?.contains(mention) == true)
            #expect(try await client.get("/jobs/\(id)/events").decode([FusionEvent].self).count == 1)
        }
    }

    @Test func resultIsStoredAndServed() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            #expect(try await client.get("/jobs/\(id)/result").status == 404)
            let response = try await client.send(
                "/jobs/\(id)/result", method: .PUT, body: #"{"loss_final": 1.83, "ppl_final": 6.2, "cost_usd": null}"#,
                headers: [:])
            #expect(response.status == 200)
            let result = try await client.get("/jobs/\(id)/result").decode(FusionResult.self)
            #expect(result == FusionResult(jobID: id, pplFinal: 6.2, lossFinal: 1.83))
        }
    }

    @Test(arguments: [
        (#"{"loss_final": NaN}"#, "loss_final"),
        (#"{"loss_final": "low"}"#, "loss_final"),
        (#"{"accuracy": 0.9}"#, "accuracy"),
        (#"{"job_id": "someone-else"}"#, "job_id"),
    ])
    func invalidResultIsRejected(body: String, mention: String) async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let response = try await client.send("/jobs/\(id)/result", method: .PUT, body: body, headers: [:])
            #expect(response.status == 422)
            #expect(try response.json["detail"]?.stringValue?.contains(mention) == true)
            #expect(try await client.get("/jobs/\(id)/result").status == 404)
        }
    }

    @Test func artifactsReplaceWholeAndAddCheckpointEvents() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let body = """
                {"checkpoints": [{"step": 50, "name": "step-50", "path": "s3://runs/a/step-50"},
                                 {"step": 100, "name": "final", "path": "s3://runs/a/final"}],
                 "refs": {"output_model": "org/model-v2", "wandb": "https://wandb.ai/x/y"}}
                """
            let response = try await client.send("/jobs/\(id)/artifacts", method: .PUT, body: body, headers: [:])
            #expect(response.status == 200)
            let artifacts = try await client.get("/jobs/\(id)/artifacts").decode(FusionArtifacts.self)
            #expect(artifacts.checkpoints.map(\.step) == [50, 100])
            #expect(artifacts.refs["output_model"] == "org/model-v2")
            #expect(try await client.get("/jobs/\(id)").decode(FusionJob.self).lastCheckpointStep == 100)
            // Uploading again does not repeat the timeline's checkpoints.
            _ = try await client.send("/jobs/\(id)/artifacts", method: .PUT, body: body, headers: [:])
            let checkpoints = try await client.get("/jobs/\(id)/events").decode([FusionEvent].self)
                .filter { $0.kind == "checkpoint" }
            #expect(checkpoints.count == 2)
        }
    }

    @Test(arguments: [
        (#"{"checkpoints": [{"step": 1, "name": "a", "path": "p"}, {"step": 2, "name": "b"}]}"#, "checkpoints[1].path"),
        (#"{"refs": {"model": 5}}"#, "refs.model"),
        (#"{"weights": []}"#, "weights"),
    ])
    func invalidArtifactsAreRejected(body: String, mention: String) async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            let response = try await client.send("/jobs/\(id)/artifacts", method: .PUT, body: body, headers: [:])
            #expect(response.status == 422)
            #expect(try response.json["detail"]?.stringValue?.contains(mention) == true)
            #expect(try await client.get("/jobs/\(id)/artifacts").decode(FusionArtifacts.self).checkpoints.isEmpty)
        }
    }

    @Test func simulatedJobRefusesPushes() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "simulated"), to: client)
            let response = try await client.post("/jobs/\(job.id)/metrics", json: #"{"points": [{"step": 1}]}"#)
            #expect(response.status == 409)
            #expect(try await client.post("/jobs/missing/logs", json: #"{"lines": [{"text": "x"}]}"#).status == 404)
        }
    }

    @Test func finishedJobRefusesMetrics() async throws {
        try await withServer { client in
            let id = try await Self.externalJob(client)
            _ = try await client.post("/jobs/\(id)/events", json: #"{"events": [{"kind": "running"}, {"kind": "succeeded"}]}"#)
            let response = try await client.post("/jobs/\(id)/metrics", json: #"{"points": [{"step": 1}]}"#)
            #expect(response.status == 409)
        }
    }
}
