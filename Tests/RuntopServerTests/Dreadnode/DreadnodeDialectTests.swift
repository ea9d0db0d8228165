import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Dreadnode dialect: /api/v1/org/{org}/ws/{ws}/training/jobs")
struct DreadnodeDialectTests {
    static let jobsPath = "/api/v1/org/acme/ws/research/training/jobs"
    /// Scripts a successful run, so outcomes do not depend on chance.
    static let succeed = ["X-Runtop-Simulate": "succeed"]

    static let sftBody = #"""
        {"backend": "tinker", "trainer_type": "sft", "model": "meta-llama/Llama-3.1-8B", "name": "sft-run",
         "capability_ref": {"name": "web-agent", "version": "1.2.0"}, "project_ref": "alpha", "tags": ["nightly"],
         "config": {"steps": 40, "learning_rate": 0.0001, "batch_size": 8, "lora_rank": 16,
                    "dataset_ref": {"name": "support-chats", "version": "3"}}}
        """#

    static let rlBody = #"""
        {"backend": "ray", "trainer_type": "rl", "model": "Qwen/Qwen2.5-7B", "capability_ref": {"name": "sqli"},
         "config": {"steps": 30, "algorithm": "grpo", "execution_mode": "fully_async",
                    "prompt_dataset_ref": {"name": "seed-prompts", "version": "sqli-v1"},
                    "task_ref": {"name": "security-mutillidae-sqli-login-bypass"}}}
        """#

    @Test func createdSFTJobCompletesWithSeriesScalarsAndCheckpoints() async throws {
        try await withServer { client in
            let created = try await client.post(Self.jobsPath, json: Self.sftBody, headers: Self.succeed)
            #expect(created.status == 200)
            let job = try created.decode(DreadnodeJob.self)
            #expect(job.status == "queued")
            #expect(job.organizationID == "acme" && job.workspaceID == "research")
            #expect(job.backend == "tinker" && job.trainerType == "sft" && job.model == "meta-llama/Llama-3.1-8B")
            #expect(job.capability == DreadnodeReference(name: "web-agent", version: "1.2.0"))
            #expect(job.datasetRef == DreadnodeReference(name: "support-chats", version: "3"))
            #expect(job.tags == ["nightly"])
            try await eventually("the SFT job to complete") {
                try await client.get("\(Self.jobsPath)/\(job.id)").decode(DreadnodeJob.self).status == "completed"
            }
            let finished = try await client.get("\(Self.jobsPath)/\(job.id)").decode(DreadnodeJob.self)
            let metrics = try #require(finished.metrics)
            guard case .array(let steps) = metrics["steps"], case .array(let losses) = metrics["train_loss"],
                case .array(let validation) = metrics["val_loss"]
            else { Issue.record("missing series"); return }
            #expect(steps.count == 40 && losses.count == 40 && validation.count == 40)
            #expect(metrics["train/loss"] == metrics["train_loss"])
            #expect(metrics["learning_rate"] == metrics["train/learning_rate"])
            #expect(validation.contains(.null) && validation.last?.doubleValue != nil)
            #expect(metrics["train/steps"] == .number(40))
            #expect(metrics["train/loss_last"] == losses.last)
            #expect(metrics["eval/loss"]?.doubleValue != nil)
            #expect(finished.completedAt != nil && finished.startedAt != nil)

            let artifacts = try await client.get("\(Self.jobsPath)/\(job.id)/artifacts").decode(DreadnodeArtifacts.self)
            guard case .array(let checkpoints) = artifacts.artifacts["checkpoints"] else {
                Issue.record("no checkpoints"); return
            }
            #expect(checkpoints.last?.stringValue?.hasSuffix("/sampler_weights/final") == true)
            #expect(checkpoints.first?.stringValue?.wholeMatch(of: /tinker:\/\/[0-9a-f-]{36}:train:0\/sampler_weights\/check1-step10/) != nil)
            for key in ["provider_sandbox_id", "worker_id", "payload_path", "result_path", "sandbox_id"] {
                #expect(artifacts.artifacts[key]?.stringValue != nil, "\(key)")
            }
            let logs = try await client.get("\(Self.jobsPath)/\(job.id)/logs").decode(DreadnodeLogPage.self)
            #expect(logs.items.contains { $0.level == "info" && $0.message.hasPrefix("Training complete") })
            #expect(Set(logs.items.map(\.level)).isSubset(of: ["debug", "info", "warning", "error"]))
        }
    }

    @Test func rlJobReportsRewardScalarsOnly() async throws {
        try await withServer { client in
            let job = try await client.post(Self.jobsPath, json: Self.rlBody, headers: Self.succeed).decode(DreadnodeJob.self)
            #expect(job.backend == "ray" && job.trainerType == "rl" && job.algorithm == "grpo")
            try await eventually("the RL job to complete") {
                try await client.get("\(Self.jobsPath)/\(job.id)").decode(DreadnodeJob.self).status == "completed"
            }
            let metrics = try #require(try await client.get("\(Self.jobsPath)/\(job.id)").decode(DreadnodeJob.self).metrics)
            for key in ["train/reward_mean", "train/reward_min", "train/reward_max", "train/num_rollouts", "train/staleness"] {
                #expect(metrics[key]?.doubleValue != nil, "\(key)")
            }
            #expect(metrics["steps"] == nil, "no per-step series for RL")
            let artifacts = try await client.get("\(Self.jobsPath)/\(job.id)/artifacts").decode(DreadnodeArtifacts.self)
            #expect(artifacts.artifacts["execution_mode"] == .string("fully_async"))
            #expect(artifacts.artifacts["prompt_dataset"] == .string("seed-prompts@sqli-v1"))
            #expect(artifacts.artifacts["task"] == .string("security-mutillidae-sqli-login-bypass"))
        }
    }

    @Test func listPagesAndFiltersAndShowsFusionJobsToo() async throws {
        try await withServer { client in
            let fusion = try await Fixtures.submit(Fixtures.train(key: "shared"), to: client)
            _ = try await client.post(Self.jobsPath, json: Self.sftBody, headers: Self.succeed)
            _ = try await client.post(Self.jobsPath, json: Self.rlBody, headers: Self.succeed)
            let all = try await client.get(Self.jobsPath).decode(DreadnodeJobPage.self)
            #expect(all.total == 3 && all.page == 1 && all.pageSize == 20 && all.items.count == 3)
            #expect(all.items.contains { $0.id == fusion.id && $0.trainerType == "sft" })
            let raw = try await client.get(Self.jobsPath).keys
            #expect(raw == ["items", "total", "page", "page_size"])
            let second = try await client.get("\(Self.jobsPath)?page=2&page_size=2").decode(DreadnodeJobPage.self)
            #expect(second.items.count == 1 && second.total == 3 && second.page == 2)
            let rl = try await client.get("\(Self.jobsPath)?trainer_type=rl").decode(DreadnodeJobPage.self)
            #expect(rl.items.map(\.trainerType) == ["rl"])
            let ray = try await client.get("\(Self.jobsPath)?backend=ray").decode(DreadnodeJobPage.self)
            #expect(ray.total == 1)
            let project = try await client.get("\(Self.jobsPath)?project_ref=alpha").decode(DreadnodeJobPage.self)
            #expect(project.items.map(\.name) == ["sft-run"])
            let completed = try await client.get("\(Self.jobsPath)?status=completed").decode(DreadnodeJobPage.self)
            #expect(completed.items.allSatisfy { $0.status == "completed" })
        }
    }

    @Test func cancelThenRetryRunsTheJobAgain() async throws {
        try await withServer(ReferenceServerConfiguration(secondsPerStep: 0.05, randomSeed: 13)) { client in
            func job(_ response: TestResponse) throws -> DreadnodeJob {
                #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
                return try response.decode(DreadnodeJob.self)
            }
            let created = try job(try await client.post(Self.jobsPath, json: Self.sftBody, headers: Self.succeed))
            let early = try await client.post("\(Self.jobsPath)/\(created.id)/retry", json: "{}")
            #expect(early.status == 409)
            #expect(try early.json["type"] == .string("conflict"))
            let cancelled = try job(try await client.post("\(Self.jobsPath)/\(created.id)/cancel", json: "{}"))
            #expect(cancelled.status == "cancelled" && cancelled.cancelRequestedAt != nil)
            #expect(try await client.post("\(Self.jobsPath)/\(created.id)/cancel", json: "{}").status == 409)
            let retried = try job(try await client.post("\(Self.jobsPath)/\(created.id)/retry", json: "{}"))
            #expect(retried.status == "queued" && retried.completedAt == nil)
            try await eventually("the retried job to complete") {
                try job(try await client.get("\(Self.jobsPath)/\(created.id)")).status == "completed"
            }
        }
    }

    @Test func errorsUseTheEnvelope() async throws {
        try await withServer { client in
            let missing = try await client.get("\(Self.jobsPath)/nope")
            #expect(missing.status == 404)
            #expect(try missing.json == .object(["code": .number(404), "detail": .string("Training job not found"), "type": .string("not_found")]))
            let invalid = try await client.post(Self.jobsPath, json: #"{"trainer_type": "sft"}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.json["detail"] == .string("model is required"))
            #expect(try invalid.json["type"] == .string("validation_error"))
            let badTrainer = try await client.post(Self.jobsPath, json: #"{"model": "m", "trainer_type": "dpo"}"#)
            #expect(badTrainer.status == 422)
        }
    }

    @Test func apiKeyIsRequiredWhenConfiguredEitherHeaderWorks() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.01, randomSeed: 17)
        configuration.dreadnodeAPIKey = "secret"
        try await withServer(configuration) { client in
            let anonymous = try await client.get(Self.jobsPath)
            #expect(anonymous.status == 401)
            #expect(try anonymous.json == .object(["code": .number(401), "detail": .string("Authentication failed"), "type": .string("authentication_error")]))
            #expect(try await client.get(Self.jobsPath, headers: ["X-API-Key": "wrong"]).status == 401)
            #expect(try await client.get(Self.jobsPath, headers: ["X-API-Key": "secret"]).status == 200)
            #expect(try await client.get(Self.jobsPath, headers: ["Authorization": "Bearer secret"]).status == 200)
            #expect(try await client.get("/jobs").status == 200, "the Fusion API is not behind the key")
        }
    }
}
