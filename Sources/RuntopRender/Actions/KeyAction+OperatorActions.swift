extension KeyAction {
    /// True for the keys that send an operator action to the control plane (disabled in read-only mode).
    public var isOperatorAction: Bool {
        switch self {
        case .cancelJob, .retryJob, .togglePublishCheckpoint, .setCheckpointTTL: true
        default: false
        }
    }
}
