import RuntopCore

/// Mouse handling (reported only with `--mouse`): clicks focus panes and select jobs, the wheel scrolls.
extension ViewState {
    /// Lines the wheel scrolls the log by.
    public static let wheelLogLines = 3

    /// Applies one mouse event; returns what the dashboard loop must do.
    public mutating func handle(_ mouse: MouseEvent, store: DataStore) -> [ViewEffect] {
        statusMessage = nil
        if isHelpVisible {
            if mouse.action == .press { isHelpVisible = false }
            return []
        }
        let layout = self.layout
        guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(x: mouse.x, y: mouse.y) }) else {
            return []
        }
        switch mouse.action {
        case .press:
            focusedPane = pane
            guard pane == .jobs else { return [] }
            return selectJobRow(atScreenRow: mouse.y, in: rect, store: store)
        case .release:
            return []
        case .wheelUp, .wheelDown:
            let direction = mouse.action == .wheelUp ? -1 : 1
            switch pane {
            case .logs:
                scrollLog(by: direction * Self.wheelLogLines, store: store)
                return []
            case .jobs:
                return perform(direction < 0 ? .selectPreviousJob : .selectNextJob, key: .up, store: store)
            default:
                return []
            }
        }
    }

    /// Selects the job drawn on screen row `row` of the job list at `rect` (below its border and header).
    private mutating func selectJobRow(atScreenRow row: Int, in rect: Rect, store: DataStore) -> [ViewEffect] {
        let jobs = visibleJobs(in: store)
        let visibleRows = max(1, rect.height - 3)
        let selectedIndex = selectedJobID.flatMap { id in jobs.firstIndex(where: { $0.id == id }) }
        let offset = JobListPane.scrollOffset(
            requested: jobListScrollOffset, selectedIndex: selectedIndex, rows: visibleRows, count: jobs.count)
        let index = offset + row - (rect.y + 2)
        guard row >= rect.y + 2, row < rect.maxY - 1, index >= 0, index < jobs.count else { return [] }
        jobListScrollOffset = offset
        return select(jobs[index].id, in: jobs)
    }
}
