/// One saved checkpoint as Tinker's REST API returns it (seed 002, `tinker.types.Checkpoint`).
public struct TinkerCheckpoint: Codable, Sendable, Equatable {
    /// `weights/<name>` or `sampler_weights/<name>`.
    public var checkpointID: String
    /// `training | sampler`.
    public var checkpointType: String?
    /// When it was saved (ISO-8601).
    public var time: String?
    /// `tinker://<run-id>:train:<rank>/sampler_weights/<name>`.
    public var tinkerPath: String
    /// Size on Tinker's storage, when it says.
    public var sizeBytes: Int?
    /// Whether it is published (readable by anyone).
    public var isPublic: Bool?
    /// When it expires (ISO-8601); nil means never.
    public var expiresAt: String?
    /// The run it belongs to (present in the all-checkpoints listing).
    public var trainingRunID: String?

    public init(
        checkpointID: String, checkpointType: String? = nil, time: String? = nil, tinkerPath: String,
        sizeBytes: Int? = nil, isPublic: Bool? = nil, expiresAt: String? = nil, trainingRunID: String? = nil
    ) {
        self.checkpointID = checkpointID
        self.checkpointType = checkpointType
        self.time = time
        self.tinkerPath = tinkerPath
        self.sizeBytes = sizeBytes
        self.isPublic = isPublic
        self.expiresAt = expiresAt
        self.trainingRunID = trainingRunID
    }

    enum CodingKeys: String, CodingKey {
        case time
        case checkpointID = "checkpoint_id"
        case checkpointType = "checkpoint_type"
        case tinkerPath = "tinker_path"
        case sizeBytes = "size_bytes"
        case isPublic = "public"
        case expiresAt = "expires_at"
        case trainingRunID = "training_run_id"
    }
}
