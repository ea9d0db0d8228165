import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Notification rule")
struct NotificationRuleTests {
    static func store(_ statuses: [(String, JobStatus)]) -> DataStore {
        var store = DataStore()
        store.apply(
            .jobList(
                statuses.map {
                    JobSummary(
                        id: JobID($0.0), name: "run-\($0.0)", kind: "train", status: $0.1,
                        error: $0.1 == .failed ? "CUDA out of memory" : nil)
                }, at: SampleStore.now))
        return store
    }

    @Test func markedJobReachingATerminalStateNotifiesWithItsOutcome() {
        let before = Self.store([("a", .running), ("b", .running)])
        let after = Self.store([("a", .failed), ("b", .succeeded)])
        let notifications = NotificationRule.transitions(from: before, to: after, marked: ["a", "b"])
        #expect(
            notifications == [
                JobNotification(id: "a", name: "run-a", status: .failed, error: "CUDA out of memory"),
                JobNotification(id: "b", name: "run-b", status: .succeeded),
            ])
        #expect(notifications[0].title == "runtop: run-a failed")
        #expect(notifications[0].body == "a: CUDA out of memory")
    }

    @Test func unmarkedJobsAndJobsAlreadyFinishedOrFirstSeenFinishedDoNotNotify() {
        let before = Self.store([("a", .running), ("b", .succeeded)])
        let after = Self.store([("a", .succeeded), ("b", .succeeded), ("c", .failed)])
        #expect(NotificationRule.transitions(from: before, to: after, marked: ["b", "c"]).isEmpty)
        #expect(NotificationRule.transitions(from: before, to: after, marked: []).isEmpty)
        #expect(NotificationRule.transitions(from: after, to: after, marked: ["a"]).isEmpty, "only once")
    }

    @Test func reclaimIsNotTheEnd() {
        let before = Self.store([("a", .running)])
        let after = Self.store([("a", .reclaimed)])
        #expect(NotificationRule.transitions(from: before, to: after, marked: ["a"]).isEmpty)
    }
}
