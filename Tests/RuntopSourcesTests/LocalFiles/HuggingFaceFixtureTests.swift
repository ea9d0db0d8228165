import Foundation
import RuntopCore
import RuntopSources
import Testing

@Suite("Hugging Face Trainer fixture")
struct HuggingFaceFixtureTests {
    static let relative = "hf_trainer/whisper_seq2seq_trainer_state.json"

    private func drive() async throws -> StoreDriver {
        let path = LocalFilesFixtures.path(Self.relative)
        let source = try LocalFilesSource(paths: [path])
        var driver = StoreDriver(source: source, id: JobID(path))
        try await driver.poll()
        return driver
    }

    @Test func whisperStateGivesTwoHundredTrainAndFiveEvalPoints() async throws {
        let driver = try await drive()
        let held = driver.heldSeries()
        #expect(held[SeriesName.loss]?.count == 200)
        #expect(held[SeriesName.loss]?.keys.sorted() == Array(stride(from: 25, through: 5000, by: 25)))
        #expect(held[SeriesName.loss]?[25] == 0.3048)
        #expect(held[SeriesName.learningRate]?.count == 200)
        #expect(held[SeriesName.learningRate]?[5000] == 8.88888888888889e-09)
        #expect(held[SeriesName.validationLoss]?.keys.sorted() == [1000, 2000, 3000, 4000, 5000])
        #expect(held[SeriesName.validationLoss]?[1000] == 0.320997953414917)
        #expect(held["eval_wer"]?.count == 5)
        #expect(held["eval_wer"]?[3000] == 0.7431560204762965)
        #expect(held["eval_runtime"]?.count == 5)
        // The final summary is not a training step.
        #expect(held["train_runtime"] == nil)
        #expect(held["train_loss"] == nil)
        #expect(held["total_flos"] == nil)
        #expect(
            Set(held.keys) == [
                SeriesName.loss, SeriesName.learningRate, "epoch", SeriesName.validationLoss, "eval_runtime",
                "eval_samples_per_second", "eval_steps_per_second", "eval_wer",
            ])
    }

    @Test func whisperRunIsFinishedWithItsSummaryAsResult() async throws {
        let driver = try await drive()
        let job = try #require(driver.store.job(driver.id))
        #expect(job.kind == "hf-trainer")
        #expect(job.name == "whisper_seq2seq")
        #expect(job.status == .succeeded)
        #expect(job.currentStep == 5000)
        #expect(job.totalSteps == 5000)
        let result = try #require(driver.store.detail(driver.id)?.result)
        #expect(result.lossFinal == 0.0002)
        #expect(result.scalars.contains(NamedValue(name: "train_runtime", value: 77350.9963)))
        #expect(result.scalars.contains(NamedValue(name: "train_loss", value: 0.01890342615880072)))
        #expect(result.scalars.contains(NamedValue(name: "best_metric", value: 0.7431560204762965)))
    }

    @Test func bestCheckpointIsListed() async throws {
        let driver = try await drive()
        let artifacts = try #require(driver.store.detail(driver.id)?.artifacts)
        #expect(artifacts.checkpoints.map(\.step) == [3000])
        #expect(
            artifacts.checkpoints.first?.path == "/storage/elsayedissa/whisper-large-v2-japanese-24h/checkpoint-3000")
        #expect(artifacts.refs.contains { $0.label == "best checkpoint" && $0.value.hasSuffix("checkpoint-3000") })
    }
}
