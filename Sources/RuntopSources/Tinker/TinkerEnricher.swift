import Foundation
import RuntopCore
import RuntopWire

/// Fills in what Tinker knows about the `tinker://` checkpoints another control plane lists: size, whether
/// published, and expiry, from `GET /api/v1/training_runs/{id}/checkpoints` (seed 002).
public struct TinkerEnricher: Sendable {
    private let transport: HTTPTransport
    /// Publish, unpublish and expiry of the checkpoints it enriches (operator actions wait longer than reads).
    let checkpointActions: TinkerCheckpointActions

    /// An enricher for the Tinker API at `baseURL` (the host, or ending in `/api/v1`), authenticating with
    /// `X-API-Key` when `apiKey` is given. Enrichment is optional, so requests give up after `timeoutSeconds`
    /// rather than hold up the artifacts card.
    public init(baseURL: String, apiKey: String?, timeoutSeconds: Int64 = 3) {
        transport = HTTPTransport(
            baseURL: DreadnodeSource.apiRoot(baseURL), headers: apiKey.map { [("X-API-Key", $0)] } ?? [],
            timeoutSeconds: timeoutSeconds)
        checkpointActions = TinkerCheckpointActions(baseURL: baseURL, apiKey: apiKey)
    }

    /// The checkpoints of one training run (`<uuid>:train:<rank>`).
    public func checkpoints(ofRun trainingRunID: String) async throws -> [TinkerCheckpoint] {
        try await transport.get(
            "/training_runs/\(Self.escape(trainingRunID))/checkpoints", as: TinkerCheckpointsPage.self
        ).checkpoints
    }

    /// `artifacts` with every `tinker://` checkpoint's size, visibility and expiry filled in where Tinker lists
    /// it; runs that cannot be fetched are left as they were.
    public func enrich(_ artifacts: JobArtifacts) async -> JobArtifacts {
        let runs = Set(artifacts.checkpoints.compactMap { TinkerPath($0.path)?.trainingRunID })
        var known: [String: TinkerCheckpoint] = [:]
        for run in runs.sorted() {
            guard let listed = try? await checkpoints(ofRun: run) else { continue }
            for checkpoint in listed {
                let key = TinkerPath(checkpoint.tinkerPath).map(\.description) ?? checkpoint.tinkerPath
                known[key] = checkpoint
            }
        }
        return Self.merge(artifacts, with: known)
    }

    /// `artifacts` with the details of `known` (keyed by canonical tinker path) copied onto matching checkpoints.
    static func merge(_ artifacts: JobArtifacts, with known: [String: TinkerCheckpoint]) -> JobArtifacts {
        var result = artifacts
        result.checkpoints = artifacts.checkpoints.map { reference in
            guard let path = TinkerPath(reference.path), let listed = known[path.description] else { return reference }
            var enriched = reference
            enriched.sizeBytes = listed.sizeBytes ?? reference.sizeBytes
            enriched.isPublic = listed.isPublic ?? reference.isPublic
            enriched.expiresAt = WireDate.parse(listed.expiresAt) ?? reference.expiresAt
            return enriched
        }
        return result
    }

    /// Releases the HTTP client.
    public func shutdown() async { await transport.shutdown() }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}
