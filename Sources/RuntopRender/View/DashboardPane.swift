/// The dashboard's panes, numbered as the `1`…`6` keys focus them.
public enum DashboardPane: Int, CaseIterable, Sendable, Hashable {
    case jobs = 1
    case timeline = 2
    case charts = 3
    case logs = 4
    case artifacts = 5
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
