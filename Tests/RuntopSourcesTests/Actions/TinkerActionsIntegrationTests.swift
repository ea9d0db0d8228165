import Foundation
import RuntopCore
import RuntopServer
import RuntopSources
import Testing

/// Publish, unpublish and expiry of Tinker checkpoints sent by the adapters to the reference server's Tinker
/// dialect over real HTTP, the checkpoint id encoded as one path segment.
@Suite("Tinker checkpoint actions against the reference server", .serialized)
struct TinkerActionsIntegrationTests {
    /// The run's checkpoint at `path`, as the Tinker source reads it now.
    static func checkpoint(_ path: String, run: String, source: TinkerSource) async throws -> CheckpointRef {
        let id = JobID(run)
        let artifacts = try await source.artifacts(id, job: try await source.job(id))
        return try #require(artifacts.checkpoints.first { $0.path == path })
    }

    @Test func publishThenUnpublishFlipsTheCheckpointsVisibility() async throws {
        let server = try await TinkerSourceIntegrationTests.startServer()
        let source = TinkerSource(baseURL: server.baseURL, apiKey: nil)
        defer { Task { await source.shutdown(); await server.stop() } }
        let run = try await TinkerSourceIntegrationTests.finishedRun(on: server, key: "act-publish")
        let path = "tinker://\(run)/sampler_weights/final"
        let job = try await source.job(JobID(run))
        #expect(try await Self.checkpoint(path, run: run, source: source).isPublic == false)

        try await source.perform(OperatorRequest(.publishCheckpoint(path: path), job: job))
        #expect(try await Self.checkpoint(path, run: run, source: source).isPublic == true)

        try await source.perform(OperatorRequest(.unpublishCheckpoint(path: path), job: job))
        #expect(try await Self.checkpoint(path, run: run, source: source).isPublic == false)
    }

    @Test func unpublishingAPrivateCheckpointFailsWithTheServersMessage() async throws {
        let server = try await TinkerSourceIntegrationTests.startServer()
        let source = TinkerSource(baseURL: server.baseURL, apiKey: nil)
        defer { Task { await source.shutdown(); await server.stop() } }
        let run = try await TinkerSourceIntegrationTests.finishedRun(on: server, key: "act-conflict")
        let request = OperatorRequest(
            .unpublishCheckpoint(path: "tinker://\(run)/weights/check1-step10"), jobID: JobID(run), jobName: run)
        let error = await #expect(throws: SourceError.self) { try await source.perform(request) }
        #expect(error == .httpStatus(409, retryAfter: nil, detail: "Checkpoint is already private"))
    }

    @Test func ttlSetsAnExpiryAndNeverRemovesIt() async throws {
        let server = try await TinkerSourceIntegrationTests.startServer()
        let source = TinkerSource(baseURL: server.baseURL, apiKey: nil)
        defer { Task { await source.shutdown(); await server.stop() } }
        let run = try await TinkerSourceIntegrationTests.finishedRun(on: server, key: "act-ttl")
        let path = "tinker://\(run)/weights/check2-step20"
        let job = try await source.job(JobID(run))

        try await source.perform(OperatorRequest(.setCheckpointTTL(path: path, ttl: .seconds(7200)), job: job))
        let expiring = try await Self.checkpoint(path, run: run, source: source)
        #expect(abs((expiring.expiresAt?.timeIntervalSinceNow ?? 0) - 7200) < 10)

        try await source.perform(OperatorRequest(.setCheckpointTTL(path: path, ttl: .never), job: job))
        #expect(try await Self.checkpoint(path, run: run, source: source).expiresAt == nil)
    }

    @Test func pollerRefreshFetchesTheArtifactsAnActionChangedAtOnce() async throws {
        let server = try await TinkerSourceIntegrationTests.startServer()
        let source = TinkerSource(baseURL: server.baseURL, apiKey: nil)
        defer { Task { await source.shutdown(); await server.stop() } }
        let run = try await TinkerSourceIntegrationTests.finishedRun(on: server, key: "act-refresh")
        let id = JobID(run)
        let path = "tinker://\(run)/sampler_weights/final"
        let recorder = EventRecorder()
        // Slow enough that only a refresh can fetch the artifacts again within the test.
        let schedule = PollSchedule(listInterval: 60, selectedJobInterval: 60, finishedJobInterval: 60)
        let poller = Poller(source: source, schedule: schedule) { recorder.record($0) }
        await poller.select(id)
        let isPublic = { (store: DataStore) in
            store.detail(id)?.artifacts.checkpoints.first { $0.path == path }?.isPublic
        }
        #expect(await recorder.waitUntil(timeout: 10) { isPublic($0) == false })

        try await source.perform(OperatorRequest(.publishCheckpoint(path: path), job: try await source.job(id)))
        try await Task.sleep(for: .milliseconds(500))
        #expect(isPublic(recorder.store) == false, "the poller is asleep: nothing fetched the change yet")

        await poller.refresh(id)
        #expect(await recorder.waitUntil(timeout: 10) { isPublic($0) == true })
        await poller.stop()
    }

    @Test func dreadnodeWithATinkerURLPublishesItsTinkerCheckpoints() async throws {
        let server = try await DreadnodeSourceIntegrationTests.startServer()
        let source = DreadnodeSource(
            baseURL: server.baseURL, organization: DreadnodeSourceIntegrationTests.organization,
            workspace: DreadnodeSourceIntegrationTests.workspace, apiKey: nil,
            tinker: TinkerEnricher(baseURL: server.baseURL, apiKey: nil))
        defer { Task { await source.shutdown(); await server.stop() } }
        let created = try await DreadnodeSourceIntegrationTests.create(on: server, steps: 30)
        let id = JobID(created.id)
        let deadline = Date().addingTimeInterval(30)
        var job = try await source.job(id)
        while !job.status.isTerminal, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            job = try await source.job(id)
        }
        let before = try await source.artifacts(id, job: job)
        let newest = try #require(before.checkpoints.last { $0.path.hasPrefix("tinker://") })
        #expect(newest.isPublic == false, "the enricher read the checkpoint from the Tinker dialect")

        try await source.perform(OperatorRequest(.publishCheckpoint(path: newest.path), job: job))

        let after = try await source.artifacts(id, job: job)
        #expect(after.checkpoints.first { $0.path == newest.path }?.isPublic == true)
    }
}
