import Foundation
import RuntopCore

/// Reads one run's output files as one trainer writes them, keeping what they say as a ``SeriesTable``.
protocol TrainerRunReader: Sendable {
    /// Every sample the files hold now.
    var table: SeriesTable { get }
    /// What the files tell about the run beyond its samples.
    var facts: RunFacts { get }
    /// The run's saved checkpoints, oldest first.
    var checkpoints: [CheckpointRef] { get }

    /// Reads whatever changed since the last call.
    mutating func refresh() -> RunChanges
}

/// What one refresh noticed that the store must be told as a new attempt.
struct RunChanges: Sendable, Equatable {
    /// Steps from which appended rows started again (a restarted trainer), in file order.
    var restartSteps: [Int] = []
    /// After a whole-file rewrite: the smallest step the old content held that the new one lacks or changed.
    var rewriteChangedFromStep: Int?
}

/// What a run's files say about it beyond the samples.
struct RunFacts: Sendable, Equatable {
    /// `tinker-sft`, `tinker-rl`, `hf-trainer`, `lightning`.
    var kind: String
    var model: String?
    /// Steps completed, where the files say.
    var currentStep: Int?
    /// The planned number of steps, where the files say.
    var totalSteps: Int?
    /// The files carry a marker that training ended.
    var isFinished = false
    /// When any of the run's files last changed.
    var lastModified: Date?
    /// How long the files may stay unchanged while the run is still counted as running.
    var quietAllowance: TimeInterval = 120
    /// The summary a finished run reports, in display order.
    var finalScalars: [NamedValue] = []
    /// References for the artifacts card (files read, best checkpoint, …).
    var refs: [LabelledRef] = []
    /// Details for the raw view.
    var internalFields: [LabelledRef] = []
}
