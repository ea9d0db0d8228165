import RuntopCore

/// How far the poller has fetched one job: the next request asks only for what comes after.
public struct JobCursor: Sendable, Equatable {
    /// The newest metric step received (nil = nothing yet).
    public var metricsStep: Int?
    /// The newest log sequence number received.
    public var logSeq: Int?
    /// The attempt (retry count) the metrics belong to.
    public var attempt = 0
    /// Whether the final result has been received.
    public var hasResult = false
    /// The job state the artifacts card was last fetched for (refetched when it changes).
    public var artifactsFetchedFor: ArtifactsKey?

    public init() {}

    /// Resets the metrics cursor when `job` reports a reclaim: the new attempt resumes after its last durable
    /// checkpoint, so everything after it must be fetched again. Returns true when it did.
    @discardableResult
    public mutating func noteAttempt(of job: JobSummary) -> Bool {
        guard job.retries > attempt else { return false }
        attempt = job.retries
        if let held = metricsStep { metricsStep = min(held, job.lastCheckpointStep ?? 0) }
        return true
    }

    /// What makes the artifacts card worth fetching again.
    public struct ArtifactsKey: Sendable, Equatable {
        public var status: JobStatus
        public var retries: Int
        public var lastCheckpointStep: Int?
    }
}
