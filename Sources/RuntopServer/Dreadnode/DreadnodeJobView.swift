import Foundation
import RuntopWire

/// Renders a shared job in the Dreadnode dialect: its status vocabulary, refs, embedded metrics and artifacts.
struct DreadnodeJobView: Sendable {
    /// The job.
    let job: StoredJob
    /// The Dreadnode create body's fields, if the job was created through this dialect.
    let fields: [String: JSONValue]?
    /// Organisation and workspace to report (the stored ones, else the request path's).
    let organization: String
    let workspace: String

    /// The dialect's status for a shared status (a reclaimed job is still running for Dreadnode).
    static func status(_ shared: String) -> String {
        switch shared {
        case JobStatus.succeeded: "completed"
        case JobStatus.reclaimed: "running"
        default: shared
        }
    }

    /// The shared statuses a dialect status filter matches.
    static func sharedStatuses(_ dialect: String) -> Set<String> {
        switch dialect {
        case "completed": [JobStatus.succeeded]
        case "running": [JobStatus.running, JobStatus.reclaimed]
        default: [dialect]
        }
    }

    var trainerType: String { fields?["trainer_type"]?.stringValue ?? "sft" }
    var backend: String { fields?["backend"]?.stringValue ?? "tinker" }
    var projectRef: String? { fields?["project_ref"]?.stringValue }

    /// The job object; `points` and `checkpoints` add embedded metrics and artifacts (the single-job view).
    func job(points: [MetricRow]? = nil, checkpoints: [Int]? = nil) -> DreadnodeJob {
        let profile = try? job.simulationProfile
        let config = fields?["config"].flatMap { value -> [String: JSONValue]? in
            if case .object(let object) = value { return object }
            return nil
        } ?? job.hyperparamsObject
        let datasetRef =
            decodeReference(fields?["config"]?["dataset_ref"])
            ?? (fields == nil ? profile?.datasetName.map { DreadnodeReference(name: $0, version: "1") } : nil)
        return DreadnodeJob(
            id: job.id, organizationID: organization, workspaceID: workspace, status: Self.status(job.status),
            backend: backend, trainerType: trainerType,
            model: fields?["model"]?.stringValue ?? profile?.modelName ?? job.sourceModelID ?? "unknown",
            capability: decodeReference(fields?["capability_ref"])
                ?? DreadnodeReference(name: "fusion-\(job.type)", version: "1"),
            createdAt: WireTimestamp.format(job.createdAt),
            name: fields?["name"]?.stringValue ?? job.hyperparamsObject["output_name"]?.stringValue,
            algorithm: fields?["config"]?["algorithm"]?.stringValue ?? fields?["algorithm"]?.stringValue,
            projectRef: projectRef,
            runRef: fields?["run_ref"]?.stringValue,
            datasetRef: datasetRef,
            promptDatasetRef: decodeReference(fields?["config"]?["prompt_dataset_ref"] ?? fields?["prompt_dataset_ref"]),
            config: config,
            metrics: points.map { metrics(from: $0, profile: profile) },
            artifacts: checkpoints.map { artifacts(checkpoints: $0) },
            tags: fields?["tags"].flatMap { value -> [String]? in
                if case .array(let items) = value { return items.compactMap(\.stringValue) }
                return nil
            },
            error: job.error,
            startedAt: job.startedAt.map(WireTimestamp.format),
            completedAt: job.isTerminal ? job.finishedAt.map(WireTimestamp.format) : nil,
            cancelRequestedAt: job.status == JobStatus.cancelled ? job.finishedAt.map(WireTimestamp.format) : nil
        )
    }

    private func decodeReference(_ value: JSONValue?) -> DreadnodeReference? {
        guard let name = value?["name"]?.stringValue else { return nil }
        return DreadnodeReference(name: name, version: value?["version"]?.stringValue)
    }

    /// Series and scalars as the Tinker trainers persist them (SFT), or reward scalars (RL).
    func metrics(from points: [MetricRow], profile: SimulationProfile?) -> [String: JSONValue] {
        let train = points.filter { $0.phase == "train" }
        let evals = points.filter { $0.phase == "eval" }
        guard let last = train.last else { return [:] }
        let losses = train.compactMap(\.loss)
        var metrics: [String: JSONValue] = [
            "train/steps": .number(Double(last.step)),
            "train/num_examples": .number(Double(train.count * 8)),
            "train/num_tokens_processed": .number(Double(job.stepsExecuted) * (profile?.tokensPerStep ?? 1024)),
            "train/gradient_accumulation_steps": .number(1),
        ]
        if trainerType == "rl" {
            let initial = profile?.initialLoss ?? losses.first ?? 1
            let reward = min(max(1 - (losses.last ?? initial) / max(initial, 0.01), 0), 1)
            metrics["train/reward_mean"] = .number(rounded(reward))
            metrics["train/reward_min"] = .number(rounded(max(reward - 0.35, 0)))
            metrics["train/reward_max"] = .number(rounded(min(reward + 0.25, 1)))
            metrics["train/num_rollouts"] = .number(Double(train.count * 16))
            metrics["train/staleness"] = .number(fields?["config"]?["execution_mode"] == .string("fully_async") ? 1 : 0)
            return metrics
        }
        let validationByStep = Dictionary(evals.compactMap { row in row.loss.map { (row.step, $0) } }) { first, _ in first }
        let lossSeries = JSONValue.array(train.map { $0.loss.map(JSONValue.number) ?? .null })
        let rateSeries = JSONValue.array(train.map { $0.learningRate.map(JSONValue.number) ?? .null })
        metrics["steps"] = .array(train.map { .number(Double($0.step)) })
        metrics["train_loss"] = lossSeries
        metrics["train/loss"] = lossSeries
        metrics["learning_rate"] = rateSeries
        metrics["train/learning_rate"] = rateSeries
        metrics["val_loss"] = .array(train.map { validationByStep[$0.step].map(JSONValue.number) ?? .null })
        metrics["train/loss_last"] = .number(losses.last ?? 0)
        metrics["train/loss_mean"] = .number(rounded(losses.reduce(0, +) / Double(max(losses.count, 1))))
        metrics["train/loss_best"] = .number(losses.min() ?? 0)
        if let lastEval = evals.last?.loss {
            metrics["eval/steps"] = .array(evals.map { .number(Double($0.step)) })
            metrics["eval/loss_history"] = .array(evals.compactMap { $0.loss.map(JSONValue.number) })
            metrics["eval/loss"] = .number(lastEval)
            metrics["eval/num_examples"] = .number(500)
        }
        return metrics
    }

    /// Checkpoint paths in Tinker's form plus the worker fields the API returns unfiltered. The paths name the
    /// run and checkpoints this server's Tinker API lists for the job (`TinkerRunIdentity`).
    func artifacts(checkpoints: [Int]) -> [String: JSONValue] {
        guard job.startedAt != nil else { return [:] }
        let seed = (try? job.simulationProfile.seed) ?? 0
        let runID = TinkerRunIdentity.trainingRunID(jobID: job.id)
        func path(_ name: String) -> JSONValue {
            .string(TinkerRunIdentity.tinkerPath(trainingRunID: runID, checkpointID: "sampler_weights/\(name)"))
        }
        var paths = checkpoints.enumerated().map { index, step in
            path(TinkerRunIdentity.checkpointName(ordinal: index + 1, step: step))
        }
        if job.status == JobStatus.succeeded {
            paths.append(path(TinkerRunIdentity.finalCheckpointName))
        }
        let sandbox = "sbx-\(String(SeededRandom.mix(seed ^ 0x5A), radix: 16).prefix(12))"
        let prefix = "s3://dreadnode-training/\(organization)/\(workspace)/\(job.id)"
        var artifacts: [String: JSONValue] = [
            "checkpoints": .array(paths),
            "sandbox_id": .string(sandbox),
            "provider_sandbox_id": .string("modal-\(sandbox)"),
            "worker_id": .string("worker-\(SeededRandom.mix(seed ^ 0x3) % 64)"),
            "payload_path": .string("\(prefix)/payload.json"),
            "result_path": .string("\(prefix)/result.json"),
        ]
        if trainerType == "rl" {
            artifacts["execution_mode"] = fields?["config"]?["execution_mode"] ?? .string("one_step_off_async")
            if let prompt = fields?["config"]?["prompt_dataset_ref"] ?? fields?["prompt_dataset_ref"],
                let name = prompt["name"]?.stringValue
            {
                artifacts["prompt_dataset"] = .string(prompt["version"]?.stringValue.map { "\(name)@\($0)" } ?? name)
            }
            if let task = fields?["config"]?["task_ref"] ?? fields?["task_ref"] {
                artifacts["task"] = task["name"] ?? task
            }
        } else if let dataset = job.datasetID {
            artifacts["dataset_ref"] = .string(dataset)
        }
        return artifacts
    }

    private func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

/// One stored metric point, as the Dreadnode view reads it.
struct MetricRow: Sendable {
    var step: Int
    var phase: String
    var loss: Double?
    var learningRate: Double?
}
