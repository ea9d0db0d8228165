import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Chart paging")
struct ChartPagingTests {
    @Test func pagesSplitChartsByCapacityAndWrapBothWays() {
        let paging = ChartPaging(chartCount: 5, capacity: 2, page: 0)
        #expect(paging.pageCount == 3)
        #expect(paging.range == 0..<2)
        #expect(ChartPaging(chartCount: 5, capacity: 2, page: 2).range == 4..<5)
        #expect(ChartPaging(chartCount: 5, capacity: 2, page: 3).page == 0)
        #expect(ChartPaging(chartCount: 5, capacity: 2, page: -1).page == 2)
        #expect(ChartPaging(chartCount: 0, capacity: 4, page: 7).range == 0..<0)
    }

    @Test func rightBracketShowsTheChartsThatDidNotFitAndTheTitleSaysWhichPage() {
        var view = SampleStore.view(width: 80, height: 24)
        let store = SampleStore.store()
        let first = SampleStore.screen(width: 80, height: 24, view: view).text
        #expect(first.contains("━ loss 0.685"))
        #expect(first.contains(" 1/2 ] "))
        #expect(!first.contains("grad_norm"))

        _ = view.handle(.character("3"), store: store)
        #expect(view.handle(.character("]"), store: store).isEmpty)
        #expect(view.statusMessage == "charts page 2/2")
        let second = SampleStore.screen(width: 80, height: 24, view: view).text
        #expect(second.contains("grad_norm"))
        #expect(second.contains("throughput"))
        #expect(!second.contains("━ loss 0.685"))
        #expect(second.contains(" 2/2 ] "))

        _ = view.handle(.pageDown, store: store)
        #expect(view.chartPage == 0, "paging past the last page wraps to the first")
        _ = view.handle(.character("["), store: store)
        #expect(view.chartPage == 1)
    }

    @Test func whenEveryChartFitsPagingSaysSoAndRingsTheBell() {
        var view = SampleStore.view(width: 200, height: 60)
        view.focusedPane = .charts
        #expect(view.handle(.character("]"), store: SampleStore.store()) == [.bell])
        #expect(view.statusMessage == "all 4 charts fit on one page")
        #expect(!SampleStore.screen(width: 200, height: 60, view: view).text.contains("1/1 ]"))
    }

    @Test func selectingAnotherJobStartsAtTheFirstPage() {
        var view = SampleStore.view(width: 80, height: 24)
        let store = SampleStore.store()
        view.focusedPane = .charts
        _ = view.handle(.character("]"), store: store)
        #expect(view.chartPage == 1)
        view.focusedPane = .jobs
        _ = view.handle(.down, store: store)
        #expect(view.chartPage == 0)
    }
}
