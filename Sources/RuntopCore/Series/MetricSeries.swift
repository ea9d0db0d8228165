/// One metric over steps, stored in columns, with multi-resolution summaries for O(width) charts and an
/// incrementally maintained debiased EMA.
///
/// Steps are unique and ascending. A sample at a step already held replaces it; a sample that lands in the
/// middle is inserted in order. Appending at the end is the fast path.
public struct MetricSeries: Sendable {
    public private(set) var steps: [Int] = []
    public private(set) var values: [Double] = []
    /// The smoothed column (Float to keep a point-field within 24 bytes), aligned with ``values``.
    public private(set) var smoothed: [Float] = []
    public private(set) var smoothingWeight: Double
    private var ema: DebiasedEMA
    private var rawSummaries = SummaryPyramid()
    private var smoothedSummaries = SummaryPyramid()

    /// Creates an empty series smoothed with `smoothingWeight`.
    public init(smoothingWeight: Double = 0.6) {
        self.smoothingWeight = smoothingWeight
        self.ema = DebiasedEMA(weight: smoothingWeight)
    }

    public var count: Int { steps.count }
    public var isEmpty: Bool { steps.isEmpty }
    public var firstStep: Int? { steps.first }
    public var lastStep: Int? { steps.last }

    /// The last finite value, for "last loss" columns.
    public var lastFiniteValue: Double? {
        for value in values.reversed() where value.isFinite { return value }
        return nil
    }

    /// Merges samples in any order; returns how many were new steps.
    @discardableResult
    public mutating func merge(_ samples: [MetricSample]) -> Int {
        mergeCountingChanges(samples).added
    }

    /// Merges samples in any order; returns how many were new steps and how many held values changed.
    ///
    /// A value is "changed" only when its bit pattern differs, so re-delivering the same samples changes
    /// nothing and costs no recomputation.
    @discardableResult
    public mutating func mergeCountingChanges(_ samples: [MetricSample]) -> (added: Int, replaced: Int) {
        guard !samples.isEmpty else { return (0, 0) }
        let oldCount = steps.count
        var firstChangedIndex = Int.max
        var added = 0
        var replaced = 0
        steps.reserveGrowing(toHold: oldCount + samples.count)
        values.reserveGrowing(toHold: oldCount + samples.count)
        for sample in samples {
            if let last = steps.last, sample.step <= last {
                let index = insertionIndex(of: sample.step)
                if index < steps.count, steps[index] == sample.step {
                    if values[index].bitPattern != sample.value.bitPattern {
                        values[index] = sample.value
                        firstChangedIndex = min(firstChangedIndex, index)
                        replaced += 1
                    }
                } else {
                    steps.insert(sample.step, at: index)
                    values.insert(sample.value, at: index)
                    firstChangedIndex = min(firstChangedIndex, index)
                    added += 1
                }
            } else {
                steps.append(sample.step)
                values.append(sample.value)
                added += 1
            }
        }
        if firstChangedIndex < oldCount {
            rebuildDerived(from: firstChangedIndex)
        } else if steps.count > oldCount {
            extendDerived(oldCount: oldCount)
        }
        return (added, replaced)
    }

    /// Drops every sample after `step` (a reclaim resumes from there); returns how many were dropped.
    @discardableResult
    public mutating func truncate(after step: Int) -> Int {
        let index = insertionIndex(of: step + 1)
        let dropped = steps.count - index
        guard dropped > 0 else { return 0 }
        steps.removeSubrange(index...)
        values.removeSubrange(index...)
        rebuildDerived(from: index)
        return dropped
    }

    /// Changes the smoothing weight and recomputes the smoothed column once.
    public mutating func setSmoothing(weight: Double) {
        guard weight != smoothingWeight else { return }
        smoothingWeight = weight
        rebuildDerived(from: 0)
    }

    /// The index of the first step ≥ `step`.
    public func insertionIndex(of step: Int) -> Int {
        // Dense steps (every step once, the usual case) need no search.
        if let first = steps.first, let last = steps.last, last &- first == steps.count &- 1 {
            return min(max(step, first), last &+ 1) &- first
        }
        var low = 0
        var high = steps.count
        while low < high {
            let middle = (low + high) >> 1
            if steps[middle] < step { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The value held at exactly `step`, if any.
    public func value(atStep step: Int) -> Double? {
        let index = insertionIndex(of: step)
        return index < steps.count && steps[index] == step ? values[index] : nil
    }

    /// Summarises the raw (or smoothed) values whose steps fall in `stepRange`, in O(log n + levels × fan-out).
    public func summary(steps stepRange: ClosedRange<Int>, smoothed useSmoothed: Bool = false) -> BucketSummary {
        let lower = insertionIndex(of: stepRange.lowerBound)
        let upper = stepRange.upperBound == Int.max ? steps.count : insertionIndex(of: stepRange.upperBound + 1)
        guard lower < upper else { return .empty }
        return useSmoothed
            ? smoothedSummaries.summary(of: lower..<upper, values: smoothed)
            : rawSummaries.summary(of: lower..<upper, values: values)
    }

    /// Bytes held by this series' columns and summaries.
    public var byteCount: Int {
        steps.capacity * MemoryLayout<Int>.stride + values.capacity * MemoryLayout<Double>.stride
            + smoothed.capacity * MemoryLayout<Float>.stride + rawSummaries.byteCount + smoothedSummaries.byteCount
    }

    private mutating func extendDerived(oldCount: Int) {
        smoothed.reserveGrowing(toHold: values.count)
        for index in oldCount..<values.count { smoothed.append(Float(ema.next(values[index]))) }
        rawSummaries.appended(oldCount: oldCount, values: values)
        smoothedSummaries.appended(oldCount: oldCount, values: smoothed)
    }

    private mutating func rebuildDerived(from index: Int) {
        // The EMA depends on everything before `index`: recompute it from the start (rare: replays only).
        ema = DebiasedEMA(weight: smoothingWeight)
        smoothed.removeAll(keepingCapacity: true)
        smoothed.reserveGrowing(toHold: values.count)
        for value in values { smoothed.append(Float(ema.next(value))) }
        rawSummaries.rebuild(from: index, values: values)
        smoothedSummaries.rebuild(from: index, values: smoothed)
    }
}
