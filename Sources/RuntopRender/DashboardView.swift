import Foundation
import RuntopCore

/// The whole screen as a pure function of the store, the view state and the time.
public enum DashboardView {
    /// Renders one frame: header, the visible panes, the status bar, and the help overlay when shown.
    /// `outputBytesPerSecond`, when given, is the dashboard's own output rate shown in the status bar;
    /// `outputTotalBytes` instead shows everything written so far (for `--no-clock`, where a rate read at the last
    /// drawn frame would go stale).
    public static func render(
        store: DataStore, view: ViewState, now: Date, width: Int, height: Int, sourceLabel: String,
        theme: Theme, glyphs: Glyphs, outputBytesPerSecond: Double? = nil, outputTotalBytes: Int? = nil
    ) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        let layout = DashboardLayout(
            width: width, height: height, focusedPane: view.focusedPane, zoomedPane: view.zoomedPane)
        if layout.isTooSmall {
            TooSmallMessage(width: width, height: height).render(into: &buffer, area: buffer.bounds, theme: theme)
            return buffer
        }
        var context = PaneContext(store: store, view: view, now: now, theme: theme, glyphs: glyphs)
        context.outputBytesPerSecond = outputBytesPerSecond
        context.outputTotalBytes = outputTotalBytes
        HeaderBar(sourceLabel: sourceLabel).render(into: &buffer, area: layout.header, context: context)
        for pane in DashboardPane.allCases {
            guard let area = layout.rect(of: pane) else { continue }
            render(pane, into: &buffer, area: area, context: context)
        }
        StatusBar(sourceLabel: sourceLabel).render(into: &buffer, area: layout.statusBar, context: context)
        if view.isHelpVisible {
            HelpOverlay(isReadOnly: view.isReadOnly).render(
                into: &buffer, area: layout.body, theme: theme, glyphs: glyphs, scrollOffset: view.helpScrollOffset)
        }
        return buffer
    }

    /// Renders one pane into `area`.
    public static func render(_ pane: DashboardPane, into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        switch pane {
        case .jobs: JobListPane().render(into: &buffer, area: area, context: context)
        case .timeline: TimelinePane().render(into: &buffer, area: area, context: context)
        case .charts: ChartPane().render(into: &buffer, area: area, context: context)
        case .logs: LogTailPane().render(into: &buffer, area: area, context: context)
        case .artifacts: ArtifactsPane().render(into: &buffer, area: area, context: context)
        case .result: ResultPane().render(into: &buffer, area: area, context: context)
        }
    }
}
