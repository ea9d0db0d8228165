import RuntopCore
import RuntopWire

/// What the Dreadnode adapter remembers per job between polls: the last full record (so one poll pass
/// fetches it once), what it delivered of the embedded series, and how it numbered the log.
actor DreadnodeJobLedgers {
    private struct Entry {
        var job: DreadnodeJob?
        var fetchedAt: ContinuousClock.Instant?
        var metrics = MetricsLedger()
        var logs = LogSequencer()
    }

    private var entries: [String: Entry] = [:]

    /// Records a freshly fetched full record; returns the restarts seen so far (including one it reveals).
    func observe(_ job: DreadnodeJob, at instant: ContinuousClock.Instant = .now) -> Int {
        var entry = entries[job.id] ?? Entry()
        entry.job = job
        entry.fetchedAt = instant
        entry.metrics.observe(DreadnodeMetrics(job.metrics).series)
        entries[job.id] = entry
        return entry.metrics.attempt
    }

    /// The last full record of `id` if it was fetched within `maximumAge`.
    func recentJob(_ id: String, maximumAge: Duration) -> DreadnodeJob? {
        guard let entry = entries[id], let fetchedAt = entry.fetchedAt, fetchedAt.duration(to: .now) <= maximumAge
        else { return nil }
        return entry.job
    }

    /// The last full record of `id`, however old.
    func lastJob(_ id: String) -> DreadnodeJob? { entries[id]?.job }

    /// The restarts seen for `id`.
    func attempt(_ id: String) -> Int { entries[id]?.metrics.attempt ?? 0 }

    /// The undelivered samples of `series`, and the attempt they belong to.
    func metricsDelta(_ id: String, series: [String: [MetricSample]], sinceStep: Int?) -> (
        series: [String: [MetricSample]], attempt: Int
    ) {
        var entry = entries[id] ?? Entry()
        let fresh = entry.metrics.delta(series, sinceStep: sinceStep)
        entries[id] = entry
        return (fresh, entry.metrics.attempt)
    }

    /// Sequence numbers for a freshly fetched log of `id`.
    func sequence(_ id: String, fingerprints: [String]) -> [Int] {
        var entry = entries[id] ?? Entry()
        let numbers = entry.logs.sequence(fingerprints)
        entries[id] = entry
        return numbers
    }
}
