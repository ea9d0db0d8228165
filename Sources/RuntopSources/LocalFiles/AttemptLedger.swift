/// The attempts a run went through, as seen in its files: a restarted trainer appending steps from an earlier
/// point, or a file rewritten without steps it held before, starts a new attempt.
///
/// The attempt number is reported as ``RuntopCore/JobSummary/retries`` and the resume step as
/// ``RuntopCore/JobSummary/lastCheckpointStep``: the store keeps samples up to the resume step and drops the
/// rest, which the new attempt's samples replace.
struct AttemptLedger: Sendable, Equatable {
    /// Why an attempt began.
    enum Cause: String, Sendable {
        case stepsRestarted = "steps restarted"
        case fileRewritten = "file rewritten"
    }

    /// One new attempt.
    struct Restart: Sendable, Equatable {
        var attempt: Int
        /// Samples at this step and before are still true.
        var resumeStep: Int
        var cause: Cause
    }

    /// The current attempt: 0 until the first restart.
    private(set) var attempt = 0
    /// The resume step of the current attempt.
    private(set) var resumeStep: Int?
    /// Every restart, oldest first.
    private(set) var restarts: [Restart] = []
    /// Whether a job summary carried the current attempt out; until then a further restart lowers the resume
    /// step instead of hiding the earlier one.
    private var announced = true

    /// Starts a new attempt whose samples after `step` replace the earlier attempt's.
    mutating func beginAttempt(resumingAfter step: Int, cause: Cause) {
        let resume = announced ? step : min(step, resumeStep ?? step)
        attempt += 1
        resumeStep = resume
        announced = false
        restarts.append(Restart(attempt: attempt, resumeStep: resume, cause: cause))
    }

    /// Notes that a job summary reported the current attempt.
    mutating func markAnnounced() { announced = true }
}
