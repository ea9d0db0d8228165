import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("POST /jobs and the job object")
struct JobSubmissionTests {
    @Test func reusingAnIdempotencyKeyReturnsTheSameJob() async throws {
        try await withServer { client in
            let first = try await Fixtures.submit(Fixtures.train(key: "run-1"), to: client)
            let replay = try await client.post("/jobs", encoding: Fixtures.train(key: "run-1"))
            #expect(replay.status == 201)
            #expect(try replay.decode(FusionJob.self).id == first.id)
            let list = try await client.get("/jobs").decode([FusionJob].self)
            #expect(list.map(\.id) == [first.id])
        }
    }

    @Test func reusingAnIdempotencyKeyWithADifferentBodyIsAConflict() async throws {
        try await withServer { client in
            _ = try await Fixtures.submit(Fixtures.train(key: "run-1"), to: client)
            let response = try await client.post("/jobs", encoding: Fixtures.train(key: "run-1", cycles: 3))
            #expect(response.status == 409)
            #expect(try response.json["detail"]?.stringValue?.contains("idempotency_key") == true)
        }
    }

    @Test func listIsNewestFirst() async throws {
        try await withServer { client in
            var ids: [String] = []
            for index in 0..<3 {
                ids.append(try await Fixtures.submit(Fixtures.train(key: "order-\(index)"), to: client).id)
            }
            let list = try await client.get("/jobs").decode([FusionJob].self)
            #expect(list.map(\.id) == ids.reversed())
        }
    }

    @Test func createdJobHasTheSeedFieldsWithExplicitNulls() async throws {
        try await withServer { client in
            let response = try await client.post("/jobs", encoding: Fixtures.train(key: "shape"))
            #expect(response.status == 201)
            let json = try response.json
            let seedKeys: Set<String> = [
                "id", "type", "status", "retries", "last_checkpoint_step", "output_model_id", "created_at",
                "started_at", "finished_at",
            ]
            #expect(seedKeys.isSubset(of: try response.keys))
            #expect(json["status"] == .string("queued"))
            #expect(json["retries"] == .number(0))
            #expect(json["last_checkpoint_step"] == .number(0))
            #expect(json["output_model_id"] == .null)
            #expect(json["started_at"] == .null)
            #expect(json["finished_at"] == .null)
            #expect(json["hyperparams"]?["output_name"] == .string("test-model"))
            #expect(json["total_steps"] == .number(40))
            let created = try #require(json["created_at"]?.stringValue)
            #expect(created.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil, "\(created)")
        }
    }

    @Test func unknownJobIsNotFoundWithDetail() async throws {
        try await withServer { client in
            for path in ["/jobs/nope", "/jobs/nope/metrics", "/jobs/nope/logs", "/jobs/nope/events", "/jobs/nope/result"] {
                let response = try await client.get(path)
                #expect(response.status == 404, "\(path)")
                #expect(try response.json == .object(["detail": .string("Job not found")]), "\(path)")
            }
        }
    }

    @Test(arguments: [
        (#"{"type": "train", "base_model_id": "m", "dataset_id": "d"}"#, 422, "idempotency_key is required"),
        (#"{"type": "grow", "idempotency_key": "k"}"#, 422, "type must be one of train, finetune, contract"),
        (#"{"type": "train", "idempotency_key": "k", "dataset_id": "d"}"#, 422, "base_model_id is required for train runs"),
        (#"{"type": "train", "idempotency_key": "k", "base_model_id": "m"}"#, 422, "dataset_id is required for train runs"),
        (#"{"type": "finetune", "idempotency_key": "k", "dataset_id": "d"}"#, 422,
         "source_model_id (or base_model_id) is required for finetune runs"),
        (#"{"type": "contract", "idempotency_key": "k"}"#, 422, "hyperparams.source_model_id is required for contract runs"),
        (#"{"type": "contract", "idempotency_key": "k", "hyperparams": {"source_model_id": "m", "contraction_ratio": 1.5}}"#,
         422, "hyperparams.contraction_ratio must be between 0 and 1"),
        (#"{"type": "train", "idempotency_key": "k", "base_model_id": "m", "dataset_id": "d", "hyperparams": {"cycles": -1}}"#,
         422, "hyperparams.cycles must be a positive integer"),
        ("not json", 400, "Request body must be a JSON object"),
    ])
    func invalidSubmissionIsRejectedWithDetail(body: String, status: Int, detail: String) async throws {
        try await withServer { client in
            let response = try await client.post("/jobs", json: body)
            #expect(response.status == status)
            #expect(try response.json == .object(["detail": .string(detail)]))
            #expect(try await client.get("/jobs").decode([FusionJob].self).isEmpty)
        }
    }

    @Test func finetuneAndContractRunsAreAccepted() async throws {
        try await withServer { client in
            let finetune = FusionJobRequest(
                type: "finetune", idempotencyKey: "ft-1", sourceModelID: Fixtures.modelID,
                datasetID: Fixtures.datasetID, hyperparams: ["lora_rank": .number(32), "steps": .number(30)])
            let contract = FusionJobRequest(
                type: "contract", idempotencyKey: "contract-1",
                hyperparams: [
                    "source_model_id": .string(Fixtures.modelID), "contraction_ratio": .number(0.5),
                    "num_layers_to_contract": .number(1),
                ])
            let finetuneJob = try await Fixtures.submit(finetune, to: client)
            let contractJob = try await Fixtures.submit(contract, to: client)
            #expect(finetuneJob.sourceModelID == Fixtures.modelID)
            #expect(contractJob.sourceModelID == Fixtures.modelID)
            #expect(contractJob.datasetID == nil)
            #expect(contractJob.totalSteps == 40)
            let finishedContract = try await Fixtures.waitUntilFinished(contractJob.id, client: client)
            #expect(finishedContract.status == "succeeded")
            let result = try await client.get("/jobs/\(contractJob.id)/result").decode(FusionResult.self)
            #expect(try #require(result.paramsAfter) < (try #require(result.paramsBefore)))
            #expect(try #require(result.paramsDelta) < 0)
        }
    }

    @Test func cancellingARunningJobStopsIt() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.05, randomSeed: 3)
        configuration.logTailCap = 100
        try await withServer(configuration) { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "cancel", cycles: 10, stepsPerCycle: 100), to: client)
            let cancel = try await client.post("/jobs/\(job.id)/cancel", json: "{}")
            #expect(cancel.status == 200)
            #expect(try cancel.decode(FusionJob.self).status == "cancelled")
            let again = try await client.post("/jobs/\(job.id)/cancel", json: "{}")
            #expect(again.status == 409)
            let events = try await client.get("/jobs/\(job.id)/events").decode([FusionEvent].self)
            #expect(events.last?.kind == "cancelled")
            let finished = try await client.get("/jobs/\(job.id)").decode(FusionJob.self)
            #expect(finished.finishedAt != nil)
        }
    }
}

