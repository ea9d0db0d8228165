import Foundation

/// One entry of a job's timeline: a state transition or another notable event.
public struct JobEvent: Sendable, Equatable, Hashable {
    public var timestamp: Date?
    /// What happened: `queued`, `running`, `checkpoint`, `reclaimed`, `succeeded`, …
    public var kind: String
    /// The payload as compact, display-safe JSON ("" when there was none).
    public var payload: String
    /// Top-level scalar payload fields, for quick lookups (`step`, `resume_step`, `error`).
    public var fields: [String: String]

    public init(timestamp: Date?, kind: String, payload: String = "", fields: [String: String] = [:]) {
        self.timestamp = timestamp
        self.kind = kind
        self.payload = payload
        self.fields = fields
    }

    /// The lifecycle state this event moves the job into, when it is a transition.
    public var status: JobStatus? {
        let parsed = JobStatus(wireValue: kind)
        if case .other = parsed { return nil }
        return parsed
    }
}
