/// How often the poller asks for each resource, and how it backs off.
public struct PollSchedule: Sendable, Equatable {
    /// Seconds between job-list refreshes.
    public var listInterval: Double
    /// Seconds between refreshes of the selected job (state, metrics, logs, events).
    public var selectedJobInterval: Double
    /// Seconds between refreshes of a selected job that has finished and been fully fetched.
    public var finishedJobInterval: Double
    /// First backoff ceiling after a failure, in seconds; it doubles with each further failure.
    public var backoffBase: Double
    /// The largest backoff ceiling, in seconds.
    public var backoffCap: Double
    /// Pages fetched back to back when a response says more data is waiting.
    public var maximumCatchUpPages: Int
    /// Seconds between metric refreshes of running jobs that are not selected (for the job list's loss
    /// column); 0 turns them off.
    public var backgroundInterval: Double
    /// Running jobs refreshed in the background at most.
    public var maximumBackgroundJobs: Int
    /// Seconds a request may go unanswered before the dashboard says so (`no answer for 4s`), well before the
    /// transport's deadline fails it; 0 turns it off.
    public var pendingRequestThreshold: Double

    public init(
        listInterval: Double = 3, selectedJobInterval: Double = 1, finishedJobInterval: Double = 15,
        backoffBase: Double = 0.5, backoffCap: Double = 30, maximumCatchUpPages: Int = 20,
        backgroundInterval: Double = 10, maximumBackgroundJobs: Int = 16, pendingRequestThreshold: Double = 3
    ) {
        self.pendingRequestThreshold = pendingRequestThreshold
        self.backgroundInterval = backgroundInterval
        self.maximumBackgroundJobs = maximumBackgroundJobs
        self.listInterval = listInterval
        self.selectedJobInterval = selectedJobInterval
        self.finishedJobInterval = finishedJobInterval
        self.backoffBase = backoffBase
        self.backoffCap = backoffCap
        self.maximumCatchUpPages = maximumCatchUpPages
    }

    /// Exponential backoff with full jitter: a uniformly random delay up to `base × 2^(failures−1)`, capped,
    /// and never shorter than the server's Retry-After.
    public func backoff(
        afterFailures failures: Int, retryAfter: Double?, random: (ClosedRange<Double>) -> Double
    ) -> Double {
        let exponent = min(max(failures - 1, 0), 30)
        let ceiling = min(backoffCap, backoffBase * Double(1 << exponent))
        let jittered = random(0...ceiling)
        return max(jittered, retryAfter ?? 0)
    }
}
