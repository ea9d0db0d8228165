import Foundation
import RuntopCore

/// Everything about the dashboard that is the operator's choice rather than data: selection, focus, zoom,
/// scrolling and toggles. A value; keys change it through ``handle(_:store:)``.
public struct ViewState: Sendable, Equatable {
    /// The selected job, by id so it survives list refreshes and re-sorting.
    public var selectedJobID: JobID?
    /// The selected job's last known row, to select its neighbour if it vanishes.
    public var selectedJobIndexHint = 0
    /// The pane keys go to first.
    public var focusedPane: DashboardPane = .jobs
    /// The pane shown alone, if any.
    public var zoomedPane: DashboardPane?
    /// True while the `?` overlay is shown.
    public var isHelpVisible = false
    /// Help rows scrolled past when the overlay does not fit the screen.
    public var helpScrollOffset = 0
    /// True while the log pane shows the newest lines.
    public var logFollow = true
    /// While not following: the sequence number of the bottom line shown.
    public var logScrollAnchorSeq: Int?
    /// True to wrap long log lines instead of cutting them.
    public var logWrap = false
    /// Columns unwrapped log lines are shifted left by.
    public var logHorizontalOffset = 0
    /// True to prefix log lines with their time.
    public var logTimestamps = false
    /// The chart smoothing weight (TensorBoard's default 0.6).
    public var smoothingWeight = 0.6
    /// How charts draw (ASCII glyphs force ASCII charts).
    public var chartMode: ChartMode = .braille
    /// The first job-list row shown.
    public var jobListScrollOffset = 0
    /// True when the artifacts card shows worker-internal fields too.
    public var showRawArtifacts = false
    /// A one-off message for the status bar, cleared by the next key.
    public var statusMessage: String?
    /// Columns of the screen the view was last sized for (page sizes depend on it).
    public var screenWidth = 120
    /// Rows of the screen the view was last sized for.
    public var screenHeight = 40
    /// The time zone clock times are shown in.
    public var timeZone: TimeZone = .current
    /// Which jobs the list shows, and in what order.
    public var jobQuery = JobListQuery()
    /// Jobs marked for notifications (Space): the loop notifies when one reaches a terminal state.
    public var markedJobIDs: Set<JobID> = []
    /// The open `/` or `:` prompt, if any; keys are typed into it.
    public var prompt: Prompt?
    /// The log search (typed after `/` in the log pane), nil when none.
    public var logSearch: String?
    /// The sequence number of the log line holding the current search match (or the line a chart step led to).
    public var logSearchMatchSeq: Int?
    /// Which log lines are shown.
    public var logLevelFilter: LogLevelFilter = .all
    /// Log lines whose structured payload is expanded below them, by sequence number.
    public var expandedLogSeqs: Set<Int> = []
    /// True for a logarithmic y axis on charts.
    public var chartLogScale = false
    /// How many of the latest steps the charts show.
    public var chartStepWindow: ChartStepWindow = .all
    /// The step under the chart crosshair, nil when it is hidden.
    public var chartCursorStep: Int?
    /// The artifacts row under the cursor (its ``ArtifactsPane/Row/key``), nil when the cursor is hidden.
    public var artifactsCursorKey: String?
    /// The page of charts shown when a job sends more series than the pane fits (wraps around).
    public var chartPage = 0
    /// The timeline's event cursor and expanded payloads, nil when the cursor is hidden.
    public var timelineCursor: TimelineEventCursor?
    /// The contexts `:ctx` can switch to (from the config file), and the one being polled.
    public var contextNames: [String] = []
    public var currentContext: String?

    /// True when operator actions are disabled (`--read-only`, `read_only = true`).
    public var isReadOnly = false
    /// Which operator actions the source offers.
    public var operatorCapabilities = OperatorCapabilities.none
    /// The action waiting for `y` on the confirmation line, if any.
    public var pendingConfirmation: OperatorRequest?

    /// A view with nothing selected and the job list focused.
    public init() {}

    /// The layout of the screen this view was last sized for.
    public var layout: DashboardLayout {
        DashboardLayout(width: screenWidth, height: screenHeight, focusedPane: focusedPane, zoomedPane: zoomedPane)
    }

    /// Records a new screen size.
    public mutating func resize(width: Int, height: Int) {
        screenWidth = width
        screenHeight = height
    }

    /// The jobs the list shows, filtered and sorted by ``jobQuery``.
    public func visibleJobs(in store: DataStore) -> [JobSummary] { jobQuery.apply(to: store) }

    /// Selects the first job when nothing is selected, or the nearest one when the selected job vanished (or
    /// was filtered out); returns `.selectJob` when the selection changed.
    @discardableResult
    public mutating func reconcile(with store: DataStore) -> [ViewEffect] {
        let jobs = visibleJobs(in: store)
        if let selectedJobID, let index = jobs.firstIndex(where: { $0.id == selectedJobID }) {
            selectedJobIndexHint = index
            return []
        }
        // A filter that matches nothing keeps the selection rather than emptying every pane.
        if jobs.isEmpty, let selectedJobID, store.job(selectedJobID) != nil { return [] }
        let replacement: JobID? = jobs.isEmpty ? nil : jobs[min(max(0, selectedJobIndexHint), jobs.count - 1)].id
        guard replacement != selectedJobID else { return [] }
        return select(replacement, in: jobs)
    }

    /// Rows the job list shows at the current size.
    var jobListVisibleRows: Int {
        guard
            let rect = layout.rect(of: .jobs)
                ?? DashboardLayout(width: screenWidth, height: screenHeight).rect(of: .jobs)
        else { return 1 }
        return max(1, rect.height - 3)
    }

    /// Rows the log pane shows at the current size.
    var logVisibleRows: Int {
        guard let rect = layout.rect(of: .logs) else { return 10 }
        return max(1, rect.height - 2)
    }

    /// Selects `id` (at its row in `jobs`) and resets per-job scrolling; returns the effect to announce it.
    mutating func select(_ id: JobID?, in jobs: [JobSummary]) -> [ViewEffect] {
        let changed = id != selectedJobID
        selectedJobID = id
        if let id, let index = jobs.firstIndex(where: { $0.id == id }) {
            selectedJobIndexHint = index
            scrollJobListToShow(index)
        }
        guard changed else { return [] }
        resetPerJobState()
        return [.selectJob(id)]
    }

    /// Forgets where the operator was in the previous job's panes: log position and search match, expanded
    /// payloads, crosshair, chart page, timeline and artifacts cursors.
    mutating func resetPerJobState() {
        logFollow = true
        logScrollAnchorSeq = nil
        logHorizontalOffset = 0
        logSearchMatchSeq = nil
        expandedLogSeqs = []
        chartCursorStep = nil
        chartPage = 0
        timelineCursor = nil
        artifactsCursorKey = nil
    }

    /// Moves the job-list scroll offset the least needed to show row `index`.
    mutating func scrollJobListToShow(_ index: Int) {
        let rows = jobListVisibleRows
        if index < jobListScrollOffset { jobListScrollOffset = index }
        if index >= jobListScrollOffset + rows { jobListScrollOffset = index - rows + 1 }
        jobListScrollOffset = max(0, jobListScrollOffset)
    }
}
