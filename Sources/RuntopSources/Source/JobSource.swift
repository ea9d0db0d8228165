import RuntopCore

/// One control-plane dialect, seen through the operations the poller needs.
///
/// Adapters translate their wire format into core models and deltas; they keep no schedule of their own
/// (the ``Poller`` owns time) but may cache what they need to turn a non-incremental API into deltas.
public protocol JobSource: Sendable {
    /// A short label for the status bar, e.g. `fusion · http://127.0.0.1:8080`.
    var label: String { get }

    /// The job list, in the server's order.
    func listJobs() async throws -> [JobSummary]

    /// One job's current state.
    func job(_ id: JobID) async throws -> JobSummary

    /// Metric samples after `sinceStep` (all of them when nil), tagged with `attempt`.
    func metrics(_ id: JobID, sinceStep: Int?, attempt: Int) async throws -> MetricsDelta

    /// Log lines after `sinceSeq` (the server's retained tail when nil).
    func logs(_ id: JobID, sinceSeq: Int?) async throws -> LogDelta

    /// The job's timeline.
    func events(_ id: JobID) async throws -> [JobEvent]

    /// The headline result, or nil while the job has none yet.
    func result(_ id: JobID) async throws -> JobResult?

    /// Checkpoints and refs for the artifacts card.
    func artifacts(_ id: JobID, job: JobSummary) async throws -> JobArtifacts
}
