import Foundation
import RuntopCore
import RuntopSources
import RuntopWire
import Testing

/// Reading the series and scalars a Dreadnode job embeds in `metrics` (seed 001 and API-NOTES).
@Suite("Dreadnode embedded metrics")
struct DreadnodeMetricsTests {
    /// Seed 001's SFT metrics example, verbatim (its `"..."` elisions included).
    static let seedSFTMetrics = #"""
        { "train/steps": 100, "train/num_examples": 5000, "train/num_tokens_processed": 1250000, "train/gradient_accumulation_steps": 1, "train/loss_last": 0.85, "train/loss_mean": 2.1, "train/loss_best": 0.81, "steps": [1, 2, 3, "...", 100], "train_loss": [4.2, 3.9, 3.7, "...", 0.85], "learning_rate": [0.0001, 0.0001, "..."], "val_loss": [null, null, "...", 0.92], "eval/num_examples": 500, "eval/loss": 0.92}
        """#

    static func decode(_ text: String) throws -> [String: JSONValue] {
        try JSONWire.decode([String: JSONValue].self, from: Data(text.utf8))
    }

    static func steps(_ samples: [MetricSample]?) -> [Int] { samples?.map(\.step) ?? [] }

    @Test func seedExampleGivesLossAndRateSeriesSkippingPlaceholders() throws {
        let metrics = DreadnodeMetrics(try Self.decode(Self.seedSFTMetrics))
        #expect(
            metrics.series[SeriesName.loss] == [
                MetricSample(step: 1, value: 4.2), MetricSample(step: 2, value: 3.9), MetricSample(step: 3, value: 3.7),
                MetricSample(step: 100, value: 0.85),
            ])
        #expect(Self.steps(metrics.series[SeriesName.learningRate]) == [1, 2])
        // The only validation value sits where the step axis has a placeholder: it has no step to go to.
        #expect(metrics.series[SeriesName.validationLoss] == nil)
        #expect(metrics.latestStep == 100)
    }

    @Test func seedExampleScalarsComeInSummaryGridOrder() throws {
        let metrics = DreadnodeMetrics(try Self.decode(Self.seedSFTMetrics))
        #expect(
            metrics.scalars.map(\.name) == [
                "train/steps", "train/num_examples", "train/num_tokens_processed", "train/loss_last", "train/loss_mean",
                "train/loss_best", "eval/loss", "eval/num_examples", "train/gradient_accumulation_steps",
            ])
        #expect(metrics.scalar("train/loss_best") == 0.81)
        #expect(metrics.scalar("eval/loss") == 0.92)
    }

    @Test func validationLossWithNullHolesKeepsOnlyTheEvaluatedSteps() throws {
        let metrics = DreadnodeMetrics(
            try Self.decode(
                #"{"steps": [1, 2, 3, 4], "train/loss": [2, 1.5, 1.2, 1], "val_loss": [null, 1.6, null, 1.1]}"#))
        #expect(
            metrics.series[SeriesName.validationLoss] == [
                MetricSample(step: 2, value: 1.6), MetricSample(step: 4, value: 1.1),
            ])
    }

    @Test func slashSpellingWinsOverLegacyAlias() throws {
        let metrics = DreadnodeMetrics(
            try Self.decode(
                #"{"steps": [5, 6], "train/loss": [1, 2], "train_loss": [9, 9], "train/learning_rate": [0.1, 0.2]}"#))
        #expect(metrics.series[SeriesName.loss]?.map(\.value) == [1, 2])
        #expect(metrics.series[SeriesName.learningRate]?.map(\.value) == [0.1, 0.2])
        #expect(metrics.series["train_loss"] == nil, "an alias is not also delivered under its own name")
    }

    @Test func evalStepsAndLossHistoryGiveValidationLoss() throws {
        let metrics = DreadnodeMetrics(
            try Self.decode(
                #"{"steps": [1, 2, 3], "train/loss": [3, 2, 1], "eval/steps": [2, 3], "eval/loss_history": [2.5, 1.5]}"#
            ))
        #expect(
            metrics.series[SeriesName.validationLoss] == [
                MetricSample(step: 2, value: 2.5), MetricSample(step: 3, value: 1.5),
            ])
    }

    @Test func epochsAxisIsUsedWhenThereAreNoSteps() throws {
        let metrics = DreadnodeMetrics(try Self.decode(#"{"epochs": [1, 2, 3], "train_loss": [3, 2, 1]}"#))
        #expect(Self.steps(metrics.series[SeriesName.loss]) == [1, 2, 3])
    }

    @Test func withoutAnAxisSamplesAreNumberedFromOne() throws {
        let metrics = DreadnodeMetrics(try Self.decode(#"{"train_loss": [3, 2, 1]}"#))
        #expect(Self.steps(metrics.series[SeriesName.loss]) == [1, 2, 3])
    }

    @Test func nonFiniteValuesWrittenAsStringsAreKept() throws {
        let metrics = DreadnodeMetrics(try Self.decode(#"{"steps": [1, 2, 3], "train_loss": [1, "NaN", "Infinity"]}"#))
        let values = try #require(metrics.series[SeriesName.loss]).map(\.value)
        #expect(values.count == 3 && values[1].isNaN && values[2] == .infinity)
    }

    @Test func otherNumericArraysBecomeSeriesUnderTheirOwnName() throws {
        let metrics = DreadnodeMetrics(
            try Self.decode(#"{"steps": [1, 2], "train/accuracy": [0.5, 0.6], "tags": ["a"]}"#))
        #expect(Self.steps(metrics.series["train/accuracy"]) == [1, 2])
        #expect(metrics.series["tags"] == nil)
    }

    @Test func reinforcementLearningScalarsOnlyGiveNoSeries() throws {
        let metrics = DreadnodeMetrics(
            try Self.decode(
                #"{"train/steps": 30, "train/num_rollouts": 480, "train/reward_mean": 0.4, "train/reward_max": 0.9, "train/reward_min": 0.1, "train/staleness": 1}"#
            ))
        #expect(metrics.series.isEmpty)
        #expect(
            metrics.scalars.map(\.name) == [
                "train/steps", "train/reward_mean", "train/reward_min", "train/reward_max", "train/num_rollouts",
                "train/staleness",
            ])
        #expect(metrics.latestStep == 30)
    }
}
