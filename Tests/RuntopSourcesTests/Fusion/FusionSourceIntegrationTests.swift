import Foundation
import RuntopCore
import RuntopServer
import RuntopSources
import Testing

/// The Fusion adapter and the poller against the real reference server over real HTTP on loopback.
@Suite("Fusion source against the reference server", .serialized)
struct FusionSourceIntegrationTests {
    static func startServer(jobs: Int = 2, port: Int = 0) async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration()
        configuration.port = port
        configuration.simulatedJobs = jobs
        configuration.secondsPerStep = 0.02
        configuration.randomSeed = 7
        return try await ReferenceServer.start(configuration)
    }

    static func firstRunningJob(_ source: FusionSource, timeout: Double = 20) async throws -> JobSummary {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let job = try await source.listJobs().first(where: { $0.status == .running }) { return job }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw SourceError.transport("no running job within \(timeout)s")
    }

    @Test func metricsSinceStepReturnsOnlyNewerPoints() async throws {
        let server = try await Self.startServer()
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await source.shutdown(); await server.stop() } }
        let job = try await Self.firstRunningJob(source)
        try await Task.sleep(for: .milliseconds(400))
        let first = try await source.metrics(job.id, sinceStep: nil, attempt: 0)
        let firstSteps = try #require(first.series[SeriesName.loss]).map(\.step)
        #expect(!firstSteps.isEmpty)
        let cursor = try #require(firstSteps.max())
        try await Task.sleep(for: .milliseconds(400))
        let second = try await source.metrics(job.id, sinceStep: cursor, attempt: 0)
        let secondSteps = second.series.values.flatMap { $0.map(\.step) }
        #expect(!secondSteps.isEmpty, "the simulator advanced, so there must be newer points")
        #expect(secondSteps.allSatisfy { $0 > cursor })
    }

    @Test func logsSinceSeqReturnsOnlyNewerLines() async throws {
        let server = try await Self.startServer()
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await source.shutdown(); await server.stop() } }
        let job = try await Self.firstRunningJob(source)
        try await Task.sleep(for: .milliseconds(400))
        let first = try await source.logs(job.id, sinceSeq: nil)
        let cursor = try #require(first.lines.map(\.seq).max())
        try await Task.sleep(for: .milliseconds(400))
        let second = try await source.logs(job.id, sinceSeq: cursor)
        #expect(!second.lines.isEmpty)
        #expect(second.lines.allSatisfy { $0.seq > cursor })
        #expect(second.latestSeq ?? 0 >= second.lines.map(\.seq).max() ?? 0)
    }

    @Test func pollerMergesDeltasWithoutGapsOrDuplicates() async throws {
        let server = try await Self.startServer()
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await source.shutdown(); await server.stop() } }
        let job = try await Self.firstRunningJob(source)
        let recorder = EventRecorder()
        let schedule = PollSchedule(listInterval: 0.2, selectedJobInterval: 0.1, backoffBase: 0.05, backoffCap: 0.2)
        let poller = Poller(source: source, schedule: schedule) { recorder.record($0) }
        await poller.start()
        await poller.select(job.id)
        let enough = await recorder.waitUntil { store in
            (store.detail(job.id)?.metrics[SeriesName.loss]?.count ?? 0) >= 30
                && (store.detail(job.id)?.logs.count ?? 0) >= 10
        }
        await poller.stop()
        #expect(enough)

        // Compare with the server's whole truth up to the newest step the store holds.
        let store = recorder.store
        let detail = try #require(store.detail(job.id))
        let held = try #require(detail.metrics[SeriesName.loss])
        let truth = try await source.metrics(job.id, sinceStep: nil, attempt: detail.attempt)
        let truthLoss = try #require(truth.series[SeriesName.loss]).filter { $0.step <= held.lastStep! }
        #expect(held.steps == truthLoss.map(\.step), "every step once, none missing")
        #expect(held.values == truthLoss.map(\.value))
        // Multiple incremental requests were needed, so this exercised the cursor.
        let metricEvents = recorder.events.filter { if case .metrics = $0 { true } else { false } }
        #expect(metricEvents.count > 1)
        // Log lines are contiguous from the first held one.
        let seqs = detail.logs.lines.map(\.seq)
        #expect(seqs == Array(seqs.first!...seqs.last!))
        #expect(store.job(job.id) != nil)
        #expect(!detail.events.isEmpty)
    }

    @Test func pollerReportsAnUnreachableServerAndRecoversWhenItReturns() async throws {
        // Find a free port by starting and stopping a server on it.
        let probe = try await Self.startServer(jobs: 0)
        let port = probe.port
        await probe.stop()

        let source = FusionSource(baseURL: "http://127.0.0.1:\(port)")
        defer { Task { await source.shutdown() } }
        let recorder = EventRecorder()
        let schedule = PollSchedule(listInterval: 0.1, selectedJobInterval: 0.1, backoffBase: 0.05, backoffCap: 0.2)
        let poller = Poller(source: source, schedule: schedule) { recorder.record($0) }
        await poller.start()
        // A stopped server may still hold its socket for a moment: a request then times out (10 s) before it fails.
        let failed = await recorder.waitUntil(timeout: 25) { $0.health.problem != nil }
        #expect(failed)
        if case .unreachable? = recorder.store.health.problem {} else {
            Issue.record("expected an unreachable problem, got \(String(describing: recorder.store.health.problem))")
        }

        let server = try await Self.startServer(jobs: 1, port: port)
        defer { Task { await server.stop() } }
        let recovered = await recorder.waitUntil(timeout: 15) { $0.health.problem == nil && !$0.jobs.isEmpty }
        await poller.stop()
        #expect(recovered, "polling resumes by itself when the server is back")
    }

    @Test func runningJobsThatAreNotSelectedGetTheirLossInTheBackground() async throws {
        let server = try await Self.startServer(jobs: 3)
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await server.stop() } }
        let selected = try await Self.firstRunningJob(source)
        let recorder = EventRecorder()
        let schedule = PollSchedule(
            listInterval: 0.2, selectedJobInterval: 0.2, backoffBase: 0.05, backoffCap: 0.2, backgroundInterval: 0.2)
        let poller = Poller(source: source, schedule: schedule) { recorder.record($0) }
        await poller.start()
        await poller.select(selected.id)
        let others = await recorder.waitUntil { store in
            store.jobs.contains { job in
                job.id != selected.id && job.status == .running
                    && (store.detail(job.id)?.metrics[SeriesName.loss]?.count ?? 0) > 0
            }
        }
        await poller.stop()
        #expect(others, "a running job that is not selected has loss samples for the job list")
        let unselected = recorder.store.jobs.filter { $0.id != selected.id }
        #expect(unselected.allSatisfy { recorder.store.detail($0.id)?.logs.isEmpty ?? true }, "only metrics in the background")
    }
}
