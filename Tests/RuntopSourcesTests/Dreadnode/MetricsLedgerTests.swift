import RuntopCore
import RuntopSources
import Testing

/// Client-side diffing of re-fetched embedded series.
@Suite("Metrics ledger")
struct MetricsLedgerTests {
    static func series(_ steps: ClosedRange<Int>, scale: Double = 1) -> [MetricSample] {
        steps.map { MetricSample(step: $0, value: Double($0) * scale) }
    }

    @Test func repeatedPollsDeliverEachSampleOnce() {
        var ledger = MetricsLedger()
        let reading = [SeriesName.loss: Self.series(1...5)]
        let first = ledger.delta(reading, sinceStep: nil)
        let second = ledger.delta(reading, sinceStep: 5)
        let third = ledger.delta(reading, sinceStep: 5)
        #expect(first == reading)
        #expect(second.isEmpty && third.isEmpty)
    }

    @Test func aGrowingSeriesDeliversOnlyItsNewTail() {
        var ledger = MetricsLedger()
        _ = ledger.delta([SeriesName.loss: Self.series(1...5)], sinceStep: nil)
        let delta = ledger.delta([SeriesName.loss: Self.series(1...8)], sinceStep: 5)
        #expect(delta == [SeriesName.loss: Self.series(6...8)])
        #expect(ledger.attempt == 0)
    }

    @Test func aLaggingSeriesFilledInAtAnOldStepIsStillDelivered() {
        var ledger = MetricsLedger()
        let validationBefore = [MetricSample(step: 2, value: 1.6)]
        _ = ledger.delta(
            [SeriesName.loss: Self.series(1...4), SeriesName.validationLoss: validationBefore], sinceStep: nil)
        let validationAfter = validationBefore + [MetricSample(step: 4, value: 1.1)]
        let delta = ledger.delta(
            [SeriesName.loss: Self.series(1...4), SeriesName.validationLoss: validationAfter], sinceStep: 4)
        #expect(delta == [SeriesName.validationLoss: [MetricSample(step: 4, value: 1.1)]])
    }

    @Test func aSeriesChangedInTheMiddleIsDeliveredAgainWhole() {
        var ledger = MetricsLedger()
        _ = ledger.delta(
            [SeriesName.loss: Self.series(1...4), SeriesName.learningRate: Self.series(1...4)], sinceStep: nil)
        var changed = Self.series(1...4)
        changed[1].value = 42
        let delta = ledger.delta([SeriesName.loss: changed, SeriesName.learningRate: Self.series(1...4)], sinceStep: 4)
        #expect(delta == [SeriesName.loss: changed])
        #expect(ledger.attempt == 0)
    }

    @Test func aShrunkSeriesIsARestartDeliveredWholeUnderANewAttempt() {
        var ledger = MetricsLedger()
        _ = ledger.delta([SeriesName.loss: Self.series(1...50)], sinceStep: nil)
        let restarted = [SeriesName.loss: Self.series(1...3, scale: 2)]
        let delta = ledger.delta(restarted, sinceStep: 50)
        #expect(delta == restarted)
        #expect(ledger.attempt == 1)
        let next = ledger.delta([SeriesName.loss: Self.series(1...4, scale: 2)], sinceStep: 3)
        #expect(next == [SeriesName.loss: [MetricSample(step: 4, value: 8)]])
        #expect(ledger.attempt == 1)
    }

    @Test func seriesEmptiedByARetryCountAsARestart() {
        var ledger = MetricsLedger()
        _ = ledger.delta([SeriesName.loss: Self.series(1...5)], sinceStep: nil)
        let emptied = ledger.observe([:])
        let again = ledger.observe([:])
        #expect(emptied && ledger.attempt == 1)
        #expect(!again, "one retry is one restart")
    }

    @Test func aCallerBehindTheLedgerGetsTheLostSamplesAgain() {
        var ledger = MetricsLedger()
        _ = ledger.delta([SeriesName.loss: Self.series(1...5)], sinceStep: nil)
        // The response carrying 6...8 was dropped by the poller: it still holds only up to 5.
        _ = ledger.delta([SeriesName.loss: Self.series(1...8)], sinceStep: 5)
        let caughtUp = ledger.delta([SeriesName.loss: Self.series(1...9)], sinceStep: 5)
        #expect(caughtUp == [SeriesName.loss: Self.series(6...9)])
    }

    @Test func aCallerWithNothingGetsEverything() {
        var ledger = MetricsLedger()
        let reading = [SeriesName.loss: Self.series(1...5)]
        _ = ledger.delta(reading, sinceStep: nil)
        let again = ledger.delta(reading, sinceStep: nil)
        #expect(again == reading)
    }

    @Test func nanValuesDoNotLookLikeChanges() {
        var ledger = MetricsLedger()
        let reading = [SeriesName.loss: [MetricSample(step: 1, value: .nan), MetricSample(step: 2, value: 1)]]
        _ = ledger.delta(reading, sinceStep: nil)
        let again = ledger.delta(reading, sinceStep: 2)
        #expect(again.isEmpty)
    }
}
