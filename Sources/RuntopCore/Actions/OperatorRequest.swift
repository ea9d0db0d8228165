/// One operator action aimed at one job: what is confirmed, sent, and reported.
public struct OperatorRequest: Sendable, Hashable {
    /// What to do.
    public var action: OperatorAction
    /// The job it is done to (or whose checkpoint it is done to).
    public var jobID: JobID
    /// The job's name, for the confirmation and the outcome.
    public var jobName: String

    /// A request to do `action` to the job `jobID` called `jobName`.
    public init(_ action: OperatorAction, jobID: JobID, jobName: String) {
        self.action = action
        self.jobID = jobID
        self.jobName = jobName
    }

    /// A request to do `action` to `job`.
    public init(_ action: OperatorAction, job: JobSummary) {
        self.init(action, jobID: job.id, jobName: job.name)
    }

    /// The question asked before sending: `Cancel job train-llama (3f2a9c1d)?`.
    public var confirmationQuestion: String {
        switch action {
        case .cancelJob: "Cancel job \(jobLabel)?"
        case .retryJob: "Retry job \(jobLabel)?"
        case .publishCheckpoint(let path): "Publish checkpoint \(path) (anyone can read it)?"
        case .unpublishCheckpoint(let path): "Unpublish checkpoint \(path) (make it private)?"
        case .setCheckpointTTL(let path, .never): "Remove the expiry of checkpoint \(path)?"
        case .setCheckpointTTL(let path, let ttl): "Let checkpoint \(path) expire in \(ttl)?"
        }
    }

    /// What the status line says while the request runs: `cancelling job train-llama…`.
    public var progressText: String {
        switch action {
        case .cancelJob: "cancelling job \(jobName)…"
        case .retryJob: "retrying job \(jobName)…"
        case .publishCheckpoint: "publishing checkpoint…"
        case .unpublishCheckpoint: "unpublishing checkpoint…"
        case .setCheckpointTTL: "setting checkpoint expiry…"
        }
    }

    /// What the status line says when it worked: `cancelled train-llama (3f2a9c1d)`.
    public var successText: String {
        switch action {
        case .cancelJob: "cancelled \(jobLabel)"
        case .retryJob: "retried \(jobLabel)"
        case .publishCheckpoint(let path): "published \(path)"
        case .unpublishCheckpoint(let path): "unpublished \(path)"
        case .setCheckpointTTL(let path, .never): "\(path) never expires"
        case .setCheckpointTTL(let path, let ttl): "\(path) expires in \(ttl)"
        }
    }

    /// What the status line says when it failed: `cancel failed: HTTP 409: Job already succeeded`.
    public func failureText(_ reason: String) -> String { "\(action.kind.rawValue) failed: \(reason)" }

    /// The job's name with a short id: `train-llama (3f2a9c1d)`, or the id alone when the name is the id.
    var jobLabel: String {
        let id = jobID.rawValue
        let shortID = id.count > 12 ? String(id.prefix(8)) : id
        return jobName == id || jobName.contains(shortID) ? jobName : "\(jobName) (\(shortID))"
    }
}
