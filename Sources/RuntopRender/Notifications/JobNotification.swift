import RuntopCore

/// A marked job reached a terminal state: what the loop rings the bell and sends OSC 9/777 for.
public struct JobNotification: Sendable, Equatable {
    /// The job.
    public var id: JobID
    /// The job's name.
    public var name: String
    /// The terminal state it reached.
    public var status: JobStatus
    /// The job's error, when it failed.
    public var error: String?

    /// Creates a notification.
    public init(id: JobID, name: String, status: JobStatus, error: String? = nil) {
        self.id = id
        self.name = name
        self.status = status
        self.error = error
    }

    /// The notification's title (`runtop: llama-7b-grow succeeded`).
    public var title: String { "runtop: \(name) \(status)" }

    /// The notification's body: the error when there is one, else the job id.
    public var body: String { error.map { "\(id.rawValue): \($0)" } ?? id.rawValue }
}
