/// The dashboard's panes, numbered as the `1`…`6` keys focus them.
public enum DashboardPane: Int, CaseIterable, Sendable, Hashable {
    /// The job list.
    case jobs = 1
    /// The selected job's state lane and events.
    case timeline = 2
    /// The selected job's metric charts.
    case charts = 3
    /// The selected job's log tail.
    case logs = 4
    /// The selected job's refs and checkpoints.
    case artifacts = 5
    /// The selected job's result card.
    case result = 6

    /// The title shown in the pane's border.
    public var title: String {
        switch self {
        case .jobs: "Jobs"
        case .timeline: "Timeline"
        case .charts: "Charts"
        case .logs: "Logs"
        case .artifacts: "Artifacts"
        case .result: "Result"
        }
    }

    /// The pane focused after this one by Tab.
    public var next: DashboardPane { DashboardPane(rawValue: rawValue % Self.allCases.count + 1) ?? .jobs }

    /// The pane focused after this one by Shift-Tab.
    public var previous: DashboardPane {
        DashboardPane(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1) ?? .jobs
    }
}
