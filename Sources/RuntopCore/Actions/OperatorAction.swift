/// Something an operator asks the control plane to do to a job or one of its checkpoints.
///
/// Every action is confirmed before it is sent (see ``OperatorRequest/confirmationQuestion``) and none is sent in
/// read-only mode.
public enum OperatorAction: Sendable, Hashable {
    /// Stop a queued or running job (Fusion, Dreadnode).
    case cancelJob
    /// Queue a failed or cancelled job again (Dreadnode).
    case retryJob
    /// Make a checkpoint readable by anyone (Tinker).
    case publishCheckpoint(path: String)
    /// Make a published checkpoint private again (Tinker).
    case unpublishCheckpoint(path: String)
    /// Let a checkpoint expire after a time, or never (Tinker).
    case setCheckpointTTL(path: String, ttl: CheckpointTTL)

    /// Which kind of action this is, without its arguments.
    public var kind: OperatorActionKind {
        switch self {
        case .cancelJob: .cancelJob
        case .retryJob: .retryJob
        case .publishCheckpoint: .publishCheckpoint
        case .unpublishCheckpoint: .unpublishCheckpoint
        case .setCheckpointTTL: .setCheckpointTTL
        }
    }

    /// The checkpoint the action is about, when it is about one.
    public var checkpointPath: String? {
        switch self {
        case .cancelJob, .retryJob: nil
        case .publishCheckpoint(let path), .unpublishCheckpoint(let path), .setCheckpointTTL(let path, _): path
        }
    }
}

/// The kinds of ``OperatorAction``, for saying which ones a source supports.
public enum OperatorActionKind: String, Sendable, Hashable, CaseIterable {
    case cancelJob = "cancel"
    case retryJob = "retry"
    case publishCheckpoint = "publish"
    case unpublishCheckpoint = "unpublish"
    case setCheckpointTTL = "ttl"

    /// True for the actions on a checkpoint rather than on the job.
    public var isCheckpointAction: Bool {
        switch self {
        case .cancelJob, .retryJob: false
        case .publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL: true
        }
    }
}
