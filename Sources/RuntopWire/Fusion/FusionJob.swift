/// The Fusion job object (`GET /jobs`, `GET /jobs/{id}`, `POST /jobs`), exactly as seed 003 shows it.
///
/// The seed lists `id, type, status, retries, last_checkpoint_step, output_model_id, created_at, started_at,
/// finished_at`. The reference server also sends the submitted ids, hyperparams and progress; a client must
/// not require them.
public struct FusionJob: Codable, Sendable, Equatable {
    public var id: String
    public var type: String
    public var status: String
    public var retries: Int
    public var lastCheckpointStep: Int
    public var outputModelID: String?
    public var createdAt: String
    public var startedAt: String?
    public var finishedAt: String?
    // Optional extras (not in the seed's table).
    public var idempotencyKey: String?
    public var baseModelID: String?
    public var sourceModelID: String?
    public var datasetID: String?
    public var hyperparams: [String: JSONValue]?
    public var currentStep: Int?
    public var totalSteps: Int?
    public var error: String?

    public init(
        id: String, type: String, status: String, retries: Int = 0, lastCheckpointStep: Int = 0,
        outputModelID: String? = nil, createdAt: String, startedAt: String? = nil, finishedAt: String? = nil,
        idempotencyKey: String? = nil, baseModelID: String? = nil, sourceModelID: String? = nil,
        datasetID: String? = nil, hyperparams: [String: JSONValue]? = nil, currentStep: Int? = nil,
        totalSteps: Int? = nil, error: String? = nil
    ) {
        self.id = id
        self.type = type
        self.status = status
        self.retries = retries
        self.lastCheckpointStep = lastCheckpointStep
        self.outputModelID = outputModelID
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.idempotencyKey = idempotencyKey
        self.baseModelID = baseModelID
        self.sourceModelID = sourceModelID
        self.datasetID = datasetID
        self.hyperparams = hyperparams
        self.currentStep = currentStep
        self.totalSteps = totalSteps
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case id, type, status, retries, hyperparams, error
        case lastCheckpointStep = "last_checkpoint_step"
        case outputModelID = "output_model_id"
        case createdAt = "created_at"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case idempotencyKey = "idempotency_key"
        case baseModelID = "base_model_id"
        case sourceModelID = "source_model_id"
        case datasetID = "dataset_id"
        case currentStep = "current_step"
        case totalSteps = "total_steps"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(status, forKey: .status)
        try container.encode(retries, forKey: .retries)
        try container.encode(lastCheckpointStep, forKey: .lastCheckpointStep)
        // The seed shows these as explicit nulls.
        try container.encode(outputModelID, forKey: .outputModelID)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(finishedAt, forKey: .finishedAt)
        try container.encodeIfPresent(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(baseModelID, forKey: .baseModelID)
        try container.encodeIfPresent(sourceModelID, forKey: .sourceModelID)
        try container.encodeIfPresent(datasetID, forKey: .datasetID)
        try container.encodeIfPresent(hyperparams, forKey: .hyperparams)
        try container.encodeIfPresent(currentStep, forKey: .currentStep)
        try container.encodeIfPresent(totalSteps, forKey: .totalSteps)
        try container.encodeIfPresent(error, forKey: .error)
    }
}

/// `POST /jobs` body: a train, finetune or contract run.
public struct FusionJobRequest: Codable, Sendable, Equatable {
    public var type: String
    public var idempotencyKey: String
    public var baseModelID: String?
    public var sourceModelID: String?
    public var datasetID: String?
    public var hyperparams: [String: JSONValue]?

    public init(
        type: String, idempotencyKey: String, baseModelID: String? = nil, sourceModelID: String? = nil,
        datasetID: String? = nil, hyperparams: [String: JSONValue]? = nil
    ) {
        self.type = type
        self.idempotencyKey = idempotencyKey
        self.baseModelID = baseModelID
        self.sourceModelID = sourceModelID
        self.datasetID = datasetID
        self.hyperparams = hyperparams
    }

    enum CodingKeys: String, CodingKey {
        case type, hyperparams
        case idempotencyKey = "idempotency_key"
        case baseModelID = "base_model_id"
        case sourceModelID = "source_model_id"
        case datasetID = "dataset_id"
    }
}
