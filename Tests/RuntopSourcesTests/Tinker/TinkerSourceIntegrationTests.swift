import Foundation
import NIOHTTP1
import RuntopCore
import RuntopServer
import RuntopSources
import RuntopWire
import Testing

/// The Tinker adapter and enricher against the reference server's Tinker dialect over real HTTP.
@Suite("Tinker source against the reference server", .serialized)
struct TinkerSourceIntegrationTests {
    static func startServer(apiKey: String? = nil) async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 13)
        configuration.dreadnodeAPIKey = apiKey
        return try await ReferenceServer.start(configuration)
    }

    /// A 40-step Fusion train job with the scripted outcome, played to its end; returns its run id.
    static func finishedRun(
        on server: RunningReferenceServer, key: String, simulate: String = "succeed", apiKey: String? = nil
    ) async throws -> String {
        var headers = [("X-Runtop-Simulate", simulate)]
        if let apiKey { headers.append(("X-API-Key", apiKey)) }
        let transport = HTTPTransport(baseURL: server.baseURL, headers: headers)
        let body = #"""
            {"type": "train", "idempotency_key": "\#(key)", "base_model_id": "Qwen/Qwen3-8B", "dataset_id": "d",
             "hyperparams": {"turns": 1, "cycles": 2, "steps_per_cycle": 20, "output_name": "\#(key)"}}
            """#
        let job = try JSONWire.decode(FusionJob.self, from: try await transport.send(.POST, "/jobs", body: Data(body.utf8)))
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let current = try await transport.get("/jobs/\(job.id)", as: FusionJob.self)
            if ["succeeded", "failed", "cancelled"].contains(current.status) { return "\(job.id):train:0" }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw SourceTestTimeout()
    }

    /// Sends a Tinker write the way Tinker's SDK does (checkpoint id as two raw segments).
    static func write(_ method: HTTPMethod, _ path: String, body: String? = nil, on server: RunningReferenceServer, apiKey: String? = nil)
        async throws
    {
        let transport = HTTPTransport(baseURL: server.baseURL + "/api/v1", headers: apiKey.map { [("X-API-Key", $0)] } ?? [])
        _ = try await transport.send(method, path, body: body.map { Data($0.utf8) })
    }

    @Test func runsAppearAsJobsAcrossPages() async throws {
        let server = try await Self.startServer()
        let source = TinkerSource(baseURL: server.baseURL, apiKey: nil, pageSize: 1)
        defer { Task { await source.shutdown(); await server.stop() } }
        let succeeded = try await Self.finishedRun(on: server, key: "src-ok")
        let failed = try await Self.finishedRun(on: server, key: "src-failed", simulate: "fail")

        let jobs = try await source.listJobs()
        #expect(jobs.map(\.id) == [JobID(failed), JobID(succeeded)], "newest first, one run per page")
        let ok = try #require(jobs.first { $0.id == JobID(succeeded) })
        #expect(ok.name == "src-ok" && ok.model == "Qwen/Qwen3-8B" && ok.kind == "full·tinker")
        #expect(ok.status == .running, "a run that just served requests counts as active")
        let broken = try #require(jobs.first { $0.id == JobID(failed) })
        #expect(broken.status == .failed && broken.error == "training run is corrupted")
        #expect(try await source.job(JobID(succeeded)) == ok)
    }

    @Test func checkpointsAreArtifactsAndTimelineWithTinkerPathsVisibilityAndExpiry() async throws {
        let server = try await Self.startServer(apiKey: "tml-key")
        let source = TinkerSource(baseURL: server.baseURL + "/api/v1", apiKey: "tml-key")
        defer { Task { await source.shutdown(); await server.stop() } }
        let run = try await Self.finishedRun(on: server, key: "src-ckpt", apiKey: "tml-key")
        try await Self.write(.POST, "/training_runs/\(run)/checkpoints/sampler_weights/final/publish", on: server, apiKey: "tml-key")
        try await Self.write(
            .PUT, "/training_runs/\(run)/checkpoints/weights/check2-step20/ttl", body: #"{"ttl_seconds": 7200}"#, on: server,
            apiKey: "tml-key")

        let id = JobID(run)
        let summary = try await source.job(id)
        let artifacts = try await source.artifacts(id, job: summary)
        #expect(artifacts.checkpoints.count == 8)
        #expect(artifacts.checkpoints.allSatisfy { $0.path.hasPrefix("tinker://\(run)/") && ($0.sizeBytes ?? 0) > 0 })
        #expect(artifacts.checkpoints.map(\.step) == [10, 10, 20, 20, 30, 30, nil, nil])
        #expect(artifacts.outputModel == "tinker://\(run)/sampler_weights/final")
        #expect(artifacts.refs.contains(LabelledRef(label: "base model", value: "Qwen/Qwen3-8B")))
        let published = artifacts.checkpoints.filter { $0.isPublic == true }.map(\.path)
        #expect(published == ["tinker://\(run)/sampler_weights/final"])
        let expiring = try #require(artifacts.checkpoints.first { $0.path.hasSuffix("/weights/check2-step20") })
        #expect(abs((expiring.expiresAt?.timeIntervalSinceNow ?? 0) - 7200) < 10)
        #expect(artifacts.checkpoints.filter { $0.expiresAt != nil }.count == 1)

        let events = try await source.events(id)
        #expect(events.count == 8 && events.allSatisfy { $0.kind == "checkpoint" })

        // Without the key the server refuses.
        let anonymous = TinkerSource(baseURL: server.baseURL, apiKey: nil)
        await #expect(throws: (any Error).self) { try await anonymous.listJobs() }
        await anonymous.shutdown()
    }

    @Test func enricherFillsInWhatTheTinkerAPIKnowsAboutDreadnodeCheckpoints() async throws {
        let server = try await Self.startServer()
        let enricher = TinkerEnricher(baseURL: server.baseURL, apiKey: nil)
        defer { Task { await enricher.shutdown(); await server.stop() } }
        let run = try await Self.finishedRun(on: server, key: "src-enrich")
        try await Self.write(.POST, "/training_runs/\(run)/checkpoints/sampler_weights/check1-step10/publish", on: server)
        let bare = JobArtifacts(checkpoints: [
            CheckpointRef(step: 10, name: "check1-step10", path: "tinker://\(run)/sampler_weights/check1-step10"),
            CheckpointRef(step: nil, name: "final", path: "tinker://\(run)/sampler_weights/final"),
            CheckpointRef(step: nil, name: "gone", path: "tinker://\(run)/sampler_weights/gone"),
        ])
        let enriched = await enricher.enrich(bare)
        #expect(enriched.checkpoints[0].isPublic == true && (enriched.checkpoints[0].sizeBytes ?? 0) > 0)
        #expect(enriched.checkpoints[1].isPublic == false && (enriched.checkpoints[1].sizeBytes ?? 0) > 0)
        #expect(enriched.checkpoints[2] == bare.checkpoints[2], "a checkpoint Tinker does not list is left as it was")
    }
}

/// A server-side wait that ran out.
struct SourceTestTimeout: Error {}
