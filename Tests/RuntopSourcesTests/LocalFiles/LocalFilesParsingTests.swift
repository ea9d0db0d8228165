import Foundation
import RuntopCore
import Testing

@testable import RuntopSources

@Suite("Local trainer files: parsing and naming")
struct LocalFilesParsingTests {
    @Test func wellKnownKeysTakeCanonicalNamesAndOthersKeepTheirOwn() {
        let row = SeriesNaming.canonicalized([
            "train_mean_nll": 1.5, "optim/lr": 0.1, "env/all/reward/total": 0.7, "eval_loss": 2.0,
            "num_tokens": 10,
        ])
        #expect(
            row == [
                SeriesName.loss: 1.5, SeriesName.learningRate: 0.1, SeriesName.reward: 0.7,
                SeriesName.validationLoss: 2.0, "num_tokens": 10,
            ])
    }

    @Test func secondAliasInTheSameRowKeepsItsOwnName() {
        let row = SeriesNaming.canonicalized(["loss": 1, "train_mean_nll": 2])
        #expect(row == [SeriesName.loss: 1, "train_mean_nll": 2])
    }

    @Test func learningRateMonitorColumnBecomesLearningRate() {
        let row = SeriesNaming.canonicalized(["lr-AdamW/pg2": 0.2, "lr-AdamW/pg1": 0.1])
        #expect(row == [SeriesName.learningRate: 0.1, "lr-AdamW/pg2": 0.2])
    }

    @Test func quotedCSVCellsKeepTheirCommasAndQuotes() {
        #expect(CSVRecord.cells(of: "1,\"a,b\",\"say \"\"hi\"\"\",") == ["1", "a,b", "say \"hi\"", ""])
        #expect(CSVRecord.cells(of: "0,,2.5,") == ["0", "", "2.5", ""])
    }

    @Test func bareNaNAndInfinityAreSamplesAndStringsAreSkipped() {
        let rows = JSONObjectLines.numericRows([
            "{\"step\": 1, \"loss\": NaN, \"grad\": Infinity, \"tag\": \"x\", \"flag\": true, \"nested\": {\"a\": 1}}",
            "not json",
            "{\"step\": 2, \"loss\": -Infinity}",
        ])
        #expect(rows.count == 2)
        #expect(rows[0]["loss"]?.isNaN == true)
        #expect(rows[0]["grad"] == .infinity)
        #expect(rows[0]["tag"] == nil)
        #expect(rows[0]["flag"] == nil)
        #expect(rows[0]["nested"] == nil)
        #expect(rows[1]["loss"] == -.infinity)
    }

    @Test func lightningCheckpointNamesGiveTheirStep() {
        #expect(LightningRunReader.step(inCheckpointName: "epoch=3-step=400.ckpt") == 400)
        #expect(LightningRunReader.step(inCheckpointName: "last.ckpt") == nil)
    }

    @Test func missingPathAndUnknownFileAreRefused() throws {
        let directory = try LocalFilesFixtures.scratchDirectory()
        let missing = directory.appendingPathComponent("nothing").path
        #expect(throws: LocalFilesError.notFound(missing)) { try LocalFilesSource(paths: [missing]) }
        let notes = directory.appendingPathComponent("notes.txt").path
        try "hello".write(toFile: notes, atomically: true, encoding: .utf8)
        #expect(throws: LocalFilesError.unrecognisedFile(notes)) { try LocalFilesSource(paths: [notes]) }
        #expect(throws: LocalFilesError.noPaths) { try LocalFilesSource(paths: []) }
    }

    @Test func unknownJobIsNotFound() async throws {
        let source = try LocalFilesSource(paths: [try LocalFilesFixtures.scratchDirectory().path])
        #expect(try await source.listJobs().isEmpty)
        await #expect(throws: SourceError.httpStatus(404, retryAfter: nil, detail: "no run at nowhere")) {
            try await source.job(JobID("nowhere"))
        }
    }

    @Test func runAppearingInAWatchedDirectoryIsFound() async throws {
        let directory = try LocalFilesFixtures.scratchDirectory()
        let source = try LocalFilesSource(paths: [directory.path])
        #expect(try await source.listJobs().isEmpty)
        let run = directory.appendingPathComponent("sft-run", isDirectory: true)
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        try tinkerRow(step: 0).write(to: run.appendingPathComponent("metrics.jsonl"), atomically: true, encoding: .utf8)
        // Selecting it finds it at once, before the next periodic search.
        let id = JobID(run.appendingPathComponent("metrics.jsonl").path)
        #expect(try await source.job(id).name == "sft-run")
        #expect(try await source.listJobs().map(\.id) == [id])
    }
}
