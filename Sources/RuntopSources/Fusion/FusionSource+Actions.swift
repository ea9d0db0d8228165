import RuntopCore

/// Fusion's one operator action: `POST /jobs/{id}/cancel`.
extension FusionSource: JobActions {
    public var operatorCapabilities: OperatorCapabilities {
        OperatorCapabilities(dialect: "fusion", supported: [.cancelJob])
    }

    public func perform(_ request: OperatorRequest) async throws {
        guard case .cancelJob = request.action else {
            throw OperatorActionError.unsupported(request.action.kind, dialect: "fusion")
        }
        _ = try await transport.send(.POST, "/jobs/\(Self.escape(request.jobID))/cancel")
    }
}
