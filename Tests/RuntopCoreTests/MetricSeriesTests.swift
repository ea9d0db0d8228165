import Testing

@testable import RuntopCore

@Suite struct MetricSeriesTests {
    private static func samples(_ pairs: [(Int, Double)]) -> [MetricSample] {
        pairs.map { MetricSample(step: $0.0, value: $0.1) }
    }

    /// A series built from `samples` sorted by step in one batch: the reference every other path must equal.
    private static func reference(_ samples: [MetricSample], weight: Double = 0.6) -> MetricSeries {
        var byStep: [Int: Double] = [:]
        for sample in samples { byStep[sample.step] = sample.value }
        var series = MetricSeries(smoothingWeight: weight)
        series.merge(byStep.keys.sorted().map { MetricSample(step: $0, value: byStep[$0]!) })
        return series
    }

    private static func expectSameContent(_ actual: MetricSeries, _ expected: MetricSeries) {
        #expect(actual.steps == expected.steps)
        #expect(actual.values.map(\.bitPattern) == expected.values.map(\.bitPattern))
        #expect(actual.smoothed.map(\.bitPattern) == expected.smoothed.map(\.bitPattern))
        if let first = expected.firstStep, let last = expected.lastStep {
            for smoothed in [false, true] {
                let a = actual.summary(steps: first...last, smoothed: smoothed)
                let b = expected.summary(steps: first...last, smoothed: smoothed)
                #expect(a.finiteCount == b.finiteCount)
                if !b.isEmpty {
                    #expect(a.minimum == b.minimum && a.maximum == b.maximum && a.last == b.last)
                }
            }
        }
    }

    @Test func appendingAscendingStepsTakesTheFastPath() {
        var series = MetricSeries()
        #expect(series.merge(Self.samples([(1, 1), (2, 2), (3, 3)])) == 3)
        #expect(series.merge(Self.samples([(4, 4), (5, 5)])) == 2)
        #expect(series.steps == [1, 2, 3, 4, 5])
        #expect(series.values == [1, 2, 3, 4, 5])
        #expect(series.smoothed.count == 5)
        #expect(series.firstStep == 1 && series.lastStep == 5)
    }

    @Test func repeatedStepReplacesTheHeldValue() {
        var series = MetricSeries()
        series.merge(Self.samples([(1, 1), (2, 2), (3, 3)]))
        let outcome = series.mergeCountingChanges(Self.samples([(2, 20)]))
        #expect(outcome.added == 0 && outcome.replaced == 1)
        #expect(series.count == 3)
        #expect(series.value(atStep: 2) == 20)
        Self.expectSameContent(series, Self.reference(Self.samples([(1, 1), (2, 20), (3, 3)])))
    }

    @Test func redeliveringTheSameSamplesChangesNothing() {
        var series = MetricSeries()
        series.merge(Self.samples([(1, 1), (2, .nan), (3, 3)]))
        let outcome = series.mergeCountingChanges(Self.samples([(1, 1), (2, .nan), (3, 3)]))
        #expect(outcome.added == 0 && outcome.replaced == 0)
    }

    @Test func repeatedStepWithinOneBatchKeepsTheLastValue() {
        var series = MetricSeries()
        series.merge(Self.samples([(1, 1), (1, 5), (2, 2)]))
        #expect(series.steps == [1, 2])
        #expect(series.value(atStep: 1) == 5)
    }

    @Test func outOfOrderSamplesAreInsertedInStepOrder() {
        var series = MetricSeries()
        #expect(series.merge(Self.samples([(5, 5), (1, 1), (3, 3)])) == 3)
        #expect(series.merge(Self.samples([(4, 4), (2, 2), (6, 6)])) == 3)
        #expect(series.steps == [1, 2, 3, 4, 5, 6])
        Self.expectSameContent(series, Self.reference(Self.samples((1...6).map { ($0, Double($0)) })))
    }

    @Test(arguments: 0..<40)
    func anyBatchingAndOrderGivesTheSameSeries(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 1...300, using: &random)
        let all = (0..<count).map { _ in
            MetricSample(step: Int.random(in: 0...400, using: &random), value: random.metricValue())
        }
        var series = MetricSeries()
        var index = 0
        while index < all.count {
            let size = Int.random(in: 1...40, using: &random)
            series.merge(Array(all[index..<min(index + size, all.count)]))
            index += size
        }
        Self.expectSameContent(series, Self.reference(all))
    }

    @Test func truncateDropsEverySampleAfterTheStep() {
        var series = MetricSeries()
        series.merge(Self.samples((1...100).map { ($0, Double($0 % 7)) }))
        #expect(series.truncate(after: 40) == 60)
        #expect(series.lastStep == 40)
        Self.expectSameContent(series, Self.reference(Self.samples((1...40).map { ($0, Double($0 % 7)) })))
        #expect(series.truncate(after: 40) == 0)
        #expect(series.truncate(after: 1000) == 0)
        #expect(series.truncate(after: 0) == 40)
        #expect(series.isEmpty)
    }

    @Test func truncateThenAppendMatchesAFreshSeries() {
        var series = MetricSeries()
        series.merge(Self.samples((1...70).map { ($0, Double($0)) }))
        series.truncate(after: 33)
        series.merge(Self.samples((34...90).map { ($0, -Double($0)) }))
        let expected = (1...33).map { ($0, Double($0)) } + (34...90).map { ($0, -Double($0)) }
        Self.expectSameContent(series, Self.reference(Self.samples(expected)))
    }

    @Test func nonFiniteValuesAreKeptButSkippedBySummaries() {
        var series = MetricSeries()
        series.merge(Self.samples([(1, 1), (2, .nan), (3, .infinity), (4, -.infinity), (5, 3), (6, .nan)]))
        #expect(series.count == 6)
        #expect(series.value(atStep: 2)?.isNaN == true)
        #expect(series.value(atStep: 3) == .infinity)
        #expect(series.lastFiniteValue == 3)
        let summary = series.summary(steps: 1...6)
        #expect(summary.minimum == 1 && summary.maximum == 3 && summary.last == 3 && summary.finiteCount == 2)
        let smoothed = series.summary(steps: 1...6, smoothed: true)
        #expect(smoothed.finiteCount == 2)
        #expect(series.smoothed[1].isNaN && series.smoothed[2] == .infinity)
        #expect(series.summary(steps: 2...4).isEmpty)
    }

    @Test func summaryCoversOnlyStepsInsideTheRange() {
        var series = MetricSeries()
        series.merge(Self.samples([(10, 1), (20, 2), (30, 3)]))
        let middle = series.summary(steps: 15...25)
        #expect(middle.finiteCount == 1 && middle.last == 2)
        #expect(series.summary(steps: 31...40).isEmpty)
        #expect(series.summary(steps: 0...9).isEmpty)
        #expect(series.summary(steps: 20...Int.max).finiteCount == 2)
        #expect(MetricSeries().summary(steps: 0...10).isEmpty)
    }

    @Test func changingTheWeightRecomputesTheSmoothedColumn() {
        var series = MetricSeries(smoothingWeight: 0.6)
        let input = Self.samples((1...500).map { ($0, Double(($0 * 37) % 101)) })
        series.merge(input)
        let before = series.smoothed
        series.setSmoothing(weight: 0.95)
        #expect(series.smoothingWeight == 0.95)
        #expect(series.smoothed != before)
        Self.expectSameContent(series, Self.reference(input, weight: 0.95))
        series.setSmoothing(weight: 0)
        #expect(series.smoothed == series.values.map { Float($0) })
    }

    @Test func smoothedColumnFollowsTheDebiasedEMA() {
        var series = MetricSeries(smoothingWeight: 0.8)
        let values: [Double] = [4, .nan, 2, 8, .infinity, 1]
        series.merge(values.enumerated().map { MetricSample(step: $0.offset, value: $0.element) })
        var ema = DebiasedEMA(weight: 0.8)
        let expected = values.map { Float(ema.next($0)) }
        #expect(series.smoothed.map(\.bitPattern) == expected.map(\.bitPattern))
    }

    @Test func denseStepsAreFoundWithoutSearching() {
        var series = MetricSeries()
        series.merge(Self.samples((5...9).map { ($0, Double($0)) }))
        #expect([0, 5, 6, 9, 10, 100].map { series.insertionIndex(of: $0) } == [0, 0, 1, 4, 5, 5])
        #expect(series.value(atStep: 7) == 7 && series.value(atStep: 10) == nil)
        // A hole makes the steps sparse again.
        series.merge(Self.samples([(12, 12)]))
        #expect([9, 10, 12, 13].map { series.insertionIndex(of: $0) } == [4, 5, 5, 6])
    }

    @Test func insertionIndexFindsTheFirstStepNotBelow() {
        var series = MetricSeries()
        series.merge(Self.samples([(10, 0), (20, 0), (30, 0)]))
        #expect(series.insertionIndex(of: 5) == 0)
        #expect(series.insertionIndex(of: 10) == 0)
        #expect(series.insertionIndex(of: 11) == 1)
        #expect(series.insertionIndex(of: 30) == 2)
        #expect(series.insertionIndex(of: 31) == 3)
        #expect(series.value(atStep: 15) == nil)
    }
}
