import RuntopSources
import Testing

/// Numbering a log that has no sequence numbers, across polls.
@Suite("Log sequencer")
struct LogSequencerTests {
    @Test func entriesAreNumberedByPositionAndKeepTheirNumbersAsTheLogGrows() {
        var sequencer = LogSequencer()
        do {
            let numbers = sequencer.sequence(["a", "b"])
            #expect(numbers == [0, 1])
        }
        do {
            let numbers = sequencer.sequence(["a", "b", "c"])
            #expect(numbers == [0, 1, 2])
        }
        do {
            let numbers = sequencer.sequence(["a", "b", "c"])
            #expect(numbers == [0, 1, 2])
        }
    }

    @Test func aDroppedHeadKeepsTheNumbersOfTheEntriesThatRemain() {
        var sequencer = LogSequencer()
        _ = sequencer.sequence(["a", "b", "c", "d"])
        do {
            let numbers = sequencer.sequence(["c", "d", "e"])
            #expect(numbers == [2, 3, 4])
        }
    }

    @Test func aReplacedLogIsNumberedAfterEverythingSeenBefore() {
        var sequencer = LogSequencer()
        _ = sequencer.sequence(["a", "b", "c"])
        do {
            let numbers = sequencer.sequence(["x", "y"])
            #expect(numbers == [3, 4])
        }
    }

    @Test func anEmptiedLogStillContinuesTheNumbering() {
        var sequencer = LogSequencer()
        _ = sequencer.sequence(["a", "b"])
        do {
            let numbers = sequencer.sequence([])
            #expect(numbers == [])
        }
        do {
            let numbers = sequencer.sequence(["a"])
            #expect(numbers == [2])
        }
    }
}
