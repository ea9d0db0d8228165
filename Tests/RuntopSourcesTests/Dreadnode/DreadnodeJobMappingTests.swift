import Foundation
import RuntopCore
import RuntopSources
import RuntopWire
import Testing

/// Dreadnode job records, logs and errors mapped onto runtop's models.
@Suite("Dreadnode job mapping")
struct DreadnodeJobMappingTests {
    static let record = #"""
        {"id": "tj_01", "organization_id": "org_1", "workspace_id": "ws_1", "status": "running", "backend": "tinker",
         "trainer_type": "sft", "model": "meta-llama/Llama-3.1-8B", "capability": {"name": "web-agent", "version": "1.2.0"},
         "created_at": "2026-11-22T10:00:00Z", "started_at": "2026-11-22T10:01:00.500Z", "run_ref": "nightly-42",
         "config": {"steps": 100, "learning_rate": 0.0001},
         "metrics": {"steps": [1, 2, 3], "train/loss": [3, 2, 1], "train/steps": 3},
         "artifacts": {"checkpoints": ["tinker://r:train:0/sampler_weights/check1-step2"]}}
        """#

    static func job(_ text: String = record) throws -> DreadnodeJob {
        try JSONWire.decode(DreadnodeJob.self, from: Data(text.utf8))
    }

    @Test func summaryCarriesKindProgressAndFallsBackToTheRunRefForAName() throws {
        let summary = DreadnodeJobMapping.summary(try Self.job())
        #expect(summary.id == "tj_01")
        #expect(summary.name == "nightly-42")
        #expect(summary.kind == "sft·tinker")
        #expect(summary.status == .running)
        #expect(summary.model == "meta-llama/Llama-3.1-8B")
        #expect(summary.currentStep == 3 && summary.totalSteps == 100)
        #expect(summary.lastCheckpointStep == 2)
        #expect(summary.startedAt == WireDate.parse("2026-11-22T10:01:00.500Z"))
    }

    @Test func aListItemWithoutMetricsTakesProgressFromTheLastFullRecord() throws {
        var item = try Self.job()
        item.metrics = nil
        item.artifacts = nil
        #expect(DreadnodeJobMapping.summary(item).currentStep == nil)
        let summary = DreadnodeJobMapping.summary(item, attempt: 1, detail: try Self.job())
        #expect(summary.currentStep == 3 && summary.lastCheckpointStep == 2 && summary.retries == 1)
    }

    @Test(arguments: [
        ("queued", JobStatus.queued), ("running", .running), ("completed", .succeeded), ("failed", .failed),
        ("cancelled", .cancelled), ("partial", .partial),
    ])
    func statusesMapOntoTheSharedLifecycle(wire: String, status: JobStatus) throws {
        var job = try Self.job()
        job.status = wire
        #expect(DreadnodeJobMapping.summary(job).status == status)
    }

    @Test func reinforcementLearningKindNamesTheAlgorithm() throws {
        var job = try Self.job()
        job.trainerType = "rl"
        job.backend = "ray"
        job.algorithm = "grpo"
        #expect(DreadnodeJobMapping.kind(job) == "rl/grpo·ray")
    }

    @Test func eventsAreSynthesisedFromTheRecordsTimes() throws {
        var job = try Self.job()
        job.status = "failed"
        job.error = "CUDA out of memory"
        job.completedAt = "2026-11-22T10:05:00Z"
        let events = DreadnodeJobMapping.events(job)
        #expect(events.map(\.kind) == ["queued", "running", "failed"])
        #expect(events.map(\.status) == [.queued, .running, .failed])
        #expect(events.last?.fields["error"] == "CUDA out of memory")
        #expect(events.last?.timestamp == WireDate.parse("2026-11-22T10:05:00Z"))
    }

    @Test func cancellationRequestIsAnEvent() throws {
        var job = try Self.job()
        job.status = "cancelled"
        job.cancelRequestedAt = "2026-11-22T10:03:00Z"
        #expect(DreadnodeJobMapping.events(job).map(\.kind) == ["queued", "running", "cancel_requested", "cancelled"])
        #expect(DreadnodeJobMapping.summary(job).finishedAt == WireDate.parse("2026-11-22T10:03:00Z"))
    }

    @Test func resultIsTheScalarGridAndNilWithoutScalars() throws {
        var job = try Self.job()
        job.metrics?["train/loss_last"] = .number(0.85)
        job.metrics?["train/num_tokens_processed"] = .number(1_250_000)
        let result = try #require(DreadnodeJobMapping.result(job))
        #expect(result.lossFinal == 0.85 && result.tokensProcessed == 1_250_000)
        #expect(result.scalars.map(\.name) == ["train/steps", "train/num_tokens_processed", "train/loss_last"])
        job.metrics = ["steps": .array([.number(1)])]
        #expect(DreadnodeJobMapping.result(job) == nil)
    }

    @Test func logLevelBecomesTheStreamAndDataCompactJSON() throws {
        let page = try JSONWire.decode(
            DreadnodeLogPage.self,
            from: Data(
                #"""
                {"items": [{"timestamp": "2026-11-22T10:02:00Z", "level": "WARN", "message": "slow step", "data": {"step": 4, "ms": 910}},
                           {"timestamp": "2026-11-22T10:02:01Z", "level": "info", "message": "ok", "data": null}]}
                """#.utf8))
        let first = DreadnodeJobMapping.line(page.items[0], seq: 0)
        #expect(first.stream == "warning" && first.text == "slow step" && first.payload == #"{"ms":910,"step":4}"#)
        #expect(DreadnodeJobMapping.line(page.items[1], seq: 1).payload == nil)
    }

    @Test func errorEnvelopeAndFastAPIDetailsGiveTheMessage() {
        #expect(
            DreadnodeErrorDetail.message(
                in: Data(
                    #"{ "code": 401, "detail": "Authentication failed", "type": "authentication_error"}"#.utf8))
                == "Authentication failed")
        #expect(
            DreadnodeErrorDetail.message(in: Data(#"{"detail": "Training job not found"}"#.utf8))
                == "Training job not found")
        #expect(
            DreadnodeErrorDetail.message(
                in: Data(
                    #"{"detail": [{"loc": ["body", "config", "steps"], "msg": "Input should be greater than 0", "type": "greater_than"}]}"#
                        .utf8))
                == "body.config.steps: Input should be greater than 0")
        #expect(DreadnodeErrorDetail.message(in: Data("<html>".utf8)) == nil)
    }
}

/// Which checkpoint a summary reports as the resume point.
@Suite("Dreadnode last checkpoint")
struct DreadnodeLastCheckpointTests {
    @Test func checkpointsBeyondTheReportedStepsAreFromAnEarlierAttempt() throws {
        var job = try DreadnodeJobMappingTests.job()
        job.artifacts = [
            "checkpoints": .array([
                .string("tinker://r:train:0/sampler_weights/check1-step2"),
                .string("tinker://r:train:0/sampler_weights/check2-step20"),
            ])
        ]
        #expect(DreadnodeJobMapping.summary(job).lastCheckpointStep == 2)
        job.metrics = [:]
        #expect(DreadnodeJobMapping.summary(job).lastCheckpointStep == nil)
    }
}
