import RuntopCore

/// The trainers whose output files runtop reads.
enum TrainerFormat: String, Sendable {
    /// tinker-cookbook: `metrics.jsonl` (+ `checkpoints.jsonl`), appended a line per step.
    case tinkerCookbook
    /// Hugging Face `Trainer`: `trainer_state.json`, rewritten whole at each checkpoint save.
    case huggingFaceTrainer
    /// PyTorch Lightning `CSVLogger`: `metrics.csv`, rewritten with a new header when a new key appears.
    case lightningCSV
}

/// Where one run's files are.
struct RunLayout: Sendable, Equatable {
    /// The job id: the metrics file's absolute path.
    var id: JobID
    /// The run's name: its directory, or the file name's prefix when several runs share a directory.
    var name: String
    var format: TrainerFormat
    /// The directory holding the run's files.
    var directory: String
    /// `metrics.jsonl`, `trainer_state.json` or `metrics.csv`. For a Hugging Face run found as a directory the
    /// file may not exist: the newest `checkpoint-N/trainer_state.json` is read instead.
    var metricsPath: String
    /// tinker-cookbook's companion `checkpoints.jsonl`.
    var checkpointsPath: String?
    /// The prefix shared by a run's files when several runs share a directory (`rl_arithmetic_`).
    var filePrefix: String?
    /// True when the run was named by its file, so only that file is read (no checkpoint directories).
    var isExplicitFile: Bool
}
