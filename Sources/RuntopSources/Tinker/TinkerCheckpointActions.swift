import Foundation
import RuntopCore

/// Publish, unpublish and expiry of Tinker checkpoints (seed 002): `POST|DELETE
/// /training_runs/{run}/checkpoints/{checkpoint_id}/publish` and `PUT …/{checkpoint_id}/ttl` with
/// `{"ttl_seconds": int|null}`. The checkpoint id (`sampler_weights/<name>`) travels as one path segment, its
/// slash encoded as `%2F`.
public struct TinkerCheckpointActions: Sendable {
    private let transport: HTTPTransport

    /// Actions against the Tinker API at `baseURL` (the host, or ending in `/api/v1`), authenticating with
    /// `X-API-Key` when `apiKey` is given.
    public init(baseURL: String, apiKey: String?, timeoutSeconds: Int64 = 10) {
        transport = HTTPTransport(
            baseURL: DreadnodeSource.apiRoot(baseURL), headers: apiKey.map { [("X-API-Key", $0)] } ?? [],
            timeoutSeconds: timeoutSeconds)
    }

    /// The checkpoint actions Tinker has.
    public static let supported: Set<OperatorActionKind> = [.publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL]

    /// Sends a checkpoint action; throws ``OperatorActionError`` for a job action or a path that is not a
    /// `tinker://` checkpoint path.
    public func perform(_ action: OperatorAction, dialect: String = "tinker") async throws {
        guard let text = action.checkpointPath else {
            throw OperatorActionError.unsupported(action.kind, dialect: dialect)
        }
        guard let path = TinkerPath(text) else { throw OperatorActionError.unaddressableCheckpoint(text) }
        switch action {
        case .publishCheckpoint: _ = try await transport.send(.POST, Self.route(path) + "/publish")
        case .unpublishCheckpoint: _ = try await transport.send(.DELETE, Self.route(path) + "/publish")
        case .setCheckpointTTL(_, let ttl):
            let body = "{\"ttl_seconds\": \(ttl.wireSeconds.map(String.init) ?? "null")}"
            _ = try await transport.send(.PUT, Self.route(path) + "/ttl", body: Data(body.utf8))
        case .cancelJob, .retryJob:
            throw OperatorActionError.unsupported(action.kind, dialect: dialect)
        }
    }

    /// `/training_runs/{run}/checkpoints/{checkpoint_id}` with both ids escaped as single segments.
    static func route(_ path: TinkerPath) -> String {
        "/training_runs/\(TinkerEnricher.escape(path.trainingRunID))/checkpoints/\(TinkerEnricher.escape(path.checkpointID))"
    }
}
