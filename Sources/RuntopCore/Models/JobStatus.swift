/// A job's lifecycle state, normalised across dialects.
///
/// Fusion says `succeeded`, Dreadnode says `completed`; both map to ``succeeded``.
public enum JobStatus: Hashable, Sendable, CustomStringConvertible {
    case queued
    case running
    /// Interrupted and waiting to resume from its last durable checkpoint.
    case reclaimed
    case succeeded
    case failed
    case cancelled
    /// Ended with only part of its work done (Dreadnode's `partial`).
    case partial
    /// A state this version of runtop does not know, kept verbatim.
    case other(String)

    /// Parses any dialect's spelling of a status.
    public init(wireValue: String) {
        switch wireValue.lowercased() {
        case "queued", "pending", "submitted", "created": self = .queued
        case "running", "in_progress", "started", "training": self = .running
        case "reclaimed", "interrupted", "preempted", "resuming": self = .reclaimed
        case "succeeded", "completed", "complete", "success", "done", "finished": self = .succeeded
        case "failed", "error", "errored": self = .failed
        case "cancelled", "canceled", "cancelling", "canceling": self = .cancelled
        case "partial": self = .partial
        default: self = .other(wireValue)
        }
    }

    /// True once the job will produce no more data.
    public var isTerminal: Bool {
        switch self {
        case .succeeded, .failed, .cancelled, .partial: true
        default: false
        }
    }

    /// The word shown to operators.
    public var description: String {
        switch self {
        case .queued: "queued"
        case .running: "running"
        case .reclaimed: "reclaimed"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .cancelled: "cancelled"
        case .partial: "partial"
        case .other(let value): value
        }
    }
}
