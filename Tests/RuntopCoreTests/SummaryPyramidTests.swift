import Testing

@testable import RuntopCore

@Suite struct SummaryPyramidTests {
    /// Min, max, last finite value and finite count by looking at every value.
    private static func bruteForce(_ values: [Double], _ range: Range<Int>) -> BucketSummary {
        var summary = BucketSummary.empty
        for value in values[range] where value.isFinite {
            summary.minimum = min(summary.minimum, value)
            summary.maximum = max(summary.maximum, value)
            summary.last = value
            summary.finiteCount += 1
        }
        return summary
    }

    private static func expectEqual(_ actual: BucketSummary, _ expected: BucketSummary, _ context: String) {
        #expect(actual.finiteCount == expected.finiteCount, "\(context)")
        guard expected.finiteCount > 0 else { return }
        #expect(actual.minimum == expected.minimum, "\(context)")
        #expect(actual.maximum == expected.maximum, "\(context)")
        #expect(actual.last == expected.last, "\(context)")
    }

    private static func checkRandomRanges(
        _ pyramid: SummaryPyramid, _ values: [Double], random: inout SeededGenerator, count: Int = 150
    ) {
        var ranges: [Range<Int>] = [0..<values.count]
        if !values.isEmpty { ranges.append(values.count - 1..<values.count) }
        for _ in 0..<count where !values.isEmpty {
            let lower = Int.random(in: 0...values.count, using: &random)
            let upper = Int.random(in: lower...values.count, using: &random)
            ranges.append(lower..<upper)
        }
        for range in ranges {
            expectEqual(pyramid.summary(of: range, values: values), bruteForce(values, range), "range \(range)")
        }
    }

    static let sizes = [0, 1, 2, 31, 32, 33, 63, 64, 65, 1023, 1024, 1025, 2047, 32 * 1024 + 1]

    @Test(arguments: sizes)
    func rebuiltPyramidMatchesBruteForce(size: Int) {
        var random = SeededGenerator(seed: UInt64(size) &+ 7)
        let values = (0..<size).map { _ in random.metricValue(nonFiniteRate: 0.1) }
        var pyramid = SummaryPyramid()
        pyramid.rebuild(from: 0, values: values)
        Self.checkRandomRanges(pyramid, values, random: &random)
    }

    @Test(arguments: sizes)
    func appendedPyramidMatchesBruteForce(size: Int) {
        var random = SeededGenerator(seed: UInt64(size) &+ 11)
        var values: [Double] = []
        var pyramid = SummaryPyramid()
        while values.count < size {
            let oldCount = values.count
            let batch = min(Int.random(in: 1...70, using: &random), size - oldCount)
            for _ in 0..<batch { values.append(random.metricValue(nonFiniteRate: 0.1)) }
            pyramid.appended(oldCount: oldCount, values: values)
        }
        Self.checkRandomRanges(pyramid, values, random: &random)
    }

    @Test(arguments: [33, 1025, 5000])
    func changeInTheMiddleRebuildsCorrectly(size: Int) {
        var random = SeededGenerator(seed: UInt64(size))
        var values = (0..<size).map { _ in random.metricValue() }
        var pyramid = SummaryPyramid()
        pyramid.rebuild(from: 0, values: values)
        for _ in 0..<5 {
            let index = Int.random(in: 0..<values.count, using: &random)
            values[index] = random.metricValue()
            pyramid.rebuild(from: index, values: values)
            Self.checkRandomRanges(pyramid, values, random: &random, count: 40)
        }
        // Shrinking (a truncation) drops the levels that are no longer needed.
        values.removeSubrange(20...)
        pyramid.rebuild(from: 20, values: values)
        Self.checkRandomRanges(pyramid, values, random: &random, count: 40)
    }

    @Test func floatColumnIsSummarisedLikeItsDoubleValues() {
        let values: [Float] = (0..<100).map { Float($0 % 13) - 6 }
        var pyramid = SummaryPyramid()
        pyramid.rebuild(from: 0, values: values)
        let summary = pyramid.summary(of: 5..<90, values: values)
        #expect(summary.minimum == -6 && summary.maximum == 6 && summary.finiteCount == 85)
        #expect(summary.last == Double(values[89]))
    }

    @Test func allNonFiniteRangeIsEmpty() {
        let values = [Double](repeating: .nan, count: 100)
        var pyramid = SummaryPyramid()
        pyramid.rebuild(from: 0, values: values)
        #expect(pyramid.summary(of: 0..<100, values: values).isEmpty)
    }

    @Test func outOfBoundsRangesAreClamped() {
        let values: [Double] = [1, 2, 3]
        var pyramid = SummaryPyramid()
        pyramid.rebuild(from: 0, values: values)
        #expect(pyramid.summary(of: -5..<10, values: values).finiteCount == 3)
    }
}
