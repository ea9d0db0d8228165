import Foundation
import RuntopCore
import RuntopSources
import Testing

/// Files written while runtop watches them: each change goes through the source and `DataStore.apply`, and
/// the store must end holding exactly what the file says.
@Suite("Live tailing of trainer files")
struct LiveTailingTests {
    /// loss and lr per step for tinker rows written by ``tinkerRow(step:attempt:)``.
    private func tinkerTruth(_ rows: [(step: Int, attempt: Int)]) -> [String: [Int: Double]] {
        var truth: [String: [Int: Double]] = [:]
        for row in rows {
            truth[SeriesName.loss, default: [:]][row.step] = Double(row.step) + Double(row.attempt) / 10
            truth[SeriesName.learningRate, default: [:]][row.step] = 0.001
        }
        return truth
    }

    private func tinkerRun() throws -> (ScratchFile, StoreDriver) {
        let directory = try LocalFilesFixtures.scratchDirectory()
        let file = ScratchFile(directory, "metrics.jsonl")
        try file.append("")
        let source = try LocalFilesSource(paths: [directory.path])
        return (file, StoreDriver(source: source, id: JobID(file.path)))
    }

    @Test func appendedRowsArriveAndAPartialLineWaitsForItsNewline() async throws {
        var (file, driver) = try tinkerRun()
        try file.append((0...4).map { tinkerRow(step: $0) }.joined())
        let partial = tinkerRow(step: 5)
        try file.append(String(partial.prefix(20)))
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth((0...4).map { ($0, 0) }))

        try file.append(String(partial.dropFirst(20)) + tinkerRow(step: 6))
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth((0...6).map { ($0, 0) }))
        #expect(driver.store.job(driver.id)?.retries == 0)
        #expect(driver.store.job(driver.id)?.status == .running)
    }

    @Test func eachCallReadsOnlyWhatWasAppended() async throws {
        let (file, driver) = try tinkerRun()
        try file.append((0...2).map { tinkerRow(step: $0) }.joined())
        let first = try await driver.source.metrics(driver.id, sinceStep: nil, attempt: 0)
        #expect(first.series[SeriesName.loss]?.map(\.step) == [0, 1, 2])
        try file.append(tinkerRow(step: 3))
        let second = try await driver.source.metrics(driver.id, sinceStep: 2, attempt: 0)
        // The step at the cursor comes again (harmless), then only the new one.
        #expect(second.series[SeriesName.loss]?.map(\.step) == [2, 3])
        #expect(second.latestStep == 3)
        #expect(second.attempt == 0)
    }

    @Test func truncatedFileIsReadAgainFromTheStart() async throws {
        var (file, driver) = try tinkerRun()
        try file.append((0...9).map { tinkerRow(step: $0) }.joined())
        try await driver.poll()
        try file.rewrite((0...3).map { tinkerRow(step: $0, attempt: 1) }.joined())
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth((0...3).map { ($0, 1) }))
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 1)
        #expect(job.lastCheckpointStep == -1)
    }

    @Test func replacedFileIsReadAgainFromTheStart() async throws {
        var (file, driver) = try tinkerRun()
        try file.append((0...199).map { tinkerRow(step: $0) }.joined())
        try await driver.poll()
        // Written elsewhere and moved into place: a new inode, the same first 4 KiB, then other rows. Reading on
        // from the old offset would land mid-line.
        let replacement = file.path + ".tmp"
        let text =
            (0...149).map { tinkerRow(step: $0) }.joined()
            + (150...220).map { tinkerRow(step: $0, attempt: 2) }.joined()
        try text.write(toFile: replacement, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: file.path)
        try FileManager.default.moveItem(atPath: replacement, toPath: file.path)
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(
            driver.heldSeries(), tinkerTruth((0...149).map { ($0, 0) } + (150...220).map { ($0, 2) }))
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 1)
        #expect(job.lastCheckpointStep == 149)
    }

    @Test func stepsRestartingFromACheckpointReplaceTheOldAttemptAfterIt() async throws {
        var (file, driver) = try tinkerRun()
        try file.append((0...9).map { tinkerRow(step: $0) }.joined())
        try await driver.poll()
        // The trainer died after step 9 and resumed from its checkpoint at step 5.
        try file.append((5...7).map { tinkerRow(step: $0, attempt: 1) }.joined())
        try await driver.poll()
        let truth = (0...4).map { ($0, 0) } + (5...7).map { ($0, 1) }
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth(truth))
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 1)
        #expect(job.lastCheckpointStep == 5)
        #expect(driver.store.detail(driver.id)?.attempt == 1)
        let reclaim = try #require(driver.store.detail(driver.id)?.events.first { $0.kind == "reclaimed" })
        #expect(reclaim.fields["resume_step"] == "5")

        try file.append((8...12).map { tinkerRow(step: $0, attempt: 1) }.joined())
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth(truth + (8...12).map { ($0, 1) }))
        #expect(driver.store.job(driver.id)?.retries == 1)
    }

    @Test func stepsRestartingFromZeroSeenFirstByTheMetricsRequestReplaceTheOldAttempt() async throws {
        var (file, driver) = try tinkerRun()
        try file.append((0...9).map { tinkerRow(step: $0) }.joined())
        try await driver.poll()
        try file.append((0...3).map { tinkerRow(step: $0, attempt: 1) }.joined())
        // The metrics request reads the restart before any job summary reports it: the delta announces it.
        try await driver.fetchMetrics()
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth((0...3).map { ($0, 1) }))
        #expect(driver.store.detail(driver.id)?.attempt == 1)

        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth((0...3).map { ($0, 1) }))
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 1)
        #expect(job.lastCheckpointStep == 0)
    }

    @Test func twoRestartsBetweenPollsResumeFromTheEarlierStep() async throws {
        var (file, driver) = try tinkerRun()
        try file.append((0...9).map { tinkerRow(step: $0) }.joined())
        try await driver.poll()
        try file.append((3...6).map { tinkerRow(step: $0, attempt: 1) }.joined())
        _ = try await driver.source.metrics(driver.id, sinceStep: 9, attempt: 0)
        try file.append((5...6).map { tinkerRow(step: $0, attempt: 2) }.joined())
        try await driver.poll()
        let truth = (0...2).map { ($0, 0) } + (3...4).map { ($0, 1) } + (5...6).map { ($0, 2) }
        LocalFilesFixtures.expectSameSeries(driver.heldSeries(), tinkerTruth(truth))
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 2)
        #expect(job.lastCheckpointStep == 3)
    }

    @Test func lightningRewriteWithANewHeaderKeepsEverySample() async throws {
        let directory = try LocalFilesFixtures.scratchDirectory()
            .appendingPathComponent("lightning_logs/version_0", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = ScratchFile(directory, "metrics.csv")
        try file.append("epoch,step,train_loss\n0,0,2.5\n0,1,2.25\n0,2,2.0")
        let source = try LocalFilesSource(paths: [directory.deletingLastPathComponent().path])
        var driver = StoreDriver(source: source, id: JobID(file.path))
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(
            driver.heldSeries(), [SeriesName.loss: [0: 2.5, 1: 2.25], "epoch": [0: 0, 1: 0]])
        #expect(driver.store.job(driver.id)?.name == "lightning_logs/version_0")
        #expect(driver.store.job(driver.id)?.kind == "lightning")

        // A validation key appears: the logger rewrites the file in place under a wider header, then appends.
        try file.rewrite(
            "epoch,lr-AdamW,step,train_loss,val_loss\n0,,0,2.5,\n0,,1,2.25,\n0,,2,2.0,\n0,,2,,1.75\n0,0.001,3,1.5,\n")
        try await driver.poll()
        try file.append("1,0.001,4,1.25,\n1,,4,,1.125\n")
        try await driver.poll()
        LocalFilesFixtures.expectSameSeries(
            driver.heldSeries(),
            [
                SeriesName.loss: [0: 2.5, 1: 2.25, 2: 2.0, 3: 1.5, 4: 1.25],
                SeriesName.validationLoss: [2: 1.75, 4: 1.125],
                SeriesName.learningRate: [3: 0.001, 4: 0.001],
                "epoch": [0: 0, 1: 0, 2: 0, 3: 0, 4: 1],
            ])
        #expect(driver.store.job(driver.id)?.retries == 0)
    }

    @Test func rewrittenTrainerStateAddsTheNewEntries() async throws {
        let directory = try LocalFilesFixtures.scratchDirectory()
        let checkpoint = directory.appendingPathComponent("checkpoint-2", isDirectory: true)
        try FileManager.default.createDirectory(at: checkpoint, withIntermediateDirectories: true)
        func state(_ entries: [String], step: Int) -> String {
            "{\"global_step\": \(step), \"max_steps\": 4, \"log_history\": [\(entries.joined(separator: ","))]}"
        }
        let train = (1...4).map {
            "{\"step\": \($0), \"loss\": \(Double($0) / 2), \"learning_rate\": 0.1, \"grad_norm\": NaN}"
        }
        let eval = "{\"step\": 2, \"eval_loss\": 0.75, \"eval_accuracy\": 0.5}"
        try state(Array(train[0...1]) + [eval], step: 2).write(
            to: checkpoint.appendingPathComponent("trainer_state.json"), atomically: true, encoding: .utf8)
        let source = try LocalFilesSource(paths: [directory.path])
        var driver = StoreDriver(source: source, id: JobID(directory.appendingPathComponent("trainer_state.json").path))
        try await driver.poll()
        #expect(driver.heldSeries()[SeriesName.loss] == [1: 0.5, 2: 1.0])
        #expect(driver.store.job(driver.id)?.status == .running)
        #expect(driver.store.detail(driver.id)?.artifacts.checkpoints.map(\.name) == ["checkpoint-2"])

        // The next checkpoint: a newer state file in a new folder.
        let later = directory.appendingPathComponent("checkpoint-4", isDirectory: true)
        try FileManager.default.createDirectory(at: later, withIntermediateDirectories: true)
        try state(train + [eval], step: 4).write(
            to: later.appendingPathComponent("trainer_state.json"), atomically: true, encoding: .utf8)
        try await driver.poll()
        let held = driver.heldSeries()
        #expect(held[SeriesName.loss] == [1: 0.5, 2: 1.0, 3: 1.5, 4: 2.0])
        #expect(held[SeriesName.validationLoss] == [2: 0.75])
        #expect(held["eval_accuracy"] == [2: 0.5])
        #expect(held[SeriesName.gradientNorm]?.count == 4)
        #expect(held[SeriesName.gradientNorm]?.values.allSatisfy(\.isNaN) == true)
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 0)
        #expect(job.status == .succeeded)
        #expect(job.currentStep == 4)
        #expect(driver.store.detail(driver.id)?.artifacts.checkpoints.map(\.step) == [2, 4])
    }

    @Test func trainerStateRewrittenWithFewerEntriesDropsTheLostSteps() async throws {
        let directory = try LocalFilesFixtures.scratchDirectory()
        let file = ScratchFile(directory, "trainer_state.json")
        func state(through last: Int) -> String {
            let entries = (1...last).map { "{\"step\": \($0), \"loss\": \(Double($0) / 4)}" }
            return "{\"global_step\": \(last), \"max_steps\": 10, \"log_history\": [\(entries.joined(separator: ","))]}"
        }
        try file.append(state(through: 6))
        let source = try LocalFilesSource(paths: [file.path])
        var driver = StoreDriver(source: source, id: JobID(file.path))
        try await driver.poll()
        #expect(driver.heldSeries()[SeriesName.loss]?.count == 6)

        // Training resumed from the checkpoint at step 3: the state file starts over from there.
        try file.rewrite(state(through: 3))
        try await driver.poll()
        #expect(driver.heldSeries()[SeriesName.loss] == [1: 0.25, 2: 0.5, 3: 0.75])
        let job = try #require(driver.store.job(driver.id))
        #expect(job.retries == 1)
        #expect(job.lastCheckpointStep == 3)
        #expect(job.currentStep == 3)
    }

    @Test func logBesideTheMetricsIsTailedWithLineNumbersAsSequence() async throws {
        var (file, driver) = try tinkerRun()
        let log = ScratchFile(URL(fileURLWithPath: file.path).deletingLastPathComponent(), "logs.log")
        try log.append("2025-01-01 12:00:00 - INFO - starting\nstep 0 done\nhalf a li")
        try await driver.poll()
        #expect(driver.store.detail(driver.id)?.logs.lines.map(\.seq) == [1, 2])
        #expect(driver.store.detail(driver.id)?.logs.lines.first?.stream == "info")
        try log.append("ne\n2025-01-01 12:00:09 - ERROR - boom\n")
        try await driver.poll()
        let lines = try #require(driver.store.detail(driver.id)?.logs.lines)
        #expect(
            lines.map(\.text) == [
                "2025-01-01 12:00:00 - INFO - starting", "step 0 done", "half a line",
                "2025-01-01 12:00:09 - ERROR - boom",
            ])
        #expect(lines.map(\.seq) == [1, 2, 3, 4])
        #expect(lines.last?.stream == "error")
    }
}
