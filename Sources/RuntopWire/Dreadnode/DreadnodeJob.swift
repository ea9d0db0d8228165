/// A hosted training job as Dreadnode's `/api/v1/org/{org}/ws/{ws}/training/jobs` returns it (seeds 000/001).
///
/// `metrics` holds series (`steps`, `train_loss`, `train/loss`, `learning_rate`, `val_loss`, …) and scalars
/// (`train/loss_last`, `eval/loss`, RL `train/reward_mean`, …); `artifacts` is the trainer's free-form map.
public struct DreadnodeJob: Codable, Sendable, Equatable {
    public var id: String
    public var organizationID: String
    public var workspaceID: String
    /// `queued | running | completed | failed | cancelled` (clients also treat `partial` as final).
    public var status: String
    /// `tinker | ray`.
    public var backend: String
    /// `sft | rl`.
    public var trainerType: String
    public var model: String
    public var capability: DreadnodeReference?
    public var createdAt: String
    public var name: String?
    public var algorithm: String?
    public var projectRef: String?
    public var runRef: String?
    public var datasetRef: DreadnodeReference?
    public var promptDatasetRef: DreadnodeReference?
    public var config: [String: JSONValue]?
    public var metrics: [String: JSONValue]?
    public var artifacts: [String: JSONValue]?
    public var tags: [String]?
    public var error: String?
    public var startedAt: String?
    public var completedAt: String?
    public var cancelRequestedAt: String?

    public init(
        id: String, organizationID: String, workspaceID: String, status: String, backend: String,
        trainerType: String, model: String, capability: DreadnodeReference? = nil, createdAt: String,
        name: String? = nil, algorithm: String? = nil, projectRef: String? = nil, runRef: String? = nil,
        datasetRef: DreadnodeReference? = nil, promptDatasetRef: DreadnodeReference? = nil,
        config: [String: JSONValue]? = nil, metrics: [String: JSONValue]? = nil,
        artifacts: [String: JSONValue]? = nil, tags: [String]? = nil, error: String? = nil,
        startedAt: String? = nil, completedAt: String? = nil, cancelRequestedAt: String? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.workspaceID = workspaceID
        self.status = status
        self.backend = backend
        self.trainerType = trainerType
        self.model = model
        self.capability = capability
        self.createdAt = createdAt
        self.name = name
        self.algorithm = algorithm
        self.projectRef = projectRef
        self.runRef = runRef
        self.datasetRef = datasetRef
        self.promptDatasetRef = promptDatasetRef
        self.config = config
        self.metrics = metrics
        self.artifacts = artifacts
        self.tags = tags
        self.error = error
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.cancelRequestedAt = cancelRequestedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, status, backend, model, capability, name, algorithm, config, metrics, artifacts, tags, error
        case organizationID = "organization_id"
        case workspaceID = "workspace_id"
        case trainerType = "trainer_type"
        case createdAt = "created_at"
        case projectRef = "project_ref"
        case runRef = "run_ref"
        case datasetRef = "dataset_ref"
        case promptDatasetRef = "prompt_dataset_ref"
        case startedAt = "started_at"
        case completedAt = "completed_at"
        case cancelRequestedAt = "cancel_requested_at"
    }
}

/// `GET …/training/jobs`: one page of jobs.
public struct DreadnodeJobPage: Codable, Sendable, Equatable {
    public var items: [DreadnodeJob]
    public var total: Int
    public var page: Int
    public var pageSize: Int

    public init(items: [DreadnodeJob], total: Int, page: Int, pageSize: Int) {
        self.items = items
        self.total = total
        self.page = page
        self.pageSize = pageSize
    }

    enum CodingKeys: String, CodingKey {
        case items, total, page
        case pageSize = "page_size"
    }
}
