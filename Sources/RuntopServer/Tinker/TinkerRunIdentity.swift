/// How the Tinker dialect names the shared jobs: each job is one training run, `<job-id>:train:0`, whose
/// checkpoints live at `tinker://<job-id>:train:0/<weights|sampler_weights>/<name>`.
///
/// The Dreadnode dialect reports its `tinker://` checkpoint paths with the same run id, so a Dreadnode client
/// can look its checkpoints up in this server's Tinker API.
enum TinkerRunIdentity {
    /// The suffix after the job id: the trainer of rank 0.
    static let trainerSuffix = ":train:0"

    /// The training run id of job `jobID`.
    static func trainingRunID(jobID: String) -> String { jobID + trainerSuffix }

    /// The job a training run id names: `<job-id>:train:0`, or the bare job id; nil for another rank or role.
    static func jobID(trainingRunID: String) -> String? {
        guard let colon = trainingRunID.firstIndex(of: ":") else {
            return trainingRunID.isEmpty ? nil : trainingRunID
        }
        guard trainingRunID[colon...] == trainerSuffix, colon > trainingRunID.startIndex else { return nil }
        return String(trainingRunID[..<colon])
    }

    /// The name of the `ordinal`-th (1-based) checkpoint, saved at `step`: `check<ordinal>-step<step>`.
    static func checkpointName(ordinal: Int, step: Int) -> String { "check\(ordinal)-step\(step)" }

    /// The name of the checkpoint a successful run saves at its end.
    static let finalCheckpointName = "final"

    /// `tinker://<run-id>/<checkpoint-id>`.
    static func tinkerPath(trainingRunID: String, checkpointID: String) -> String {
        "tinker://\(trainingRunID)/\(checkpointID)"
    }
}
