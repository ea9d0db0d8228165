/// `GET|PUT /jobs/{id}/artifacts` (a runtop extension for externally driven jobs): saved checkpoints and
/// named references (output model, dataset snapshot, W&B run, …).
public struct FusionArtifacts: Codable, Sendable, Equatable {
    public var jobID: String
    public var checkpoints: [FusionCheckpoint]
    public var refs: [String: String]

    public init(jobID: String, checkpoints: [FusionCheckpoint], refs: [String: String]) {
        self.jobID = jobID
        self.checkpoints = checkpoints
        self.refs = refs
    }

    enum CodingKeys: String, CodingKey {
        case checkpoints, refs
        case jobID = "job_id"
    }
}

/// One saved checkpoint: the step it was taken at, its name and where it lives.
public struct FusionCheckpoint: Codable, Sendable, Equatable {
    public var step: Int
    public var name: String
    public var path: String

    public init(step: Int, name: String, path: String) {
        self.step = step
        self.name = name
        self.path = path
    }
}
