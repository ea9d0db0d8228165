/// Where a key binding applies: everywhere, or only while a pane is focused.
public enum KeyContext: Sendable, Hashable, CaseIterable {
    /// Whatever pane is focused.
    case global
    /// While the timeline pane is focused.
    case timeline
    /// While the log pane is focused.
    case logs
    /// While the charts pane is focused.
    case charts
    /// While the artifacts pane is focused.
    case artifacts
    /// While a `/` or `:` prompt is open (other printable keys are typed into it).
    case prompt

    /// The heading of this context's section in the help overlay.
    public var heading: String {
        switch self {
        case .global: "Anywhere"
        case .timeline: "Timeline pane (2)"
        case .logs: "Log pane (4)"
        case .charts: "Charts pane (3)"
        case .artifacts: "Artifacts pane (5)"
        case .prompt: "Prompt (/ :)"
        }
    }

    /// The context a focused pane adds to the global one.
    public static func of(_ pane: DashboardPane) -> KeyContext {
        switch pane {
        case .timeline: .timeline
        case .logs: .logs
        case .charts: .charts
        case .artifacts: .artifacts
        default: .global
        }
    }
}
