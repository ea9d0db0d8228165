import Foundation
import RuntopCore

/// What every pane reads while rendering: the data, the view state, the time and the look.
public struct PaneContext: Sendable {
    /// The data to show.
    public var store: DataStore
    /// The operator's choices: selection, focus, scrolling, toggles.
    public var view: ViewState
    /// The current time, for ages and staleness (panes never read a clock).
    public var now: Date
    /// The styles to draw with.
    public var theme: Theme
    /// The symbols to draw with.
    public var glyphs: Glyphs
    /// The dashboard's own output to its terminal (bytes a second), for the status bar; nil to not show it.
    public var outputBytesPerSecond: Double?
    /// Everything the dashboard has written to its terminal, shown instead of the rate when set.
    public var outputTotalBytes: Int?

    /// Bundles the inputs of one frame.
    public init(store: DataStore, view: ViewState, now: Date, theme: Theme, glyphs: Glyphs) {
        self.store = store
        self.view = view
        self.now = now
        self.theme = theme
        self.glyphs = glyphs
    }

    /// The selected job's list row.
    public var selectedJob: JobSummary? { view.selectedJobID.flatMap { store.job($0) } }

    /// The selected job's detail.
    public var selectedDetail: JobDetail? { view.selectedJobID.flatMap { store.detail($0) } }

    /// The frame of `pane`, focused when the view focuses it.
    public func frame(
        for pane: DashboardPane, subtitle: String? = nil, badge: String? = nil, badgeStyle: CellStyle? = nil
    )
        -> PaneFrame
    {
        var frame = PaneFrame(
            pane: pane, isFocused: view.focusedPane == pane, subtitle: subtitle, badge: badge, badgeStyle: badgeStyle)
        frame.isZoomed = view.zoomedPane == pane
        return frame
    }

    /// `date` as `HH:MM:SS` in the view's time zone.
    public func clock(_ date: Date) -> String { ClockTime.format(date, timeZone: view.timeZone) }
}
