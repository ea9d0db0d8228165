import Foundation
import RuntopCore

/// Which jobs the list shows and in what order: a text filter, a status filter and a sort.
public struct JobListQuery: Sendable, Equatable {
    /// Case-insensitive text a job's name, id, type or status must contain ("" for any).
    public var text = ""
    /// The statuses shown.
    public var status: JobStatusFilter = .all
    /// The sort column.
    public var sort: JobSortColumn = .created
    /// True to reverse the sort.
    public var isReversed = false

    /// The query that shows every job in server order.
    public init() {}

    /// True when some jobs may be hidden.
    public var isFiltering: Bool { !text.isEmpty || status != .all }

    /// True when `job` passes both filters.
    public func admits(_ job: JobSummary) -> Bool {
        guard status.admits(job.status) else { return false }
        guard !text.isEmpty else { return true }
        return [job.name, job.id.rawValue, job.kind, job.status.description].contains {
            $0.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
    }

    /// The jobs of `store` that pass, sorted; ties (and jobs missing the sort value, which go last) keep the
    /// server's order.
    public func apply(to store: DataStore) -> [JobSummary] {
        // The default view of a long list is the store's own array, shared rather than copied every frame.
        if !isFiltering, sort == .created, !isReversed { return store.jobs }
        let admitted = store.jobs.enumerated().filter { admits($0.element) }
        guard sort != .created || isReversed else { return admitted.map(\.element) }
        let keyed = admitted.map { (offset: $0.offset, job: $0.element, key: sortKey($0.element, store: store)) }
        let sorted = keyed.sorted { left, right in
            switch (left.key, right.key) {
            case (nil, nil): return left.offset < right.offset
            case (nil, _): return false
            case (_, nil): return true
            case (let lhs?, let rhs?):
                if lhs == rhs { return left.offset < right.offset }
                return (lhs < rhs) != isReversed
            }
        }
        return sorted.map(\.job)
    }

    /// The value sorted on, ascending in the column's natural order; nil when the job has none.
    private func sortKey(_ job: JobSummary, store: DataStore) -> SortKey? {
        switch sort {
        case .created: return nil
        case .name: return .text(job.name.lowercased())
        case .status: return .number(Double(Self.lifecycleRank(job.status)))
        case .progress:
            if let progress = job.progress { return .number(-progress) }
            return (job.currentStep ?? store.detail(job.id)?.latestStep).map { .number(-Double($0)) }
        case .loss:
            return store.detail(job.id)?.metrics[SeriesName.loss]?.lastFiniteValue.map { .number($0) }
        case .age:
            return (job.createdAt ?? job.startedAt).map { .number(-$0.timeIntervalSince1970) }
        }
    }

    /// The position of `status` in lifecycle order.
    static func lifecycleRank(_ status: JobStatus) -> Int {
        switch status {
        case .running: 0
        case .reclaimed: 1
        case .queued: 2
        case .succeeded: 3
        case .partial: 4
        case .failed: 5
        case .cancelled: 6
        case .other: 7
        }
    }

    /// A comparable sort value.
    private enum SortKey: Comparable {
        case number(Double)
        case text(String)
    }

    /// The title words describing the query (`/lla · running · by loss, reversed`), empty when it is the default.
    public func summary(separator: String) -> String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("/\(text)") }
        if status != .all { parts.append(status.label) }
        if sort != .created || isReversed {
            parts.append("by \(sort.rawValue)" + (isReversed ? ", reversed" : ""))
        }
        return parts.joined(separator: " \(separator) ")
    }
}
