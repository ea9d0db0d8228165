import Foundation
import Testing

@testable import RuntopCore

@Suite("Job ETA")
struct JobETATests {
    static let start = Date(timeIntervalSince1970: 1_795_190_587)

    static func job(_ status: JobStatus, step: Int?, total: Int?, startedAt: Date? = start) -> JobSummary {
        JobSummary(
            id: "j", name: "run", kind: "train", status: status, startedAt: startedAt, currentStep: step,
            totalSteps: total)
    }

    @Test func runningJobFinishesAtItsPaceSoFar() {
        // 800 of 1000 steps in 12 minutes: the last 200 take 3 minutes.
        let eta = Self.job(.running, step: 800, total: 1000).estimatedSecondsRemaining(now: Self.start + 720)
        #expect(eta == 180)
    }

    @Test func aJobAtItsTotalHasNothingLeft() {
        #expect(Self.job(.running, step: 1000, total: 1000).estimatedSecondsRemaining(now: Self.start + 60) == 0)
    }

    @Test func noEstimateWithoutAPaceOrATotalOrWhenNotRunning() {
        let now = Self.start + 600
        #expect(Self.job(.running, step: 0, total: 100).estimatedSecondsRemaining(now: now) == nil)
        #expect(Self.job(.running, step: 50, total: nil).estimatedSecondsRemaining(now: now) == nil)
        #expect(Self.job(.running, step: 50, total: 100, startedAt: nil).estimatedSecondsRemaining(now: now) == nil)
        #expect(Self.job(.succeeded, step: 100, total: 100).estimatedSecondsRemaining(now: now) == nil)
        #expect(Self.job(.queued, step: nil, total: 100).estimatedSecondsRemaining(now: now) == nil)
        #expect(Self.job(.running, step: 50, total: 100).estimatedSecondsRemaining(now: Self.start - 5) == nil)
    }
}
