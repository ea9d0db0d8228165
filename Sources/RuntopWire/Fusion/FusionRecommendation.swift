/// `POST /training/recommend` body: ids, or the sizes directly.
public struct FusionRecommendationRequest: Codable, Sendable, Equatable {
    public var baseModelID: String?
    public var datasetID: String?
    public var params: Double?
    public var datasetTokens: Double?
    public var datasetBytes: Double?

    public init(
        baseModelID: String? = nil, datasetID: String? = nil, params: Double? = nil, datasetTokens: Double? = nil,
        datasetBytes: Double? = nil
    ) {
        self.baseModelID = baseModelID
        self.datasetID = datasetID
        self.params = params
        self.datasetTokens = datasetTokens
        self.datasetBytes = datasetBytes
    }

    enum CodingKeys: String, CodingKey {
        case params
        case baseModelID = "base_model_id"
        case datasetID = "dataset_id"
        case datasetTokens = "dataset_tokens"
        case datasetBytes = "dataset_bytes"
    }
}

/// `POST /training/recommend` response: a starting point, safe windows, notes and a disclaimer.
public struct FusionRecommendation: Codable, Sendable, Equatable {
    public var modelParams: Double
    public var datasetTokensEst: Double
    public var recommended: FusionRecommendedSettings
    /// Safe range per setting (`lr`, `cycles`, `steps_per_cycle`, `turns`, `seq_len`).
    public var windows: [String: FusionWindow]
    public var notes: [String]
    public var disclaimer: String

    public init(
        modelParams: Double, datasetTokensEst: Double, recommended: FusionRecommendedSettings,
        windows: [String: FusionWindow], notes: [String], disclaimer: String
    ) {
        self.modelParams = modelParams
        self.datasetTokensEst = datasetTokensEst
        self.recommended = recommended
        self.windows = windows
        self.notes = notes
        self.disclaimer = disclaimer
    }

    enum CodingKeys: String, CodingKey {
        case recommended, windows, notes, disclaimer
        case modelParams = "model_params"
        case datasetTokensEst = "dataset_tokens_est"
    }
}

/// The recommended settings of a training run.
public struct FusionRecommendedSettings: Codable, Sendable, Equatable {
    public var turns: Int
    public var lr: Double
    public var cycles: Int
    public var stepsPerCycle: Int
    public var seqLen: Int

    public init(turns: Int, lr: Double, cycles: Int, stepsPerCycle: Int, seqLen: Int) {
        self.turns = turns
        self.lr = lr
        self.cycles = cycles
        self.stepsPerCycle = stepsPerCycle
        self.seqLen = seqLen
    }

    enum CodingKeys: String, CodingKey {
        case turns, lr, cycles
        case stepsPerCycle = "steps_per_cycle"
        case seqLen = "seq_len"
    }
}

/// A safe range `{min, max}` for one setting.
public struct FusionWindow: Codable, Sendable, Equatable {
    public var min: Double
    public var max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }
}
