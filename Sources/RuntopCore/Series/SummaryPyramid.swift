/// Summaries of a value column at several resolutions, so any index range is summarised in
/// O(levels × fan-out) rather than O(range length).
///
/// Level 0 summarises blocks of ``fanOut`` values, level 1 blocks of ``fanOut`` level-0 blocks, and so on.
/// Appends update only the last block of each level; a change in the middle rebuilds from that block on.
public struct SummaryPyramid: Sendable {
    /// Values (or blocks) per block at every level.
    public static let fanOut = 32

    private var levels: [[BucketSummary]] = []

    public init() {}

    /// Rebuilds every level whose blocks start at or after `index` from the column.
    public mutating func rebuild<Column: RandomAccessCollection>(from index: Int, values: Column)
    where Column.Element: BinaryFloatingPoint, Column.Index == Int {
        let fan = Self.fanOut
        var blockStart = index / fan
        var level = 0
        var sourceCount = values.count
        while sourceCount > 1 || level == 0 {
            let blockCount = (sourceCount + fan - 1) / fan
            if levels.count <= level { levels.append([]) }
            if levels[level].count > blockStart { levels[level].removeSubrange(blockStart...) }
            levels[level].reserveGrowing(toHold: blockCount)
            for block in blockStart..<blockCount {
                var summary = BucketSummary.empty
                let lower = block * fan
                let upper = min(lower + fan, sourceCount)
                if level == 0 {
                    for position in lower..<upper { summary.add(Double(values[values.startIndex + position])) }
                } else {
                    for position in lower..<upper { summary.add(levels[level - 1][position]) }
                }
                levels[level].append(summary)
            }
            sourceCount = blockCount
            blockStart /= fan
            level += 1
            if blockCount <= 1 { break }
        }
        if levels.count > level { levels.removeSubrange(level...) }
    }

    /// Updates the pyramid after values were appended at the end of the column.
    public mutating func appended<Column: RandomAccessCollection>(oldCount: Int, values: Column)
    where Column.Element: BinaryFloatingPoint, Column.Index == Int {
        // The last partial block of each level changes: rebuild from the block holding oldCount.
        let start = oldCount == 0 ? 0 : ((oldCount - 1) / Self.fanOut) * Self.fanOut
        rebuild(from: start, values: values)
    }

    /// Summarises the values at indices `range` of the column.
    ///
    /// The range splits into at most two runs per level: single values and ever larger aligned blocks going
    /// up from the left end, then ever smaller ones coming down to the right end. On a large column each run
    /// is a cache miss, so the first item of every run is loaded up front, letting the misses overlap, and
    /// the runs are then summarised in order.
    public func summary<Column: RandomAccessCollection>(of range: Range<Int>, values: Column) -> BucketSummary
    where Column.Element: BinaryFloatingPoint, Column.Index == Int {
        let lower = max(range.lowerBound, 0)
        let end = min(range.upperBound, values.count)
        guard lower < end else { return .empty }
        let capacity = 2 * levels.count + 2
        return withUnsafeTemporaryAllocation(of: Run.self, capacity: capacity) { runs in
            let runCount = plan(from: lower, to: end, into: runs)
            let base = values.startIndex
            var touched = 0.0
            for run in runs[..<runCount] {
                touched +=
                    run.level < 0
                    ? Double(values[base &+ run.start]) : levels[run.level][run.start / run.size].last
            }
            Self.keep(touched)
            var result = BucketSummary.empty
            for run in runs[..<runCount] {
                if run.level < 0 {
                    for position in run.start..<run.end { result.add(Double(values[base &+ position])) }
                } else {
                    let blocks = levels[run.level]
                    var block = run.start / run.size
                    let stop = run.end / run.size
                    while block < stop {
                        result.add(blocks[block])
                        block &+= 1
                    }
                }
            }
            return result
        }
    }

    /// A stretch of the column summarised at one level: single values (level −1) or blocks of `size`.
    private struct Run {
        var level: Int
        var size: Int
        var start: Int
        var end: Int
    }

    /// Splits `lower..<end` into runs, left to right; returns how many it wrote.
    private func plan(from lower: Int, to end: Int, into runs: UnsafeMutableBufferPointer<Run>) -> Int {
        let fan = Self.fanOut
        var count = 0
        var position = lower
        var level = -1
        var size = 1
        // Up: finish the current block of the next level, then climb while a whole block of it fits.
        while level + 1 < levels.count {
            let next = size &* fan
            let aligned = (position &+ next &- 1) / next &* next
            guard aligned &+ next <= end else { break }
            if aligned > position {
                runs[count] = Run(level: level, size: size, start: position, end: aligned)
                count += 1
            }
            position = aligned
            level += 1
            size = next
        }
        // Down: whole blocks of each level while they fit, then smaller ones, ending with single values.
        while position < end {
            let stop = level < 0 ? end : end / size &* size
            if stop > position {
                runs[count] = Run(level: level, size: size, start: position, end: stop)
                count += 1
                position = stop
            }
            level -= 1
            size /= fan
        }
        return count
    }

    /// Keeps the early loads from being optimised away.
    @_optimize(none)
    private static func keep(_ value: Double) {}

    /// Bytes held by the summaries, for the memory figure.
    public var byteCount: Int { levels.reduce(0) { $0 + $1.capacity * MemoryLayout<BucketSummary>.stride } }
}
