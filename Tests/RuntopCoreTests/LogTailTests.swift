import Testing

@testable import RuntopCore

@Suite struct LogTailTests {
    private static func lines(_ seqs: some Sequence<Int>, prefix: String = "line") -> [LogLine] {
        seqs.map { LogLine(seq: $0, text: "\(prefix) \($0)") }
    }

    @Test func linesAreOrderedBySequenceNumber() {
        var tail = LogTail(capacity: 100)
        #expect(tail.merge(Self.lines([3, 1, 2])) == 3)
        #expect(tail.merge(Self.lines([6, 4, 5])) == 3)
        #expect(tail.lines.map(\.seq) == [1, 2, 3, 4, 5, 6])
        #expect(tail.firstSeq == 1 && tail.lastSeq == 6 && tail.count == 6)
    }

    @Test func aSequenceNumberAlreadyHeldIsKeptAsIs() {
        var tail = LogTail(capacity: 100)
        tail.merge(Self.lines([1, 2, 3], prefix: "first"))
        #expect(tail.merge(Self.lines([2, 3, 4], prefix: "second")) == 1)
        #expect(tail.lines.map(\.text) == ["first 1", "first 2", "first 3", "second 4"])
        #expect(tail.merge(Self.lines([2, 2, 2])) == 0)
        #expect(tail.count == 4)
    }

    @Test func capKeepsTheNewestLinesAndCountsEvictions() {
        var tail = LogTail(capacity: 3)
        tail.merge(Self.lines(1...10))
        #expect(tail.lines.map(\.seq) == [8, 9, 10])
        #expect(tail.evictedCount == 7)
        tail.merge(Self.lines(11...12))
        #expect(tail.lines.map(\.seq) == [10, 11, 12])
        #expect(tail.evictedCount == 9)
    }

    @Test func lineOlderThanEverythingHeldIsEvictedAtOnceWhileFull() {
        var tail = LogTail(capacity: 3)
        tail.merge(Self.lines(5...7))
        tail.merge(Self.lines([1]))
        #expect(tail.lines.map(\.seq) == [5, 6, 7])
        #expect(tail.evictedCount == 1)
        // Delivered again, it is not counted twice.
        tail.merge(Self.lines([1]))
        #expect(tail.evictedCount == 1)
    }

    @Test func redeliveredEvictedLinesAreNotCountedTwice() {
        var tail = LogTail(capacity: 3)
        tail.merge(Self.lines(1...6))
        tail.merge(Self.lines(1...6))
        #expect(tail.evictedCount == 3)
        #expect(tail.lines.map(\.seq) == [4, 5, 6])
    }

    @Test func capacityIsAtLeastOne() {
        var tail = LogTail(capacity: 0)
        tail.merge(Self.lines(1...3))
        #expect(tail.capacity == 1 && tail.lines.map(\.seq) == [3])
    }

    @Test func gapsReportLinesMissingBetweenHeldOnes() {
        var tail = LogTail(capacity: 100)
        tail.merge(Self.lines([1, 2, 5, 6, 9]))
        #expect(tail.gaps == [LogGap(beforeSeq: 5, count: 2), LogGap(beforeSeq: 9, count: 2)])
        #expect(tail.missingBefore(index: 0) == 0)
        #expect(tail.missingBefore(index: 1) == 0)
        #expect(tail.missingBefore(index: 2) == 2)
        #expect(tail.missingBefore(index: 4) == 2)
        #expect(tail.missingBefore(index: 5) == 0)
        tail.merge(Self.lines([3, 4, 7, 8]))
        #expect(tail.gaps.isEmpty)
    }

    @Test func sinceCursorRevealsLinesSkippedBeforeTheFirst() {
        var tail = LogTail(capacity: 100)
        tail.merge(Self.lines([10, 11]), since: 3)
        #expect(tail.missingBeforeFirst == 6)
        #expect(tail.missingBefore(index: 0) == 6)
        #expect(tail.gaps == [LogGap(beforeSeq: 10, count: 6)])
        tail.merge(Self.lines(4...9), since: 3)
        #expect(tail.gaps.isEmpty)
    }

    @Test func withoutACursorNothingIsKnownBeforeTheFirstLine() {
        var tail = LogTail(capacity: 100)
        tail.merge(Self.lines([1841, 1842]))
        #expect(tail.missingBeforeFirst == 0 && tail.gaps.isEmpty)
    }

    @Test func evictedLinesAreNotReportedAsGaps() {
        var tail = LogTail(capacity: 3)
        tail.merge(Self.lines(1...10), since: 0)
        #expect(tail.gaps.isEmpty)
        #expect(tail.missingBeforeFirst == 0)
        // A server gap right after the evicted part is still a gap.
        var gappy = LogTail(capacity: 3)
        gappy.merge(Self.lines([1, 2, 3, 4, 5, 8, 9]), since: 0)
        #expect(gappy.lines.map(\.seq) == [5, 8, 9])
        #expect(gappy.gaps == [LogGap(beforeSeq: 8, count: 2)])
        var leading = LogTail(capacity: 2)
        leading.merge(Self.lines([1, 2, 3, 7]), since: 0)
        #expect(leading.lines.map(\.seq) == [3, 7])
        #expect(leading.missingBeforeFirst == 0)
        leading.merge(Self.lines([9]), since: 7)
        #expect(leading.lines.map(\.seq) == [7, 9])
        #expect(leading.missingBeforeFirst == 3)
    }

    @Test func insertionIndexIsTheFirstLineNotBelow() {
        var tail = LogTail(capacity: 100)
        tail.merge(Self.lines([10, 20, 30]))
        #expect(tail.insertionIndex(of: 5) == 0)
        #expect(tail.insertionIndex(of: 20) == 1)
        #expect(tail.insertionIndex(of: 31) == 3)
    }

    @Test(arguments: 0..<50)
    func anyDeliveryOrderGivesTheSameTail(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let capacity = Int.random(in: 1...60, using: &random)
        let all = Array(1...Int.random(in: 1...200, using: &random))
        var tail = LogTail(capacity: capacity)
        // Deliver ascending windows, some duplicated and overlapping, as a poller would.
        var next = 0
        while next < all.count {
            let size = Int.random(in: 1...20, using: &random)
            let overlap = Int.random(in: 0...min(next, 5), using: &random)
            let window = Array(all[(next - overlap)..<min(next + size, all.count)])
            let shuffled = window.shuffled(using: &random)
            tail.merge(Self.lines(shuffled))
            if random.chance(0.2) { tail.merge(Self.lines(window)) }
            next += size
        }
        let expected = Array(all.suffix(capacity))
        #expect(tail.lines.map(\.seq) == expected)
        #expect(tail.evictedCount == all.count - expected.count)
    }
}
