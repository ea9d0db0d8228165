import Foundation
import RuntopCore
import RuntopSources
import Testing

@Suite("tinker-cookbook fixtures")
struct TinkerFixtureTests {
    /// Loads one fixture file through the source and the store.
    private func drive(_ relative: String, now: Date = Date()) async throws -> StoreDriver {
        let path = LocalFilesFixtures.path(relative)
        let source = try LocalFilesSource(paths: [path], now: { now })
        var driver = StoreDriver(source: source, id: JobID(path))
        try await driver.poll()
        return driver
    }

    @Test func supervisedDistillationHoldsEveryStepWithLossFromTrainMeanNLL() async throws {
        let relative = "tinker_cookbook/sl_distillation_off_metrics.jsonl"
        let driver = try await drive(relative)
        let held = driver.heldSeries()
        let expected = try LocalFilesFixtures.expectedSeries(
            relative,
            renames: ["train_mean_nll": SeriesName.loss, "learning_rate": SeriesName.learningRate])
        LocalFilesFixtures.expectSameSeries(held, expected)
        let loss = try #require(driver.store.detail(driver.id)?.metrics[SeriesName.loss])
        #expect(loss.count == 683)
        #expect(loss.firstStep == 0)
        #expect(loss.lastStep == 682)
        #expect(loss.values.first == 1.7905648946762085)
        #expect(held["train_mean_nll"] == nil)
        #expect(held["num_tokens"]?.count == 683)
        #expect(held.keys.contains("time/total"))

        let job = try #require(driver.store.job(driver.id))
        #expect(job.kind == "tinker-sft")
        #expect(job.name == "sl_distillation_off")
        #expect(job.currentStep == 683)
        #expect(job.totalSteps == 12000)
        #expect(job.retries == 0)
    }

    @Test func arithmeticRLHasRewardAndLearningRateSeriesAndFinishes() async throws {
        let relative = "tinker_cookbook/rl_arithmetic_metrics.jsonl"
        let driver = try await drive(relative)
        let held = driver.heldSeries()
        let expected = try LocalFilesFixtures.expectedSeries(
            relative,
            renames: ["env/all/reward/total": SeriesName.reward, "optim/lr": SeriesName.learningRate])
        LocalFilesFixtures.expectSameSeries(held, expected)
        #expect(held.count == 25)
        #expect(held[SeriesName.reward]?.count == 100)
        #expect(held[SeriesName.reward]?.keys.sorted() == Array(0...99))
        #expect(held[SeriesName.reward]?[99] == 1.0)
        #expect(held[SeriesName.learningRate]?[0] == 0.0001)
        #expect(held["time/run_evals"]?.keys.sorted() == [0, 20, 40, 60, 80])

        let job = try #require(driver.store.job(driver.id))
        #expect(job.kind == "tinker-rl")
        #expect(job.status == .succeeded)
        #expect(job.currentStep == 100)
        #expect(job.totalSteps == 100)
        let result = try #require(driver.store.detail(driver.id)?.result)
        #expect(result.scalars.first == NamedValue(name: SeriesName.learningRate, value: 0.0001))
        #expect(result.scalars.contains(NamedValue(name: SeriesName.reward, value: 1.0)))
        #expect(result.scalars.count == 24)
    }

    @Test func arithmeticCheckpointsBecomeSixRefsWithTinkerPaths() async throws {
        let driver = try await drive("tinker_cookbook/rl_arithmetic_metrics.jsonl")
        let artifacts = try #require(driver.store.detail(driver.id)?.artifacts)
        #expect(artifacts.checkpoints.count == 6)
        #expect(artifacts.checkpoints.map(\.step) == [20, 40, 60, 80, 100, 100])
        #expect(artifacts.checkpoints.map(\.name) == ["000020", "000040", "000060", "000080", "000100", "final"])
        #expect(
            artifacts.checkpoints.allSatisfy { $0.path.hasPrefix("tinker://") && $0.path.contains("/sampler_weights/") }
        )
        #expect(
            artifacts.refs.contains(
                LabelledRef(
                    label: "latest state",
                    value: "tinker://39aa5eb2-e234-5a95-ab68-896e4cac8c45:train:0/weights/final")))
        #expect(artifacts.internalFields.count == 6)
        let job = try #require(driver.store.job(driver.id))
        #expect(job.lastCheckpointStep == 100)
        let checkpointEvents = try #require(driver.store.detail(driver.id)?.events).filter { $0.kind == "checkpoint" }
        #expect(checkpointEvents.count == 6)
        #expect(checkpointEvents.first?.fields["step"] == "20")
    }

    @Test func rubricRunCarriesEvalKeysAtStepZeroOnly() async throws {
        let relative = "tinker_cookbook/rl_rubric_with_eval_metrics.jsonl"
        let driver = try await drive(relative)
        let held = driver.heldSeries()
        let expected = try LocalFilesFixtures.expectedSeries(
            relative,
            renames: ["env/all/reward/total": SeriesName.reward, "optim/lr": SeriesName.learningRate])
        LocalFilesFixtures.expectSameSeries(held, expected)
        let evalSeries = held.keys.filter { $0.hasPrefix("test/") }
        #expect(evalSeries.count == 14)
        #expect(evalSeries.allSatisfy { held[$0]?.keys.sorted() == [0] })
        #expect(held["test/env/all/reward/total"]?[0] == 0.6097216080871479)
        #expect(held[SeriesName.reward]?.keys.sorted() == Array(0...6))

        let job = try #require(driver.store.job(driver.id))
        #expect(job.totalSteps == 57)
        #expect(job.status != .succeeded)
        #expect(driver.store.detail(driver.id)?.result == nil)
    }

    @Test func unfinishedRunIsRunningWhileItsFileIsFreshAndStaleAfter() async throws {
        let path = LocalFilesFixtures.path("tinker_cookbook/rl_rubric_with_eval_metrics.jsonl")
        let modified = try #require(
            try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        let fresh = try LocalFilesSource(paths: [path], now: { modified.addingTimeInterval(60) })
        #expect(try await fresh.job(JobID(path)).status == .running)
        // Its steps took ~390 s each, so ten minutes of silence is still a step in progress…
        let slow = try LocalFilesSource(paths: [path], now: { modified.addingTimeInterval(600) })
        #expect(try await slow.job(JobID(path)).status == .running)
        // …but a day is not.
        let stale = try LocalFilesSource(paths: [path], now: { modified.addingTimeInterval(86_400) })
        #expect(try await stale.job(JobID(path)).status == .other("stale"))
    }

    @Test func fixtureDirectoryListsOneJobPerMetricsFile() async throws {
        let source = try LocalFilesSource(paths: [LocalFilesFixtures.path("tinker_cookbook")])
        let jobs = try await source.listJobs()
        #expect(jobs.map(\.name) == ["rl_arithmetic", "rl_rubric_with_eval", "sl_distillation_off"])
        #expect(jobs.map(\.kind) == ["tinker-rl", "tinker-rl", "tinker-sft"])
    }
}
