import DequeModule

/// A job's log lines, ordered and de-duplicated by sequence number, capped to the most recent ``capacity``.
///
/// Lines the server never delivered (its tail is capped too) show up as gaps between held sequence numbers;
/// see ``gaps``. Lines evicted by the cap are counted in ``evictedCount``.
public struct LogTail: Sendable {
    /// The most lines held; older ones are evicted first.
    public let capacity: Int
    public private(set) var lines: Deque<LogLine> = []
    /// Lines dropped by the cap since the tail was created.
    public private(set) var evictedCount = 0

    public init(capacity: Int = 50_000) { self.capacity = max(1, capacity) }

    public var count: Int { lines.count }
    public var isEmpty: Bool { lines.isEmpty }
    public var lastSeq: Int? { lines.last?.seq }
    public var firstSeq: Int? { lines.first?.seq }

    /// Merges lines in any order; returns how many were new. A sequence number already held is kept as is.
    @discardableResult
    public mutating func merge(_ incoming: [LogLine]) -> Int {
        var added = 0
        for line in incoming {
            if let last = lines.last?.seq, line.seq <= last {
                let index = insertionIndex(of: line.seq)
                if index < lines.count, lines[index].seq == line.seq { continue }
                // Older than anything held while the tail is full: it would be evicted at once.
                if index == 0, lines.count >= capacity { continue }
                lines.insert(line, at: index)
            } else {
                lines.append(line)
            }
            added += 1
        }
        if lines.count > capacity {
            let excess = lines.count - capacity
            lines.removeFirst(excess)
            evictedCount += excess
        }
        return added
    }

    /// Sequence numbers missing between held lines: each entry says "`count` lines before `beforeSeq`".
    public var gaps: [LogGap] {
        var result: [LogGap] = []
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
