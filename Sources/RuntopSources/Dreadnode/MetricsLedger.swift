import RuntopCore

/// What the adapter has delivered of one job's embedded series, so that re-fetching the whole job yields only
/// the samples that are new (Dreadnode has no `since`).
///
/// Each series is compared with what was delivered for it: a series that grew delivers its new tail; one that
/// changed in the middle is delivered again whole (the store replaces by step). When the series fall behind
/// what was delivered (a retry cleared them), the job has restarted: ``attempt`` increases and everything is
/// delivered again under the new attempt, so the store drops the old attempt's samples.
public struct MetricsLedger: Sendable, Equatable {
    /// Restarts seen so far; reported as the job's retries and as the attempt of its deltas.
    public private(set) var attempt = 0
    /// The samples delivered per series.
    public private(set) var delivered: [String: [MetricSample]] = [:]

    public init() {}

    /// Notes a fresh reading of the job; returns true when it reveals a restart.
    @discardableResult
    public mutating func observe(_ series: [String: [MetricSample]]) -> Bool {
        guard let deliveredNewest = Self.newestStep(delivered) else { return false }
        let newest = Self.newestStep(series)
        guard newest.map({ $0 < deliveredNewest }) ?? true else { return false }
        attempt += 1
        delivered = [:]
        return true
    }

    /// The samples of `series` not yet delivered, recording them as delivered.
    ///
    /// `sinceStep` is the newest step the caller holds: nil, or a step behind what this ledger delivered, means
    /// deliveries were lost on the way (a deselected job's response is dropped), so everything after it is
    /// delivered again.
    public mutating func delta(_ series: [String: [MetricSample]], sinceStep: Int?) -> [String: [MetricSample]] {
        observe(series)
        if let sinceStep {
            if let newest = Self.newestStep(delivered), sinceStep < newest {
                delivered = delivered.mapValues { $0.filter { $0.step <= sinceStep } }
            }
        } else {
            delivered = [:]
        }
        var fresh: [String: [MetricSample]] = [:]
        for (name, samples) in series {
            let held = delivered[name] ?? []
            let isExtension =
                held.count <= samples.count && zip(held, samples).allSatisfy { Self.same($0, $1) }
            let tail = isExtension ? Array(samples.dropFirst(held.count)) : samples
            delivered[name] = samples
            if !tail.isEmpty { fresh[name] = tail }
        }
        return fresh
    }

    static func newestStep(_ series: [String: [MetricSample]]) -> Int? {
        series.values.compactMap { $0.map(\.step).max() }.max()
    }

    /// Equal step and value, treating NaN as equal to NaN.
    static func same(_ lhs: MetricSample, _ rhs: MetricSample) -> Bool {
        lhs.step == rhs.step && (lhs.value == rhs.value || (lhs.value.isNaN && rhs.value.isNaN))
    }
}
