/// Which charts one page of the chart grid shows when a job sends more series than fit.
struct ChartPaging: Equatable {
    /// Pages in all (at least one) and the page shown, in 0..<pageCount.
    let pageCount: Int
    let page: Int
    /// The charts of that page, as indices into the job's charts in display order.
    let range: Range<Int>

    /// Pages `chartCount` charts `capacity` at a time; `page` wraps around in both directions.
    init(chartCount: Int, capacity: Int, page: Int) {
        let capacity = max(1, capacity)
        pageCount = max(1, (chartCount + capacity - 1) / capacity)
        self.page = ((page % pageCount) + pageCount) % pageCount
        range = min(chartCount, self.page * capacity)..<min(chartCount, (self.page + 1) * capacity)
    }
}
