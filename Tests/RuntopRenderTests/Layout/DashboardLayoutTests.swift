import Testing

@testable import RuntopRender

@Suite("Dashboard layout")
struct DashboardLayoutTests {
    @Test func wideLayoutPutsJobsLeftAndStacksTheRestRight() {
        let layout = DashboardLayout(width: 120, height: 40)
        #expect(layout.rect(of: .jobs) == Rect(x: 0, y: 1, width: 48, height: 38))
        #expect(layout.rect(of: .timeline) == Rect(x: 48, y: 1, width: 72, height: 8))
        #expect(layout.rect(of: .charts) == Rect(x: 48, y: 9, width: 72, height: 12))
        #expect(layout.rect(of: .logs) == Rect(x: 48, y: 21, width: 72, height: 10))
        #expect(layout.rect(of: .artifacts) == Rect(x: 48, y: 31, width: 36, height: 8))
        #expect(layout.rect(of: .result) == Rect(x: 84, y: 31, width: 36, height: 8))
        #expect(layout.statusBar == Rect(x: 0, y: 39, width: 120, height: 1))
    }

    @Test func compactLayoutShowsJobsChartsAndLogs() {
        let layout = DashboardLayout(width: 80, height: 24)
        #expect(Set(layout.panes.keys) == [.jobs, .charts, .logs])
        #expect(layout.rect(of: .jobs)?.height == 7)
    }

    @Test func everyLayoutTilesTheBodyWithoutOverlap() {
        for (width, height) in [(60, 16), (80, 24), (99, 30), (100, 30), (120, 40), (200, 60), (300, 100)] {
            let layout = DashboardLayout(width: width, height: height)
            let rects = Array(layout.panes.values)
            #expect(rects.reduce(0) { $0 + $1.area } == layout.body.area, "\(width)x\(height)")
            for (index, rect) in rects.enumerated() {
                #expect(rect.intersection(layout.body) == rect)
                for other in rects[(index + 1)...] { #expect(rect.intersection(other).isEmpty) }
            }
        }
    }

    @Test func belowTheMinimumNothingIsLaidOut() {
        let layout = DashboardLayout(width: 59, height: 40)
        #expect(layout.isTooSmall)
        #expect(layout.panes.isEmpty)
    }
}
