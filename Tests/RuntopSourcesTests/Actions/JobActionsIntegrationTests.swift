import Foundation
import RuntopCore
import RuntopServer
import RuntopSources
import Testing

/// Operator actions (cancel, retry) sent by the adapters to the real reference server over real HTTP.
@Suite("Job actions against the reference server", .serialized)
struct JobActionsIntegrationTests {
    /// Polls `source` until `id` satisfies `condition`, returning the last summary seen.
    static func waitFor(
        _ id: JobID, on source: any JobSource, timeout: Double = 20, until condition: (JobSummary) -> Bool
    ) async throws -> JobSummary {
        let deadline = Date().addingTimeInterval(timeout)
        var job = try await source.job(id)
        while !condition(job), Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            job = try await source.job(id)
        }
        return job
    }

    @Test func fusionCancelStopsARunningJob() async throws {
        let server = try await FusionSourceIntegrationTests.startServer(jobs: 1)
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await source.shutdown(); await server.stop() } }
        let running = try await FusionSourceIntegrationTests.firstRunningJob(source)
        let actions = try #require(source.actions)
        #expect(actions.operatorCapabilities.supported == [.cancelJob])

        try await actions.perform(OperatorRequest(.cancelJob, job: running))

        let after = try await source.job(running.id)
        #expect(after.status == .cancelled)
        let events = try await source.events(running.id)
        #expect(events.contains { $0.kind == "cancelled" })
    }

    @Test func fusionCancelOfAFinishedJobFailsWithTheServersMessage() async throws {
        let server = try await FusionSourceIntegrationTests.startServer(jobs: 1)
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await source.shutdown(); await server.stop() } }
        let running = try await FusionSourceIntegrationTests.firstRunningJob(source)
        let request = OperatorRequest(.cancelJob, job: running)
        try await source.perform(request)

        let error = await #expect(throws: SourceError.self) { try await source.perform(request) }
        guard case .httpStatus(409, _, let detail)? = error else {
            Issue.record("expected HTTP 409, got \(String(describing: error))")
            return
        }
        #expect(detail == "Job already cancelled")
        #expect(request.failureText(String(describing: error!)) == "cancel failed: HTTP 409: Job already cancelled")
    }

    @Test func fusionRefusesActionsItDoesNotHaveWithoutAskingTheServer() async throws {
        let source = FusionSource(baseURL: "http://127.0.0.1:9")
        let request = OperatorRequest(.retryJob, jobID: "j-1", jobName: "j-1")
        await #expect(throws: OperatorActionError.unsupported(.retryJob, dialect: "fusion")) {
            try await source.perform(request)
        }
    }

    @Test func dreadnodeCancelThenRetryMovesTheJobThroughCancelledBackToWork() async throws {
        let server = try await DreadnodeSourceIntegrationTests.startServer()
        let source = DreadnodeSourceIntegrationTests.source(server)
        defer { Task { await source.shutdown(); await server.stop() } }
        let created = try await DreadnodeSourceIntegrationTests.create(on: server, steps: 5000)
        let id = JobID(created.id)
        let job = try await source.job(id)
        #expect(source.operatorCapabilities.supported == [.cancelJob, .retryJob])

        try await source.perform(OperatorRequest(.cancelJob, job: job))
        let cancelled = try await source.job(id)
        #expect(cancelled.status == .cancelled)

        try await source.perform(OperatorRequest(.retryJob, job: cancelled))
        let retried = try await Self.waitFor(id, on: source) { !$0.status.isTerminal }
        #expect(retried.status == .queued || retried.status == .running)
    }

    @Test func dreadnodeRetryOfARunningJobFailsWithTheServersDetail() async throws {
        let server = try await DreadnodeSourceIntegrationTests.startServer()
        let source = DreadnodeSourceIntegrationTests.source(server)
        defer { Task { await source.shutdown(); await server.stop() } }
        let created = try await DreadnodeSourceIntegrationTests.create(on: server, steps: 5000)
        let job = try await Self.waitFor(JobID(created.id), on: source) { $0.status == .running }
        #expect(job.status == .running)

        let error = await #expect(throws: SourceError.self) {
            try await source.perform(OperatorRequest(.retryJob, job: job))
        }
        #expect(
            error == .httpStatus(
                409, retryAfter: nil, detail: "Only failed or cancelled jobs can be retried (job is running)"))
    }

    @Test func dreadnodeCancelOfACompletedJobSaysItIsAlreadyCompleted() async throws {
        let server = try await DreadnodeSourceIntegrationTests.startServer()
        let source = DreadnodeSourceIntegrationTests.source(server)
        defer { Task { await source.shutdown(); await server.stop() } }
        let created = try await DreadnodeSourceIntegrationTests.create(on: server, steps: 5)
        let job = try await Self.waitFor(JobID(created.id), on: source, timeout: 30) { $0.status.isTerminal }
        #expect(job.status == .succeeded)

        let error = await #expect(throws: SourceError.self) {
            try await source.perform(OperatorRequest(.cancelJob, job: job))
        }
        #expect(error == .httpStatus(409, retryAfter: nil, detail: "Training job is already completed"))
    }

    @Test func dreadnodeOffersCheckpointActionsOnlyWithATinkerURL() {
        let plain = DreadnodeSource(baseURL: "http://127.0.0.1:9", organization: "o", workspace: "w", apiKey: nil)
        #expect(plain.operatorCapabilities.supported == [.cancelJob, .retryJob])
        let withTinker = DreadnodeSource(
            baseURL: "http://127.0.0.1:9", organization: "o", workspace: "w", apiKey: nil,
            tinker: TinkerEnricher(baseURL: "http://127.0.0.1:9", apiKey: nil))
        #expect(withTinker.operatorCapabilities.supported == Set(OperatorActionKind.allCases))
        #expect(withTinker.operatorCapabilities.checkpointPathPrefixes == ["tinker://"])
    }
}
