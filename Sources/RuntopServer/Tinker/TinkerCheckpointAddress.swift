import Foundation

/// The checkpoint a request under `/api/v1/training_runs/{id}/checkpoints/…` names, and what it asks of it.
///
/// Checkpoint ids contain a slash (`weights/<name>`, `sampler_weights/<name>`). Tinker's SDK puts them in the
/// path as they are (`…/checkpoints/weights/0001/archive`); clients that percent-encode send
/// `…/checkpoints/weights%2F0001/archive`. Both name the same checkpoint.
struct TinkerCheckpointAddress: Equatable, Sendable {
    /// What a request does to the checkpoint, named by the path's last segment.
    enum Action: String, Sendable, CaseIterable {
        case archive, publish, ttl
    }

    /// `weights/<name>` or `sampler_weights/<name>`.
    var checkpointID: String
    /// nil when the path names the checkpoint itself (`DELETE` removes it).
    var action: Action?

    /// Reads the raw (still percent-encoded) path segments after `checkpoints/`; `badRequest` when they do not
    /// name a checkpoint.
    static func parse(_ rawSegments: [Substring]) throws(ServerError) -> TinkerCheckpointAddress {
        var segments: [String] = []
        for raw in rawSegments {
            guard let decoded = String(raw).removingPercentEncoding else {
                throw .badRequest("Malformed percent-encoding in checkpoint path")
            }
            segments.append(decoded)
        }
        if segments.count >= 2, let action = Action(rawValue: segments[segments.count - 1]) {
            let prefix = segments.dropLast().joined(separator: "/")
            if isValid(checkpointID: prefix) { return TinkerCheckpointAddress(checkpointID: prefix, action: action) }
        }
        let whole = segments.joined(separator: "/")
        guard isValid(checkpointID: whole) else {
            throw .badRequest("Invalid checkpoint id '\(whole)': expected weights/<name> or sampler_weights/<name>")
        }
        return TinkerCheckpointAddress(checkpointID: whole, action: nil)
    }

    /// Whether `checkpointID` is `weights/<name>` or `sampler_weights/<name>` with a non-empty name.
    static func isValid(checkpointID: String) -> Bool {
        let parts = checkpointID.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, TinkerCheckpointKind(directory: parts[0]) != nil else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty }
    }
}
