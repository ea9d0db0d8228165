/// Which operator actions a source's dialect offers, and whether one applies to a job (or checkpoint) now.
public struct OperatorCapabilities: Sendable, Hashable {
    /// The dialect's name as messages say it (`fusion`, `dreadnode`, `tinker`, `local files`).
    public var dialect: String
    /// The actions the dialect has.
    public var supported: Set<OperatorActionKind>
    /// Checkpoint actions apply only to paths with one of these prefixes (`tinker://`); empty: any path.
    public var checkpointPathPrefixes: [String]

    /// Capabilities of `dialect`.
    public init(dialect: String, supported: Set<OperatorActionKind>, checkpointPathPrefixes: [String] = []) {
        self.dialect = dialect
        self.supported = supported
        self.checkpointPathPrefixes = checkpointPathPrefixes
    }

    /// A source with no actions (local files, or one not known yet).
    public static let none = OperatorCapabilities(dialect: "this source", supported: [])

    /// Why `kind` cannot be done to `job` (and `checkpoint`, for checkpoint actions) now, or nil when it can.
    ///
    /// The reason is a status-bar sentence: `cancel: job train-llama already succeeded`.
    public func refusal(
        _ kind: OperatorActionKind, job: JobSummary, checkpoint: CheckpointRef? = nil
    ) -> String? {
        guard supported.contains(kind) else { return "\(kind.rawValue): \(dialect) has no \(kind.rawValue) action" }
        switch kind {
        case .cancelJob:
            if job.status.isTerminal { return "cancel: job \(job.name) already \(job.status)" }
        case .retryJob:
            guard job.status == .failed || job.status == .cancelled else {
                return "retry: job \(job.name) is \(job.status) (only failed or cancelled jobs can be retried)"
            }
        case .publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL:
            guard let checkpoint else { return "\(kind.rawValue): job \(job.name) has no checkpoint" }
            if !checkpointPathPrefixes.isEmpty,
                !checkpointPathPrefixes.contains(where: { checkpoint.path.lowercased().hasPrefix($0) })
            {
                let prefixes = checkpointPathPrefixes.joined(separator: " or ")
                return "\(kind.rawValue): checkpoint \(checkpoint.name) is not a \(prefixes) path"
            }
            if kind == .publishCheckpoint, checkpoint.isPublic == true {
                return "publish: checkpoint \(checkpoint.name) is already public"
            }
            if kind == .unpublishCheckpoint, checkpoint.isPublic == false {
                return "unpublish: checkpoint \(checkpoint.name) is not public"
            }
        }
        return nil
    }
}
