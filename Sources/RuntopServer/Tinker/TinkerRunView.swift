import Foundation
import RuntopWire

/// One shared job seen as a Tinker training run (seed 002): each checkpoint the job saved is a full-state
/// checkpoint `weights/<name>` and a sampler checkpoint `sampler_weights/<name>`; a successful run adds
/// `final`. What Tinker clients changed (published, expiry, deletion) comes from `states`.
struct TinkerRunView: Sendable {
    /// The job.
    let job: StoredJob
    /// The job's checkpoint saves, oldest first.
    let saves: [TinkerCheckpointSave]
    /// Client-set state by checkpoint id; a checkpoint without an entry is untouched.
    let states: [String: TinkerCheckpointState]
    /// When the run last did anything (its newest console line), if known.
    let lastActivity: Double?

    /// Who owns every run of the reference server.
    static let modelOwner = "runtop-reference"
    /// The LoRA rank of a fine-tune that does not name one.
    static let defaultLoraRank = 32

    /// `<job-id>:train:0`.
    var trainingRunID: String { TinkerRunIdentity.trainingRunID(jobID: job.id) }

    /// A LoRA run: fine-tunes are adapters; `train` (growth) and `contract` runs change the full weights.
    var isLora: Bool { job.type == "finetune" }

    var loraRank: Int? { isLora ? job.hyperparamsObject["lora_rank"]?.intValue ?? Self.defaultLoraRank : nil }

    /// The checkpoints that exist at `now`, in the order they were saved (full state before sampler weights).
    func checkpoints(now: Double) -> [TinkerCheckpoint] { entries(now: now).map(\.checkpoint) }

    /// The checkpoint `checkpointID` if it exists at `now`, with when it was saved.
    func checkpoint(_ checkpointID: String, now: Double) -> (checkpoint: TinkerCheckpoint, savedAt: Double)? {
        entries(now: now).first { $0.checkpoint.checkpointID == checkpointID }
    }

    private func entries(now: Double) -> [(checkpoint: TinkerCheckpoint, savedAt: Double)] {
        saves.flatMap { save in
            TinkerCheckpointKind.allCases.compactMap { kind -> (checkpoint: TinkerCheckpoint, savedAt: Double)? in
                let id = kind.checkpointID(name: save.name)
                let state = states[id] ?? .untouched
                guard state.isVisible(savedAt: save.time, now: now) else { return nil }
                let checkpoint = TinkerCheckpoint(
                    checkpointID: id, checkpointType: kind.rawValue, time: WireTimestamp.format(save.time),
                    tinkerPath: TinkerRunIdentity.tinkerPath(trainingRunID: trainingRunID, checkpointID: id),
                    sizeBytes: sizeBytes(kind: kind, step: save.step ?? job.totalSteps), isPublic: state.isPublic,
                    expiresAt: state.expiresAt.map(WireTimestamp.format), trainingRunID: trainingRunID)
                return (checkpoint, save.time)
            }
        }
    }

    /// The run: failed jobs are corrupted; the last request is the job's last activity.
    func trainingRun(now: Double) -> TinkerTrainingRun {
        let checkpoints = checkpoints(now: now)
        let profile = try? job.simulationProfile
        let source = job.sourceModelID ?? job.baseModelID
        var metadata = ["runtop_job_id": job.id, "job_type": job.type, "status": job.status]
        if let name = job.hyperparamsObject["output_name"]?.stringValue { metadata["name"] = name }
        let lastRequest = lastActivity ?? job.finishedAt ?? job.startedAt ?? job.createdAt
        return TinkerTrainingRun(
            trainingRunID: trainingRunID,
            // A hub-style id (`org/model`) names the model; otherwise the catalogue's name for the id.
            baseModel: source.flatMap { $0.contains("/") ? $0 : nil } ?? profile?.modelName ?? source ?? "unknown",
            modelOwner: Self.modelOwner, isLora: isLora, corrupted: job.status == JobStatus.failed,
            loraRank: loraRank, lastRequestTime: WireTimestamp.format(max(lastRequest, job.createdAt)),
            lastCheckpoint: checkpoints.last { $0.checkpointType == TinkerCheckpointKind.training.rawValue },
            lastSamplerCheckpoint: checkpoints.last { $0.checkpointType == TinkerCheckpointKind.sampler.rawValue },
            userMetadata: metadata)
    }

    /// A plausible, deterministic size: an adapter of `rank / 3072` of the model's parameters for LoRA runs,
    /// the whole model otherwise; bf16 weights for the sampler, plus fp32 master weights and two Adam moments
    /// for full state; a few KiB of metadata that vary by step.
    func sizeBytes(kind: TinkerCheckpointKind, step: Int) -> Int {
        let profile = try? job.simulationProfile
        let parameters = profile?.parametersAfter ?? 1e9
        let stored = isLora ? parameters * Double(loraRank ?? Self.defaultLoraRank) / 3072 : parameters
        let bytesPerParameter: Double = kind == .sampler ? 2 : 14
        let metadata = SeededRandom.mix((profile?.seed ?? 0) ^ UInt64(truncatingIfNeeded: step) ^ 0x71_4B) % 65_536
        return Int(stored * bytesPerParameter) + 4096 + Int(metadata)
    }

    /// The saves of `job` from its checkpoint events (`steps` with their times, in event order): a step saved
    /// again (a retried run) keeps its place and takes the newer time; a successful run adds `final`.
    static func saves(job: StoredJob, steps: [(step: Int, time: Double)]) -> [TinkerCheckpointSave] {
        var order: [Int] = []
        var timeByStep: [Int: Double] = [:]
        for (step, time) in steps {
            if timeByStep[step] == nil { order.append(step) }
            timeByStep[step] = time
        }
        var saves = order.enumerated().map { index, step in
            TinkerCheckpointSave(
                step: step, name: TinkerRunIdentity.checkpointName(ordinal: index + 1, step: step),
                time: timeByStep[step] ?? job.createdAt)
        }
        if job.status == JobStatus.succeeded, let finishedAt = job.finishedAt {
            saves.append(TinkerCheckpointSave(step: nil, name: TinkerRunIdentity.finalCheckpointName, time: finishedAt))
        }
        return saves
    }
}

/// One checkpoint save of a job: its step (nil for `final`), name and time.
struct TinkerCheckpointSave: Sendable, Equatable {
    var step: Int?
    var name: String
    var time: Double
}
