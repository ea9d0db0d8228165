import Foundation

/// Everything that can change the data store: each source response becomes exactly one of these.
public enum StoreEvent: Sendable {
    /// The whole job list as the server ordered it.
    case jobList([JobSummary], at: Date)
    /// One job's fresh state.
    case job(JobSummary, at: Date)
    case metrics(JobID, MetricsDelta, at: Date)
    case logs(JobID, LogDelta, at: Date)
    /// Timeline entries (all or some; duplicates are ignored).
    case events(JobID, [JobEvent])
    case result(JobID, JobResult)
    case artifacts(JobID, JobArtifacts)
    /// A request succeeded after `latency` seconds.
    case requestSucceeded(SourceResource, latency: Double, at: Date)
    case requestFailed(SourceResource, SourceProblem, at: Date)
    /// The oldest request still unanswered past the poller's threshold, sent at `since`; replaces the one held.
    case requestPending(SourceResource, since: Date)
    /// No request is unanswered past the threshold any more (the one held was answered or abandoned).
    case noRequestPending
    /// The chart smoothing weight changed (0 = raw).
    case setSmoothing(Double)
}
