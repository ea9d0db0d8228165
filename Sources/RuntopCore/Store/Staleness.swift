import Foundation

/// Why the data on screen may be old, and for how long: the status bar's staleness record.
public struct Staleness: Sendable, Equatable, CustomStringConvertible {
    /// What makes the data old.
    public enum Cause: Sendable, Equatable {
        /// Requests fail (unreachable, auth, rate limit, server error, garbage).
        case source(SourceProblem)
        /// The job runs but nothing new has arrived (no metrics, no log lines).
        case jobSilent
        /// Data arrives (log lines) but the newest step stays where it was.
        case stepNotAdvancing(step: Int)
    }

    public var cause: Cause
    /// How long the condition has lasted, in seconds.
    public var duration: Double
    /// How old the newest data is, in seconds, when known.
    public var dataAge: Double?

    /// A running job silent for this long is worth saying so (seconds).
    public static let silenceThreshold = 60.0

    public init(cause: Cause, duration: Double, dataAge: Double?) {
        self.cause = cause
        self.duration = duration
        self.dataAge = dataAge
    }

    /// The record for the selected job `id` at `now`, or nil when the data is fresh.
    public static func assess(store: DataStore, job id: JobID?, now: Date) -> Staleness? {
        let health = store.health
        if let problem = health.problem {
            return Staleness(
                cause: .source(problem), duration: health.failingSince.map { now.timeIntervalSince($0) } ?? 0,
                dataAge: health.staleness(now: now))
        }
        guard let id, let job = store.job(id), job.status == .running, let detail = store.detail(id) else {
            return nil
        }
        if let lastData = detail.lastDataAt, now.timeIntervalSince(lastData) >= silenceThreshold {
            let silence = now.timeIntervalSince(lastData)
            return Staleness(cause: .jobSilent, duration: silence, dataAge: silence)
        }
        if let lastAdvance = detail.lastStepAdvanceAt, let step = detail.latestStep,
            now.timeIntervalSince(lastAdvance) >= silenceThreshold
        {
            return Staleness(
                cause: .stepNotAdvancing(step: step), duration: now.timeIntervalSince(lastAdvance),
                dataAge: detail.lastDataAt.map { now.timeIntervalSince($0) })
        }
        return nil
    }

    /// The record in an operator's words, e.g. `API unreachable (connection refused) for 12s · data 40s old`.
    public var description: String {
        let lasting = Self.compact(duration)
        let age = dataAge.map { " · data \(Self.compact($0)) old" } ?? ""
        switch cause {
        case .source(let problem): return "\(problem) for \(lasting)\(age)"
        case .jobSilent: return "job silent for \(lasting)"
        case .stepNotAdvancing(let step): return "step \(step) not advancing for \(lasting)"
        }
    }

    /// 45s, 3m, 2h.
    static func compact(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds))
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m" }
        return "\(whole / 3600)h"
    }
}
