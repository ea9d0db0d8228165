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
    public func summary<Column: RandomAccessCollection>(of range: Range<Int>, values: Column) -> BucketSummary
    where Column.Element: BinaryFloatingPoint, Column.Index == Int {
        var result = BucketSummary.empty
        var index = max(range.lowerBound, 0)
        let end = min(range.upperBound, values.count)
        let base = values.startIndex
        while index < end {
            // Find the largest aligned block starting at `index` that fits in the range.
            var level = -1
            var size = 1
            var candidate = Self.fanOut
            while level + 1 < levels.count, index % candidate == 0, index + candidate <= end {
                level += 1
                size = candidate
                candidate *= Self.fanOut
            }
            if level < 0 {
                result.add(Double(values[base + index]))
                index += 1
            } else {
                let block = index / size
                if block < levels[level].count { result.add(levels[level][block]) }
                index += size
            }
        }
        return result
    }

    /// Bytes held by the summaries, for the memory figure.
    public var byteCount: Int { levels.reduce(0) { $0 + $1.capacity * MemoryLayout<BucketSummary>.stride } }
}
