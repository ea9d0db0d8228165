import Foundation

/// What the job list knows about one job: identity, state and progress.
public struct JobSummary: Sendable, Equatable, Identifiable {
    public var id: JobID
    /// A human name: the output name, the run name, or the id when there is none.
    public var name: String
    /// The job's type as the dialect names it (`train`, `finetune`, `contract`, `sft`, `rl`, …).
    public var kind: String
    public var status: JobStatus
    /// The base or source model, where known.
    public var model: String?
    /// Times the job was reclaimed after an interruption.
    public var retries: Int
    /// The resume point of the last durable checkpoint.
    public var lastCheckpointStep: Int?
    public var outputModel: String?
    public var createdAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    /// The latest step the server reports, where it does.
    public var currentStep: Int?
    /// The planned number of steps, where known.
    public var totalSteps: Int?
    /// The failure message the server gives for a failed job.
    public var error: String?

    public init(
        id: JobID, name: String, kind: String, status: JobStatus, model: String? = nil, retries: Int = 0,
        lastCheckpointStep: Int? = nil, outputModel: String? = nil, createdAt: Date? = nil,
        startedAt: Date? = nil, finishedAt: Date? = nil, currentStep: Int? = nil, totalSteps: Int? = nil,
        error: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.status = status
        self.model = model
        self.retries = retries
        self.lastCheckpointStep = lastCheckpointStep
        self.outputModel = outputModel
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.currentStep = currentStep
        self.totalSteps = totalSteps
        self.error = error
    }

    /// Fraction done in 0...1 when both the step and the total are known.
    public var progress: Double? {
        guard let currentStep, let totalSteps, totalSteps > 0 else { return nil }
        return min(1, max(0, Double(currentStep) / Double(totalSteps)))
    }
}
