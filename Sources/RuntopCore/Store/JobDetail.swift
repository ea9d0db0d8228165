import Foundation

/// Everything the store holds about one job beyond its list row.
public struct JobDetail: Sendable {
    public var metrics: [String: MetricSeries] = [:]
    public var logs: LogTail
    /// The timeline, de-duplicated and ordered by time.
    public private(set) var events: [JobEvent] = []
    public var result: JobResult?
    public var artifacts = JobArtifacts()
    /// The attempt (retry count) the held metrics belong to.
    public var attempt = 0
    /// The latest step the server reported holding.
    public var serverLatestStep: Int?
    /// When new metrics or log lines last arrived.
    public var lastDataAt: Date?
    /// When the newest held step last moved forward.
    public var lastStepAdvanceAt: Date?
    /// Deltas dropped, wholly or in part, because they belonged to an earlier attempt.
    public var droppedStaleDeltas = 0
    /// The checkpoint step each attempt after the first resumed from (attempt → step), where known.
    public internal(set) var resumeSteps: [Int: Int] = [:]
    private var eventSet: Set<JobEvent> = []

    public init(logCapacity: Int) { logs = LogTail(capacity: logCapacity) }

    /// The newest step held in any series.
    public var latestStep: Int? { metrics.values.compactMap(\.lastStep).max() }

    /// The last step at which samples produced under `olderAttempt` are still true: every later attempt
    /// resumed from a checkpoint at or before it. `Int.max` for the current attempt; nil when a later
    /// attempt's resume step is unknown, so nothing from `olderAttempt` can be trusted.
    public func validThroughStep(ofAttempt olderAttempt: Int) -> Int? {
        guard olderAttempt < attempt else { return .max }
        var bound = Int.max
        for later in (olderAttempt + 1)...attempt {
            guard let resume = resumeSteps[later] else { return nil }
            bound = min(bound, resume)
        }
        return bound
    }

    /// Series names in chart order: the preferred ones first, then the rest alphabetically.
    public var seriesNames: [String] {
        let preferred = SeriesName.preferredOrder.filter { metrics[$0]?.isEmpty == false }
        let rest = metrics.keys.filter { !preferred.contains($0) && $0 != SeriesName.validationLoss }.sorted()
        return preferred + rest
    }

    /// Adds timeline entries not already held; returns how many were new.
    @discardableResult
    public mutating func mergeEvents(_ incoming: [JobEvent]) -> Int {
        var added = 0
        for event in incoming where eventSet.insert(event).inserted {
            events.append(event)
            added += 1
        }
        if added > 0 {
            events.sort { ($0.timestamp ?? .distantPast) < ($1.timestamp ?? .distantPast) }
        }
        return added
    }
}
