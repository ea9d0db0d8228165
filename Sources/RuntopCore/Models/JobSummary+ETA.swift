import Foundation

extension JobSummary {
    /// Seconds until a running job reaches its total steps at the pace it kept since it started, or nil when
    /// that cannot be said (not running, no total, no start time, no step yet, or the clock went backwards).
    ///
    /// The pace is steps per second of wall time since `startedAt`: after a reclaim it includes the time lost,
    /// which is what an operator waiting for the result experiences.
    public func estimatedSecondsRemaining(now: Date) -> Double? {
        guard status == .running, let totalSteps, let currentStep, let startedAt, currentStep > 0 else { return nil }
        let elapsed = now.timeIntervalSince(startedAt)
        guard elapsed > 0 else { return nil }
        let remainingSteps = max(0, totalSteps - currentStep)
        return Double(remainingSteps) * elapsed / Double(currentStep)
    }
}
