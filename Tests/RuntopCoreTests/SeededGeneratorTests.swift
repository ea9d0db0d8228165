import Testing

@Suite struct SeededGeneratorTests {
    @Test func sameSeedReplaysTheSameSequence() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        let a = (0..<8).map { _ in first.next() }
        let b = (0..<8).map { _ in second.next() }
        #expect(a == b)
    }

    @Test func differentSeedsDiverge() {
        var first = SeededGenerator(seed: 1)
        var second = SeededGenerator(seed: 2)
        #expect(first.next() != second.next())
    }
}
