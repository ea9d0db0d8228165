import Foundation
import RuntopCore
import RuntopWire
import Testing

@testable import RuntopSources

/// Tinker REST shapes (API-NOTES) and filling checkpoint details into the artifacts card.
@Suite("Tinker wire and enrichment")
struct TinkerWireTests {
    static let checkpoints = #"""
        {"checkpoints": [
          {"checkpoint_id": "sampler_weights/check1-step10", "checkpoint_type": "sampler", "time": "2026-11-22T10:00:00Z",
           "tinker_path": "tinker://ffa04fd4:train:0/sampler_weights/check1-step10", "size_bytes": 167772160,
           "public": true, "expires_at": "2026-12-22T10:00:00Z"},
          {"checkpoint_id": "sampler_weights/final", "checkpoint_type": "sampler", "time": "2026-11-22T11:00:00Z",
           "tinker_path": "tinker://ffa04fd4:train:0/sampler_weights/final", "public": false, "expires_at": null}]}
        """#

    @Test func checkpointListDecodesWithoutACursor() throws {
        let page = try JSONWire.decode(TinkerCheckpointsPage.self, from: Data(Self.checkpoints.utf8))
        #expect(page.cursor == nil)
        #expect(page.checkpoints.map(\.checkpointID) == ["sampler_weights/check1-step10", "sampler_weights/final"])
        #expect(page.checkpoints[0].sizeBytes == 167_772_160 && page.checkpoints[0].isPublic == true)
        #expect(page.checkpoints[1].expiresAt == nil && page.checkpoints[1].sizeBytes == nil)
    }

    @Test func trainingRunsPageDecodesWithItsCursor() throws {
        let page = try JSONWire.decode(
            TinkerTrainingRunsPage.self,
            from: Data(
                #"""
                {"training_runs": [{"training_run_id": "ffa04fd4:train:0", "base_model": "Qwen/Qwen3-8B", "model_owner": "me",
                  "is_lora": true, "corrupted": false, "lora_rank": 32, "last_request_time": "2026-11-22T11:00:00Z",
                  "last_checkpoint": null, "last_sampler_checkpoint": {"checkpoint_id": "sampler_weights/final",
                  "checkpoint_type": "sampler", "time": "2026-11-22T11:00:00Z", "tinker_path": "tinker://ffa04fd4:train:0/sampler_weights/final", "public": false},
                  "user_metadata": {"team": "red"}}],
                 "cursor": {"offset": 0, "limit": 20, "total_count": 1}}
                """#.utf8))
        #expect(page.cursor == TinkerCursor(offset: 0, limit: 20, totalCount: 1))
        let run = try #require(page.trainingRuns.first)
        #expect(run.trainingRunID == "ffa04fd4:train:0" && run.loraRank == 32 && run.isLora == true)
        #expect(run.lastSamplerCheckpoint?.checkpointID == "sampler_weights/final")
        #expect(run.userMetadata == ["team": "red"])
    }

    @Test func enrichmentFillsSizeVisibilityAndExpiryOfMatchingCheckpointsOnly() throws {
        let listed = try JSONWire.decode(TinkerCheckpointsPage.self, from: Data(Self.checkpoints.utf8)).checkpoints
        let known = Dictionary(uniqueKeysWithValues: listed.map { (TinkerPath($0.tinkerPath)!.description, $0) })
        let card = JobArtifacts(checkpoints: [
            CheckpointRef(
                step: 10, name: "check1-step10", path: "tinker://ffa04fd4:train:0/sampler_weights/check1-step10"),
            CheckpointRef(
                step: 20, name: "check2-step20", path: "tinker://ffa04fd4:train:0/sampler_weights/check2-step20"),
            CheckpointRef(step: nil, name: "final", path: "tinker://ffa04fd4:train:0//sampler_weights/final"),
        ])
        let enriched = TinkerEnricher.merge(card, with: known)
        #expect(enriched.checkpoints[0].sizeBytes == 167_772_160)
        #expect(enriched.checkpoints[0].isPublic == true)
        #expect(enriched.checkpoints[0].expiresAt == WireDate.parse("2026-12-22T10:00:00Z"))
        #expect(enriched.checkpoints[1] == card.checkpoints[1], "a checkpoint Tinker does not list is left alone")
        #expect(enriched.checkpoints[2].isPublic == false && enriched.checkpoints[2].expiresAt == nil)
    }
}
