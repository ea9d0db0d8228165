import DequeModule

/// A job's log lines, ordered and de-duplicated by sequence number, capped to the most recent ``capacity``.
///
/// Lines the server never delivered (its tail is capped too) show up as gaps between held sequence numbers,
/// and before the first held line when a request's `since` cursor shows lines were skipped; see ``gaps``.
/// Lines evicted by the cap are counted in ``evictedCount`` and are never reported as gaps.
public struct LogTail: Sendable {
    /// The most lines held; older ones are evicted first.
    public let capacity: Int
    public private(set) var lines: Deque<LogLine> = []
    /// Lines dropped by the cap since the tail was created.
    public private(set) var evictedCount = 0
    /// The smallest `since` cursor a merge was given.
    private var lowestSinceSeq: Int?
    /// The newest line dropped by the cap: every seq up to it was evicted or is not wanted any more.
    public private(set) var lastEvictedSeq: Int?

    /// The sequence number known to precede every expected line: the last evicted line, or else the smallest
    /// `since` cursor used. Lines between it and the first held line were never delivered.
    public var floorSeq: Int? {
        switch (lowestSinceSeq, lastEvictedSeq) {
        case (let since?, let evicted?): max(since, evicted)
        case (let since, let evicted): evicted ?? since
        }
    }

    public init(capacity: Int = 50_000) { self.capacity = max(1, capacity) }

    public var count: Int { lines.count }
    public var isEmpty: Bool { lines.isEmpty }
    public var lastSeq: Int? { lines.last?.seq }
    public var firstSeq: Int? { lines.first?.seq }

    /// Merges lines in any order; returns how many were new. A sequence number already held is kept as is.
    ///
    /// `sinceSeq` is the cursor of the request that returned the lines: the server had nothing newer than it
    /// before the first line, so any seq between the cursor and the first held line is a gap.
    @discardableResult
    public mutating func merge(_ incoming: [LogLine], since sinceSeq: Int? = nil) -> Int {
        if let sinceSeq, sinceSeq < (lowestSinceSeq ?? .max) { lowestSinceSeq = sinceSeq }
        var added = 0
        for line in incoming {
            if let last = lines.last?.seq, line.seq <= last {
                let index = insertionIndex(of: line.seq)
                if index < lines.count, lines[index].seq == line.seq { continue }
                // At or below the newest evicted line: a re-delivery of a line already counted as evicted.
                if line.seq <= (lastEvictedSeq ?? .min) { continue }
                lines.insert(line, at: index)
            } else {
                lines.append(line)
            }
            added += 1
        }
        if lines.count > capacity {
            let excess = lines.count - capacity
            lastEvictedSeq = lines[excess - 1].seq
            lines.removeFirst(excess)
            evictedCount += excess
        }
        return added
    }

    /// Lines never delivered just before the first held one (0 when unknown or contiguous).
    public var missingBeforeFirst: Int {
        guard let floorSeq, let first = lines.first?.seq else { return 0 }
        return max(0, first - floorSeq - 1)
    }

    /// Sequence numbers missing between held lines (and before the first, see ``missingBeforeFirst``): each
    /// entry says "`count` lines before `beforeSeq`".
    public var gaps: [LogGap] {
        var result: [LogGap] = []
        if let first = lines.first?.seq, missingBeforeFirst > 0 {
            result.append(LogGap(beforeSeq: first, count: missingBeforeFirst))
        }
        var previous: Int?
        for line in lines {
            if let previous, line.seq > previous + 1 {
                result.append(LogGap(beforeSeq: line.seq, count: line.seq - previous - 1))
            }
            previous = line.seq
        }
        return result
    }

    /// The number of lines missing just before the line at `index` (0 when it follows its predecessor).
    public func missingBefore(index: Int) -> Int {
        if index == 0 { return missingBeforeFirst }
        guard index > 0, index < lines.count else { return 0 }
        return max(0, lines[index].seq - lines[index - 1].seq - 1)
    }

    /// The index of the first held line with seq ≥ `seq`.
    public func insertionIndex(of seq: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) >> 1
            if lines[middle].seq < seq { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Lines the server never delivered: `count` lines immediately before sequence number `beforeSeq`.
public struct LogGap: Sendable, Equatable {
    public var beforeSeq: Int
    public var count: Int

    public init(beforeSeq: Int, count: Int) {
        self.beforeSeq = beforeSeq
        self.count = count
    }
}
