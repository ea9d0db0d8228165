import RuntopCore

extension ViewState {
    /// Shows the next (or previous) page of charts, wrapping around; says which page, or that all fit.
    mutating func turnChartPage(forward: Bool, store: DataStore) -> [ViewEffect] {
        let count = ChartPane.chartCount(for: selectedJobID.flatMap { store.detail($0) })
        let area = layout.rect(of: .charts).map(ChartPane.innerArea(of:)) ?? Rect(x: 0, y: 0, width: 0, height: 0)
        let current = ChartPaging(chartCount: count, capacity: ChartPane.capacity(in: area), page: chartPage)
        guard current.pageCount > 1 else {
            statusMessage = count == 0 ? "no charts yet" : "all \(count) charts fit on one page"
            return [.bell]
        }
        let next = ChartPaging(
            chartCount: count, capacity: ChartPane.capacity(in: area), page: current.page + (forward ? 1 : -1))
        chartPage = next.page
        statusMessage = "charts page \(next.page + 1)/\(next.pageCount)"
        return []
    }
}
