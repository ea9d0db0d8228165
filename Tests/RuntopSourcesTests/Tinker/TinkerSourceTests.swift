import Foundation
import RuntopCore
import RuntopWire
import Testing

@testable import RuntopSources

/// Tinker training runs as jobs, their checkpoints as artifacts and timeline.
@Suite("Tinker source mapping")
struct TinkerSourceTests {
    static let now = WireDate.parse("2026-11-22T12:00:00Z")!

    static func checkpoint(_ id: String, time: String, size: Int? = nil) -> TinkerCheckpoint {
        TinkerCheckpoint(
            checkpointID: id, checkpointType: id.hasPrefix("weights/") ? "training" : "sampler", time: time,
            tinkerPath: "tinker://ffa04fd4:train:0/\(id)", sizeBytes: size, isPublic: false)
    }

    static func run(lastRequest: String, corrupted: Bool = false) -> TinkerTrainingRun {
        TinkerTrainingRun(
            trainingRunID: "ffa04fd4:train:0", baseModel: "Qwen/Qwen3-8B", modelOwner: "me", isLora: true,
            corrupted: corrupted, loraRank: 32, lastRequestTime: lastRequest,
            lastCheckpoint: checkpoint("weights/000040", time: "2026-11-22T11:00:00Z"),
            lastSamplerCheckpoint: checkpoint("sampler_weights/000060", time: "2026-11-22T11:30:00Z"))
    }

    @Test func recentlyActiveRunIsRunningWithItsLatestCheckpointStep() {
        let summary = TinkerSource.summary(
            Self.run(lastRequest: "2026-11-22T11:58:00Z"), now: Self.now, activeWindow: 600)
        #expect(summary.status == .running)
        #expect(summary.kind == "lora·tinker" && summary.model == "Qwen/Qwen3-8B")
        #expect(summary.lastCheckpointStep == 60)
    }

    @Test func quietRunIsIdleAndCorruptedRunHasFailed() {
        let quiet = TinkerSource.summary(
            Self.run(lastRequest: "2026-11-22T09:00:00Z"), now: Self.now, activeWindow: 600)
        #expect(quiet.status == .other("idle"))
        let broken = TinkerSource.summary(
            Self.run(lastRequest: "2026-11-22T11:59:00Z", corrupted: true), now: Self.now, activeWindow: 600)
        #expect(broken.status == .failed && broken.error != nil)
    }

    @Test func checkpointsAreOrderedOldestFirstWithDetailsAndTheFinalSamplerAsOutput() {
        let artifacts = TinkerSource.artifacts(
            Self.run(lastRequest: "2026-11-22T11:58:00Z"),
            checkpoints: [
                Self.checkpoint("sampler_weights/final", time: "2026-11-22T11:40:00Z", size: 9),
                Self.checkpoint("weights/000020", time: "2026-11-22T10:00:00Z", size: 100),
            ])
        #expect(artifacts.checkpoints.map(\.name) == ["000020", "final"])
        #expect(artifacts.checkpoints.map(\.step) == [20, nil])
        #expect(artifacts.checkpoints.first?.sizeBytes == 100)
        #expect(artifacts.outputModel == "tinker://ffa04fd4:train:0/sampler_weights/final")
        #expect(artifacts.refs.first == LabelledRef(label: "base model", value: "Qwen/Qwen3-8B"))
    }

    @Test func checkpointBecomesATimelineEntry() {
        let event = TinkerSource.event(Self.checkpoint("weights/000020", time: "2026-11-22T10:00:00Z"))
        #expect(event.kind == "checkpoint" && event.fields["step"] == "20" && event.fields["type"] == "training")
        #expect(event.timestamp == WireDate.parse("2026-11-22T10:00:00Z"))
    }

    @Test func enrichmentIsBestEffortWhenTinkerCannotBeReached() async throws {
        let enricher = TinkerEnricher(baseURL: "http://127.0.0.1:9", apiKey: "k", timeoutSeconds: 1)
        let card = JobArtifacts(checkpoints: [
            CheckpointRef(step: 10, name: "check1-step10", path: "tinker://r:train:0/sampler_weights/check1-step10")
        ])
        let enriched = await enricher.enrich(card)
        await enricher.shutdown()
        #expect(enriched == card)
    }
}
