import Foundation
import RuntopWire
import Testing

/// The Fusion DTOs decode the example payloads of seed 003 exactly as printed there.
@Suite("Fusion seed payloads")
struct FusionSeedPayloadTests {
    func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func submitResponseDecodesWithExplicitNulls() throws {
        let job = try decode(FusionJob.self, """
            { "id": "5b8f1c3e-0000-4000-8000-000000000001", "type": "train", "status": "queued", "retries": 0,
              "last_checkpoint_step": 0, "output_model_id": null,
              "created_at": "2026-11-22T16:03:07.123Z", "started_at": null, "finished_at": null }
            """)
        #expect(job.type == "train")
        #expect(job.status == "queued")
        #expect(job.retries == 0)
        #expect(job.lastCheckpointStep == 0)
        #expect(job.outputModelID == nil)
        #expect(job.startedAt == nil)
        #expect(job.hyperparams == nil)
    }

    @Test func jobEncodesTheSeedsKeysWithExplicitNulls() throws {
        let job = FusionJob(id: "abc", type: "contract", status: "queued", createdAt: "2026-11-22T16:03:07.123Z")
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(job)) as? [String: Any])
        for key in [
            "id", "type", "status", "retries", "last_checkpoint_step", "output_model_id", "created_at", "started_at",
            "finished_at",
        ] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["output_model_id"] is NSNull)
    }

    @Test func trainingRequestsDecodeForEveryType() throws {
        let train = try decode(FusionJobRequest.self, """
            { "type": "train", "idempotency_key": "run-1", "base_model_id": "m", "dataset_id": "d",
              "hyperparams": { "turns": 2, "output_name": "my-model" } }
            """)
        #expect(train.idempotencyKey == "run-1")
        #expect(train.hyperparams?["turns"]?.intValue == 2)
        #expect(train.hyperparams?["output_name"]?.stringValue == "my-model")
        let finetune = try decode(FusionJobRequest.self, """
            { "type": "finetune", "idempotency_key": "ft-1", "source_model_id": "s", "dataset_id": "d",
              "hyperparams": { "lora_rank": 32, "steps": 2000, "output_name": "my-model" } }
            """)
        #expect(finetune.sourceModelID == "s")
        let contract = try decode(FusionJobRequest.self, """
            { "type": "contract", "idempotency_key": "contract-1",
              "hyperparams": { "source_model_id": "s", "contraction_ratio": 0.5, "num_layers_to_contract": 8 } }
            """)
        #expect(contract.datasetID == nil)
        #expect(contract.hyperparams?["contraction_ratio"]?.doubleValue == 0.5)
    }

    @Test func metricsPageDecodesTheSeedExample() throws {
        let page = try decode(FusionMetricsPage.self, """
            { "job_id": "j", "count": 50, "latest_step": 1000,
              "points": [
                { "ts": "2026-11-22T16:03:07Z", "step": 620, "cycle": 1, "phase": "train",
                  "loss": 0.78, "lr": 2.1e-05, "throughput": 1.39, "vram_gb": 23.6, "grad_norm": 1.02 }
              ] }
            """)
        #expect(page.latestStep == 1000)
        #expect(page.count == 50)
        let point = try #require(page.points.first)
        #expect(point.step == 620)
        #expect(point.cycle == 1)
        #expect(point.phase == "train")
        #expect(point.loss == 0.78)
        #expect(point.lr == 2.1e-05)
        #expect(point.vramGB == 23.6)
        #expect(point.gradNorm == 1.02)
    }

    @Test func metricPointToleratesNullFields() throws {
        let point = try decode(FusionMetricPoint.self, """
            { "ts": "2026-11-22T16:03:07Z", "step": 9, "phase": "eval", "loss": 0.91, "lr": null, "grad_norm": null }
            """)
        #expect(point.loss == 0.91)
        #expect(point.lr == nil)
        #expect(point.throughput == nil)
    }

    @Test func logPageDecodesTheSeedExample() throws {
        let page = try decode(FusionLogPage.self, """
            { "job_id": "j", "latest_seq": 1862,
              "lines": [
                { "seq": 1841, "ts": "2026-11-22T16:03:07Z", "stream": "stdout", "text": "step 2000/6000 · loss 1.83 · lr 3.1e-05" },
                { "seq": 1842, "ts": "2026-11-22T16:03:08Z", "stream": "stdout", "text": "Training complete — saving your model…" }
              ] }
            """)
        #expect(page.latestSeq == 1862)
        #expect(page.lines.map(\.seq) == [1841, 1842])
        #expect(page.lines[0].text == "step 2000/6000 · loss 1.83 · lr 3.1e-05")
    }

    @Test func eventsDecodeWithAnyPayload() throws {
        let events = try decode([FusionEvent].self, """
            [ { "ts": "2026-11-22T16:03:07Z", "kind": "queued", "payload": {} },
              { "ts": "2026-11-22T16:03:09Z", "kind": "reclaimed", "payload": { "resume_step": 800, "retries": 1 } },
              { "ts": "2026-11-22T16:03:10Z", "kind": "note", "payload": null } ]
            """)
        #expect(events.map(\.kind) == ["queued", "reclaimed", "note"])
        #expect(events[1].payload?["resume_step"]?.intValue == 800)
    }

    @Test func resultDecodesEveryFieldOfTheSeed() throws {
        let result = try decode(FusionResult.self, """
            { "job_id": "j",
              "ppl_baseline": 11023, "ppl_final": 324, "ppl_delta_pct": -97.06, "loss_final": 0.327,
              "params_before": 1540000000, "params_after": 2360000000, "params_delta": 820000000,
              "function_preservation": 0.0009,
              "gpu_seconds": 1418, "tokens_processed": 1536000, "cost_usd": 25.00 }
            """)
        #expect(result.pplBaseline == 11023)
        #expect(result.pplFinal == 324)
        #expect(result.pplDeltaPct == -97.06)
        #expect(result.lossFinal == 0.327)
        #expect(result.paramsBefore == 1_540_000_000)
        #expect(result.paramsAfter == 2_360_000_000)
        #expect(result.paramsDelta == 820_000_000)
        #expect(result.functionPreservation == 0.0009)
        #expect(result.gpuSeconds == 1418)
        #expect(result.tokensProcessed == 1_536_000)
        #expect(result.costUSD == 25)
    }

    @Test func jsonValueRoundTripsAndPrintsCompactly() throws {
        let value = try decode(JSONValue.self, #"{"b":[1,2.5,"x"],"a":{"n":null,"t":true}}"#)
        #expect(value.compactJSON == #"{"a":{"n":null,"t":true},"b":[1,2.5,"x"]}"#)
        let again = try decode(JSONValue.self, value.compactJSON)
        #expect(again == value)
    }
}
