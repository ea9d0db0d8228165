import Foundation

/// A parsed `tinker://<run-id>:train:<rank>/<weights|sampler_weights>/<name>` checkpoint path.
///
/// Parsed as Tinker's SDK does (`ParsedCheckpointTinkerPath`): the first segment is the training run id the
/// REST API expects, whole (`<uuid>:train:0`); it is also split into the run's UUID and rank when it has that
/// form. Tolerates surrounding whitespace, repeated or trailing slashes, and names that contain slashes.
public struct TinkerPath: Sendable, Equatable, CustomStringConvertible {
    /// Whether the checkpoint holds full training state or sampler weights only.
    public enum Kind: String, Sendable, Equatable {
        case training
        case sampler
    }

    /// The run id as the REST paths use it, e.g. `ffa04fd4-…:train:0`.
    public var trainingRunID: String
    /// The part of the run id before its first `:` (the session UUID).
    public var runUUID: String
    /// The rank after `:train:`, when the id has one.
    public var rank: Int?
    public var kind: Kind
    /// The checkpoint's name, e.g. `check1-step10` or `final`.
    public var name: String

    /// Parses `text`, or returns nil when it is not a tinker checkpoint path.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let scheme = "tinker://"
        guard trimmed.lowercased().hasPrefix(scheme) else { return nil }
        let parts = trimmed.dropFirst(scheme.count).split(separator: "/").map(String.init)
        guard parts.count >= 3, !parts[0].isEmpty else { return nil }
        switch parts[1] {
        case "weights": kind = .training
        case "sampler_weights": kind = .sampler
        default: return nil
        }
        trainingRunID = parts[0]
        name = parts[2...].joined(separator: "/")
        let pieces = parts[0].split(separator: ":", omittingEmptySubsequences: false)
        runUUID = String(pieces[0])
        if pieces.count == 3, pieces[1] == "train" { rank = Int(pieces[2]) } else { rank = nil }
    }

    /// The id the checkpoints API lists it under: `weights/<name>` or `sampler_weights/<name>`.
    public var checkpointID: String { (kind == .training ? "weights/" : "sampler_weights/") + name }

    /// The canonical path text.
    public var description: String { "tinker://\(trainingRunID)/\(checkpointID)" }
}
