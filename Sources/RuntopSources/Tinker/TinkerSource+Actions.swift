import RuntopCore

/// Tinker's operator actions: publish, unpublish and expiry of a run's checkpoints. Runs cannot be cancelled.
extension TinkerSource: JobActions {
    public var operatorCapabilities: OperatorCapabilities {
        OperatorCapabilities(
            dialect: "tinker", supported: TinkerCheckpointActions.supported, checkpointPathPrefixes: ["tinker://"])
    }

    public func perform(_ request: OperatorRequest) async throws {
        try await checkpointActions.perform(request.action)
    }
}
