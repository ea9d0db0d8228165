import Foundation
import RuntopCore
import RuntopSources
import RuntopWire
import Testing

/// The artifacts card from Dreadnode's free-form artifacts map (seed 000).
@Suite("Dreadnode artifacts")
struct DreadnodeArtifactsTests {
    /// Seed 000's SFT example, verbatim (trailing comma included), wrapped as the endpoint returns it.
    static let seedSFT = #"""
        {"artifacts": { "checkpoints": [ "tinker://ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0/sampler_weights/check1-step10", "tinker://ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0/sampler_weights/check2-step20", "tinker://ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0/sampler_weights/final" ],}}
        """#

    /// Seed 000's RL example, verbatim.
    static let seedRL = #"""
        {"artifacts": { "execution_mode": "fully_async", "checkpoints": ["tinker://.../sampler_weights/check1-step10"], "prompt_dataset": "seed-prompts@sqli-v1", "task": "security-mutillidae-sqli-login-bypass"}}
        """#

    static func decode(_ text: String) throws -> [String: JSONValue] {
        try JSONWire.decode(DreadnodeArtifacts.self, from: Data(text.utf8)).artifacts
    }

    @Test func seedCheckpointsGetNamesStepsAndTheFinalAsOutputModel() throws {
        let card = DreadnodeArtifactsMapping.artifacts(try Self.decode(Self.seedSFT), job: nil)
        #expect(card.checkpoints.map(\.name) == ["check1-step10", "check2-step20", "final"])
        #expect(card.checkpoints.map(\.step) == [10, 20, nil])
        #expect(
            card.checkpoints[0].path
                == "tinker://ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0/sampler_weights/check1-step10")
        #expect(card.outputModel == "tinker://ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0/sampler_weights/final")
        #expect(card.refs.isEmpty && card.internalFields.isEmpty)
    }

    @Test func seedRLReferencesAreLabelledInDisplayOrder() throws {
        let card = DreadnodeArtifactsMapping.artifacts(try Self.decode(Self.seedRL), job: nil)
        #expect(
            card.refs == [
                LabelledRef(label: "prompt dataset", value: "seed-prompts@sqli-v1"),
                LabelledRef(label: "task", value: "security-mutillidae-sqli-login-bypass"),
                LabelledRef(label: "execution mode", value: "fully_async"),
            ])
        #expect(card.checkpoints.map(\.step) == [10])
    }

    @Test func workerFieldsAreInternalAndEveryOtherKeyIsAReference() throws {
        let artifacts = try Self.decode(
            #"""
            {"artifacts": {"checkpoints": [], "sandbox_id": "sbx-1", "provider_sandbox_id": "modal-sbx-1",
             "worker_id": "worker-3", "payload_path": "s3://b/p.json", "result_path": "s3://b/r.json",
             "world_manifest_id": "wm-9", "trajectory_datasets": ["t1@1", "t2@4"],
             "world_sampled_dataset_ref": {"name": "sampled", "version": "2"}, "custom_thing": 7}}
            """#)
        let card = DreadnodeArtifactsMapping.artifacts(artifacts, job: nil)
        #expect(
            card.internalFields.map(\.label) == [
                "payload_path", "provider_sandbox_id", "result_path", "sandbox_id", "worker_id",
            ])
        #expect(
            card.refs == [
                LabelledRef(label: "world manifest", value: "wm-9"),
                LabelledRef(label: "world sampled dataset", value: "sampled@2"),
                LabelledRef(label: "trajectory datasets", value: "t1@1, t2@4"),
                LabelledRef(label: "custom thing", value: "7"),
            ])
    }

    @Test func theJobRecordsReferencesComeFirst() throws {
        let job = DreadnodeJob(
            id: "j1", organizationID: "acme", workspaceID: "research", status: "completed", backend: "tinker",
            trainerType: "sft", model: "meta-llama/Llama-3.1-8B",
            capability: DreadnodeReference(name: "web-agent", version: "1.2.0"),
            createdAt: "2026-11-22T10:00:00Z", datasetRef: DreadnodeReference(name: "support-chats", version: "3"))
        let card = DreadnodeArtifactsMapping.artifacts(["dataset_ref": .string("support-chats@3")], job: job)
        #expect(
            card.refs == [
                LabelledRef(label: "base model", value: "meta-llama/Llama-3.1-8B"),
                LabelledRef(label: "capability", value: "web-agent@1.2.0"),
                LabelledRef(label: "dataset", value: "support-chats@3"),
            ])
    }

    @Test(arguments: [
        ("check1-step10", 10), ("check2-step20", 20), ("step_300", 300), ("000040", 40), ("ckpt-Step-7", 7),
    ])
    func checkpointStepIsReadFromItsName(name: String, step: Int) {
        #expect(CheckpointNaming.step(of: name) == step)
    }

    @Test(arguments: ["final", "best", "", "steps"])
    func namesWithoutAStepHaveNone(name: String) {
        #expect(CheckpointNaming.step(of: name) == nil)
    }
}
