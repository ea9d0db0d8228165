/// Whether a checkpoint holds full training state (`weights/…`) or sampler weights only (`sampler_weights/…`).
enum TinkerCheckpointKind: String, Sendable, CaseIterable {
    case training
    case sampler

    /// The kind a checkpoint id's first segment names.
    init?(directory: Substring) {
        switch directory {
        case "weights": self = .training
        case "sampler_weights": self = .sampler
        default: return nil
        }
    }

    /// The first segment of the kind's checkpoint ids.
    var directory: String { self == .training ? "weights" : "sampler_weights" }

    /// The checkpoint id of the checkpoint called `name`.
    func checkpointID(name: String) -> String { "\(directory)/\(name)" }
}
