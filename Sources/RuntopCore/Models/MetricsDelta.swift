/// New metric samples for one job, as one response delivered them.
public struct MetricsDelta: Sendable, Equatable {
    /// Samples per series name, in any order; a repeated step replaces the held value.
    public var series: [String: [MetricSample]]
    /// The latest step the server says it holds (may be ahead of the samples when a page was cut).
    public var latestStep: Int?
    /// The attempt (retry count) the poller believed current when it asked; older attempts are dropped.
    public var attempt: Int
    /// The `since_step` cursor the request used, if the dialect is incremental.
    public var sinceStep: Int?
    /// Wall time of the newest sample, for the staleness record.
    public var newestTimestamp: Double?

    public init(
        series: [String: [MetricSample]], latestStep: Int? = nil, attempt: Int = 0, sinceStep: Int? = nil,
        newestTimestamp: Double? = nil
    ) {
        self.series = series
        self.latestStep = latestStep
        self.attempt = attempt
        self.sinceStep = sinceStep
        self.newestTimestamp = newestTimestamp
    }

    /// Number of samples across all series.
    public var sampleCount: Int { series.values.reduce(0) { $0 + $1.count } }
}
