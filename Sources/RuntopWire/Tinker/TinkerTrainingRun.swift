/// A training run as Tinker's `GET /api/v1/training_runs/{id}` returns it (seed 002, `TrainingRun`).
public struct TinkerTrainingRun: Codable, Sendable, Equatable {
    /// `<uuid>:train:<rank>`.
    public var trainingRunID: String
    /// The model the run trains, e.g. `Qwen/Qwen3-8B`.
    public var baseModel: String?
    /// Who owns the run.
    public var modelOwner: String?
    /// True for a LoRA adapter run; `loraRank` gives its rank.
    public var isLora: Bool?
    /// True when the run's state can no longer be used.
    public var corrupted: Bool?
    public var loraRank: Int?
    /// The last time a request touched the run (ISO-8601).
    public var lastRequestTime: String?
    /// The newest full-state and sampler checkpoints.
    public var lastCheckpoint: TinkerCheckpoint?
    public var lastSamplerCheckpoint: TinkerCheckpoint?
    /// Free-form labels set by the user.
    public var userMetadata: [String: String]?

    public init(
        trainingRunID: String, baseModel: String? = nil, modelOwner: String? = nil, isLora: Bool? = nil,
        corrupted: Bool? = nil, loraRank: Int? = nil, lastRequestTime: String? = nil,
        lastCheckpoint: TinkerCheckpoint? = nil, lastSamplerCheckpoint: TinkerCheckpoint? = nil,
        userMetadata: [String: String]? = nil
    ) {
        self.trainingRunID = trainingRunID
        self.baseModel = baseModel
        self.modelOwner = modelOwner
        self.isLora = isLora
        self.corrupted = corrupted
        self.loraRank = loraRank
        self.lastRequestTime = lastRequestTime
        self.lastCheckpoint = lastCheckpoint
        self.lastSamplerCheckpoint = lastSamplerCheckpoint
        self.userMetadata = userMetadata
    }

    enum CodingKeys: String, CodingKey {
        case corrupted
        case trainingRunID = "training_run_id"
        case baseModel = "base_model"
        case modelOwner = "model_owner"
        case isLora = "is_lora"
        case loraRank = "lora_rank"
        case lastRequestTime = "last_request_time"
        case lastCheckpoint = "last_checkpoint"
        case lastSamplerCheckpoint = "last_sampler_checkpoint"
        case userMetadata = "user_metadata"
    }
}
