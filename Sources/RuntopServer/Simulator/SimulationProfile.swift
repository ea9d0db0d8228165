/// Everything that shapes one simulated run, fixed at submission and stored with the job,
/// so a restarted server carries on with the same curve.
struct SimulationProfile: Codable, Sendable {
    /// Seeds the job's deterministic noise.
    var seed: UInt64
    /// Name of the model being trained (for console lines).
    var modelName: String
    /// Name of the dataset, nil for contraction.
    var datasetName: String?
    /// Tokens in the dataset, nil for contraction.
    var datasetTokens: Double?
    /// Loss of the starting model before this run (drives `ppl_baseline`).
    var baselineLoss: Double
    /// Loss at step 0 of this run.
    var initialLoss: Double
    /// Loss the run approaches.
    var floorLoss: Double
    /// Steps for the loss gap to shrink by a factor e.
    var decaySteps: Double
    /// Peak learning rate after warm-up.
    var peakLearningRate: Double
    /// Linear warm-up length in steps.
    var warmupSteps: Int
    /// Typical throughput in tokens per second.
    var throughput: Double
    /// Typical memory in use, in GB.
    var vramGB: Double
    /// Gradient norm at the start and towards the end.
    var gradientNormStart: Double
    var gradientNormEnd: Double
    /// Steps between validation evaluations.
    var evalInterval: Int
    /// Steps between durable checkpoints.
    var checkpointInterval: Int
    /// Steps per cycle (the `cycle` field of a point).
    var stepsPerCycle: Int
    /// Tokens consumed by one step.
    var tokensPerStep: Double
    /// Queue wait, in step durations.
    var queueDelaySteps: Int
    /// Parameters before and after the run.
    var parametersBefore: Double
    var parametersAfter: Double
    /// How cleanly capacity was added or removed (near zero = clean).
    var functionPreservation: Double
    /// The step at which the run fails, if it does.
    var failAtStep: Int?
    /// Why it fails.
    var failureReason: String?
    /// The console warning that precedes the failure.
    var failureWarning: String?
    /// The step at which the worker is interrupted once (resuming from the last checkpoint).
    var reclaimAtStep: Int?
    /// The step at which the owner cancels the run.
    var cancelAtStep: Int?
}
