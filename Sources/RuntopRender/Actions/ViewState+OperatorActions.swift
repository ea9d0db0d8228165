import RuntopCore

/// Operator actions (cancel, retry, publish, unpublish, expiry): a key or `:` command proposes one, the status
/// line asks to confirm it, and only `y` turns it into a ``ViewEffect/performAction(_:)``. Read-only mode and
/// actions that do not apply answer with a reason instead.
extension ViewState {
    /// What every action says in read-only mode.
    public static let readOnlyMessage = "read-only: actions are disabled (--read-only)"

    /// The checkpoint the artifacts pane's actions (and `c`) act on: the one under the cursor, else the newest.
    func selectedCheckpoint(_ store: DataStore) -> CheckpointRef? {
        artifactsCursorRow(store)?.checkpoint ?? selectedJobID.flatMap { store.detail($0)?.artifacts.checkpoints.last }
    }

    /// Asks to confirm `kind` on the selected job, or on its checkpoint named `checkpointQuery` (name, path or
    /// `step N`; the newest when nil); sets a status message saying why when it cannot be done.
    mutating func proposeAction(
        _ kind: OperatorActionKind, ttl: CheckpointTTL? = nil, checkpointQuery: String? = nil, store: DataStore
    ) -> [ViewEffect] {
        if let refusal = refusal(kind, checkpointQuery: checkpointQuery, store: store) {
            statusMessage = refusal
            return [.bell]
        }
        guard let job = selectedJobID.flatMap({ store.job($0) }) else { return [.bell] }
        let path = checkpoint(matching: checkpointQuery, store: store)?.path ?? ""
        let action: OperatorAction
        switch kind {
        case .cancelJob: action = .cancelJob
        case .retryJob: action = .retryJob
        case .publishCheckpoint: action = .publishCheckpoint(path: path)
        case .unpublishCheckpoint: action = .unpublishCheckpoint(path: path)
        case .setCheckpointTTL:
            guard let ttl else {
                statusMessage = "usage: ttl 7d|12h|30m|SECONDS|never"
                return [.bell]
            }
            action = .setCheckpointTTL(path: path, ttl: ttl)
        }
        pendingConfirmation = OperatorRequest(action, job: job)
        return []
    }

    /// `p`: publish the selected checkpoint, or unpublish it when it is public.
    mutating func proposePublishToggle(store: DataStore) -> [ViewEffect] {
        let isPublic = selectedCheckpoint(store)?.isPublic == true
        return proposeAction(isPublic ? .unpublishCheckpoint : .publishCheckpoint, store: store)
    }

    /// `T`: opens the command prompt at `ttl ` for the duration, when an expiry can be set at all.
    mutating func promptForCheckpointTTL(store: DataStore) -> [ViewEffect] {
        if let refusal = refusal(.setCheckpointTTL, checkpointQuery: nil, store: store) {
            statusMessage = refusal
            return [.bell]
        }
        prompt = Prompt(.command, text: "ttl ")
        return []
    }

    /// Runs `:cancel`, `:retry`, `:publish [checkpoint]`, `:unpublish [checkpoint]`, `:ttl DURATION [checkpoint]`.
    mutating func runActionCommand(_ kind: OperatorActionKind, arguments: [String], store: DataStore) -> [ViewEffect] {
        switch kind {
        case .cancelJob, .retryJob:
            return proposeAction(kind, store: store)
        case .publishCheckpoint, .unpublishCheckpoint:
            return proposeAction(kind, checkpointQuery: Self.joined(arguments), store: store)
        case .setCheckpointTTL:
            guard let first = arguments.first, let ttl = CheckpointTTL(parsing: first) else {
                if isReadOnly {
                    statusMessage = Self.readOnlyMessage
                } else {
                    statusMessage = "usage: ttl 7d|12h|30m|SECONDS|never [checkpoint]"
                }
                return [.bell]
            }
            return proposeAction(kind, ttl: ttl, checkpointQuery: Self.joined(Array(arguments.dropFirst())), store: store)
        }
    }

    /// Answers the open confirmation: `y` sends the action, Ctrl-C quits, any other key drops it.
    mutating func answerConfirmation(_ key: Key) -> [ViewEffect] {
        guard let request = pendingConfirmation else { return [] }
        pendingConfirmation = nil
        switch key {
        case .character("y"):
            statusMessage = request.progressText
            return [.performAction(request)]
        case .control("c"):
            return [.quit]
        default:
            statusMessage = "nothing sent"
            return []
        }
    }

    /// Why `kind` cannot be proposed now, or nil when it can.
    private func refusal(_ kind: OperatorActionKind, checkpointQuery: String?, store: DataStore) -> String? {
        if isReadOnly { return Self.readOnlyMessage }
        guard let job = selectedJobID.flatMap({ store.job($0) }) else { return "\(kind.rawValue): no job selected" }
        guard kind.isCheckpointAction else { return operatorCapabilities.refusal(kind, job: job) }
        let checkpoint = checkpoint(matching: checkpointQuery, store: store)
        if let checkpointQuery, checkpoint == nil, operatorCapabilities.supported.contains(kind) {
            return "\(kind.rawValue): job \(job.name) has no checkpoint \"\(checkpointQuery)\""
        }
        return operatorCapabilities.refusal(kind, job: job, checkpoint: checkpoint)
    }

    /// The selected job's checkpoint whose name or path is `query` (or `step N`); the newest when `query` is nil.
    private func checkpoint(matching query: String?, store: DataStore) -> CheckpointRef? {
        guard let query else { return selectedCheckpoint(store) }
        let checkpoints = selectedJobID.flatMap { store.detail($0)?.artifacts.checkpoints } ?? []
        return checkpoints.last { $0.path == query || $0.name == query || $0.step.map { "step \($0)" } == query }
    }

    private static func joined(_ words: [String]) -> String? { words.isEmpty ? nil : words.joined(separator: " ") }
}
