import RuntopCore

/// Which statuses the job list shows (`F` cycles).
public enum JobStatusFilter: CaseIterable, Sendable, Hashable {
    /// Every job.
    case all
    /// Running or being resumed after a reclaim.
    case running
    /// Failed.
    case failed
    /// Any terminal state: succeeded, failed, cancelled, partial.
    case finished

    /// The filter after this one in the `F` cycle.
    public var next: JobStatusFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The word shown in the job list's title.
    public var label: String {
        switch self {
        case .all: "all"
        case .running: "running"
        case .failed: "failed"
        case .finished: "finished"
        }
    }

    /// True when a job in `status` passes.
    public func admits(_ status: JobStatus) -> Bool {
        switch self {
        case .all: true
        case .running: status == .running || status == .reclaimed
        case .failed: status == .failed
        case .finished: status.isTerminal
        }
    }
}
