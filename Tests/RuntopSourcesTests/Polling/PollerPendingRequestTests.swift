import Foundation
import RuntopCore
import RuntopServer
import RuntopSources
import Testing

/// The poller against the real reference server made slow by its fault injection: a request left unanswered
/// past the threshold is announced as pending, and the slow answer (or deselecting) clears it.
@Suite("Poller pending requests against a slow server", .serialized)
struct PollerPendingRequestTests {
    /// Every answer this slow: past the 3 s threshold, inside the transport's 10 s deadline.
    static let slowAnswer = 6.0

    static func startServer(faults: FaultPlan? = nil) async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration()
        configuration.port = 0
        configuration.simulatedJobs = 1
        configuration.secondsPerStep = 0.05
        configuration.randomSeed = 11
        configuration.faults = faults
        return try await ReferenceServer.start(configuration)
    }

    /// Only the first list request matters; nothing else is polled.
    static let listOnly = PollSchedule(listInterval: 60, backgroundInterval: 0)

    static func isPending(_ event: StoreEvent) -> Bool {
        if case .requestPending = event { true } else { false }
    }

    @Test func aSlowJobListIsPendingAfterTheThresholdAndClearedByItsAnswer() async throws {
        let server = try await Self.startServer(faults: FaultPlan(latency: Self.slowAnswer...Self.slowAnswer))
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await server.stop() } }
        let recorder = EventRecorder()
        let poller = Poller(source: source, schedule: Self.listOnly) { recorder.record($0) }
        let started = Date()
        await poller.start()

        let pending = await recorder.waitUntil { $0.health.pendingRequest != nil }
        let pendingAfter = Date().timeIntervalSince(started)
        #expect(pending)
        #expect(pendingAfter >= 2.9, "not before the 3 s threshold")
        #expect(recorder.store.health.pendingRequest?.resource == .jobList)
        #expect(recorder.store.health.lastSuccessAt == nil, "the answer has not landed yet")

        let answered = await recorder.waitUntil { $0.health.lastSuccessAt != nil }
        await poller.stop()
        #expect(answered)
        #expect(recorder.store.health.pendingRequest == nil, "the slow answer clears it")
        #expect((recorder.store.health.lastLatency ?? 0) >= Self.slowAnswer - 0.1)
        // One announcement, then the answer clears it by itself: no further event about waiting.
        let events = recorder.events
        #expect(events.filter(Self.isPending).count == 1)
        let successIndex = events.firstIndex { if case .requestSucceeded = $0 { true } else { false } }
        let pendingIndex = events.firstIndex(where: Self.isPending)
        #expect(pendingIndex != nil && successIndex != nil && pendingIndex! < successIndex!)
        #expect(!events.contains { if case .noRequestPending = $0 { true } else { false } })
    }

    @Test func aSlowSelectedJobIsPendingAndDeselectingItClearsIt() async throws {
        let server = try await Self.startServer()
        let job = try await FusionSourceIntegrationTests.firstRunningJob(FusionSource(baseURL: server.baseURL))
        defer { Task { await server.stop() } }
        // Every request of this source asks the server to take 6 s.
        let slowSource = FusionSource(
            baseURL: server.baseURL, headers: [("X-Runtop-Fault", "latency=\(Int(Self.slowAnswer))s")])
        let recorder = EventRecorder()
        let poller = Poller(source: slowSource, schedule: Self.listOnly) { recorder.record($0) }
        await poller.select(job.id)

        let pending = await recorder.waitUntil { $0.health.pendingRequest != nil }
        #expect(pending)
        #expect(recorder.store.health.pendingRequest?.resource == .job)

        await poller.select(nil)
        let cleared = await recorder.waitUntil { $0.health.pendingRequest == nil }
        await poller.stop()
        #expect(cleared, "an abandoned request is no longer waited on")
        #expect(recorder.events.contains { if case .noRequestPending = $0 { true } else { false } })
        #expect(!recorder.events.contains { if case .job = $0 { true } else { false } }, "its answer is dropped")
    }

    @Test func aServerAnsweringInTimeCausesNoPendingEvent() async throws {
        let server = try await Self.startServer()
        let source = FusionSource(baseURL: server.baseURL)
        defer { Task { await server.stop() } }
        let job = try await FusionSourceIntegrationTests.firstRunningJob(source)
        let recorder = EventRecorder()
        let schedule = PollSchedule(listInterval: 0.2, selectedJobInterval: 0.1, backgroundInterval: 0)
        let poller = Poller(source: source, schedule: schedule) { recorder.record($0) }
        await poller.start()
        await poller.select(job.id)
        // Past the threshold, with dozens of requests answered meanwhile.
        try await Task.sleep(for: .seconds(4))
        await poller.stop()
        let events = recorder.events
        #expect(events.contains { if case .requestSucceeded = $0 { true } else { false } })
        #expect(!events.contains { event in
            switch event {
            case .requestPending, .noRequestPending: true
            default: false
            }
        })
    }
}
