/// What the job list is sorted by (`o` cycles, `O` reverses).
public enum JobSortColumn: String, CaseIterable, Sendable, Hashable {
    /// The server's order (usually creation).
    case created
    /// Name, A to Z.
    case name
    /// Lifecycle order: running, reclaimed, queued, succeeded, partial, failed, cancelled.
    case status
    /// Most complete first.
    case progress
    /// Lowest last loss first.
    case loss
    /// Newest first.
    case age

    /// The column after this one in the `o` cycle.
    public var next: JobSortColumn {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The column a `:sort` argument names (`step` is accepted for progress).
    public init?(command word: String) {
        let lowered = word.lowercased()
        if let column = JobSortColumn(rawValue: lowered) {
            self = column
        } else if lowered == "step" {
            self = .progress
        } else if lowered == "server" {
            self = .created
        } else {
            return nil
        }
    }
}
