import RuntopCore

/// Dreadnode's operator actions: `POST …/training/jobs/{id}/cancel` and `…/retry`; with a Tinker URL configured,
/// also publish, unpublish and expiry of the job's `tinker://` checkpoints through Tinker's API.
extension DreadnodeSource: JobActions {
    public var operatorCapabilities: OperatorCapabilities {
        guard enricher != nil else { return OperatorCapabilities(dialect: "dreadnode", supported: [.cancelJob, .retryJob]) }
        return OperatorCapabilities(
            dialect: "dreadnode", supported: TinkerCheckpointActions.supported.union([.cancelJob, .retryJob]),
            checkpointPathPrefixes: ["tinker://"])
    }

    public func perform(_ request: OperatorRequest) async throws {
        let job = "\(jobsPath)/\(Self.escape(request.jobID.rawValue))"
        do {
            switch request.action {
            case .cancelJob: _ = try await transport.send(.POST, job + "/cancel")
            case .retryJob: _ = try await transport.send(.POST, job + "/retry")
            case .publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL:
                guard let enricher else {
                    throw OperatorActionError.unsupported(request.action.kind, dialect: "dreadnode without --tinker-url")
                }
                try await enricher.checkpointActions.perform(request.action)
            }
        } catch let error as SourceError {
            throw DreadnodeErrorDetail.readable(error)
        }
    }
}
