import Foundation
import RuntopCore
import Testing

@testable import RuntopSources

/// What the poller tells the store about requests left unanswered, checked through a real store: the events
/// `OutstandingRequests` asks for, applied with the outcomes the poller sends, must leave the store holding
/// exactly the oldest overdue request — and requests answered in time must cause no event at all.
@Suite("Outstanding requests")
struct OutstandingRequestsTests {
    static let t0 = Date(timeIntervalSince1970: 2_000_000)
    static let t1 = t0.addingTimeInterval(1)

    /// The watch and a store fed with everything it and the poller send.
    struct Harness {
        var watch = OutstandingRequests()
        var store = DataStore()
        var sent: [StoreEvent] = []

        mutating func send(_ event: StoreEvent?) {
            guard let event else { return }
            sent.append(event)
            store.apply(event)
        }

        mutating func answer(_ ticket: OutstandingRequests.Ticket, _ resource: SourceResource) {
            send(.requestSucceeded(resource, latency: 0.1, at: t1))
            send(watch.end(ticket, outcomeReported: true))
        }

        var pending: PendingRequest? { store.health.pendingRequest }
    }

    @Test func requestsAnsweredInTimeSendNothing() {
        var harness = Harness()
        let list = harness.watch.begin(.jobList, at: Self.t0)
        let job = harness.watch.begin(.job, at: Self.t0)
        harness.send(harness.watch.end(list, outcomeReported: true))
        harness.send(harness.watch.end(job, outcomeReported: false))
        #expect(harness.sent.isEmpty)
    }

    @Test func anOverdueRequestIsAnnouncedOnceWithWhenItWasSent() {
        var harness = Harness()
        let list = harness.watch.begin(.jobList, at: Self.t0)
        harness.send(harness.watch.markOverdue(list))
        harness.send(harness.watch.markOverdue(list))
        #expect(harness.sent.count == 1)
        #expect(harness.pending == PendingRequest(resource: .jobList, since: Self.t0))
    }

    @Test func theAnswerClearsItWithoutASecondEvent() {
        var harness = Harness()
        let list = harness.watch.begin(.jobList, at: Self.t0)
        harness.send(harness.watch.markOverdue(list))
        harness.answer(list, .jobList)
        #expect(harness.pending == nil)
        #expect(harness.sent.count == 2, "the overdue announcement and the success, nothing more")
    }

    @Test func theOldestOverdueRequestIsTheOneAnnounced() {
        var harness = Harness()
        let job = harness.watch.begin(.job, at: Self.t1)
        let list = harness.watch.begin(.jobList, at: Self.t0)
        harness.send(harness.watch.markOverdue(job))
        #expect(harness.pending == PendingRequest(resource: .job, since: Self.t1))
        harness.send(harness.watch.markOverdue(list))
        #expect(harness.pending == PendingRequest(resource: .jobList, since: Self.t0))
        // The older one answered: the younger one still waits and is announced again.
        harness.answer(list, .jobList)
        #expect(harness.pending == PendingRequest(resource: .job, since: Self.t1))
        harness.answer(job, .job)
        #expect(harness.pending == nil)
    }

    @Test func anAbandonedRequestIsClearedByItsOwnEvent() {
        var harness = Harness()
        let metrics = harness.watch.begin(.metrics, at: Self.t0)
        harness.send(harness.watch.markOverdue(metrics))
        harness.send(harness.watch.end(metrics, outcomeReported: false))
        #expect(harness.pending == nil)
        #expect(harness.watch.announced == nil)
    }

    @Test func anAnswerToAnotherRequestOfTheSameResourceKeepsTheOverdueOneAnnounced() {
        // A job deselected while its request hangs, and the next job's request of the same resource answered.
        var harness = Harness()
        let abandoned = harness.watch.begin(.job, at: Self.t0)
        harness.send(harness.watch.markOverdue(abandoned))
        let next = harness.watch.begin(.job, at: Self.t1)
        harness.answer(next, .job)
        #expect(harness.pending == PendingRequest(resource: .job, since: Self.t0))
        harness.send(harness.watch.end(abandoned, outcomeReported: false))
        #expect(harness.pending == nil)
    }

    @Test func aRequestThatEndedBeforeItsTimerFiredIsNeverAnnounced() {
        var harness = Harness()
        let list = harness.watch.begin(.jobList, at: Self.t0)
        harness.answer(list, .jobList)
        harness.send(harness.watch.markOverdue(list))
        #expect(harness.pending == nil)
        #expect(harness.sent.count == 1, "only the success")
    }

    @Test func stoppingClearsWhatWasAnnounced() {
        var harness = Harness()
        let logs = harness.watch.begin(.logs, at: Self.t0)
        harness.send(harness.watch.markOverdue(logs))
        harness.send(harness.watch.removeAll())
        #expect(harness.pending == nil)
        harness.send(harness.watch.end(logs, outcomeReported: false))
        #expect(harness.sent.count == 2)
    }
}
