import RuntopCore
import Testing

@testable import RuntopRender

@Suite("View state mouse handling")
struct ViewStateMouseTests {
    @Test func clickOnAJobRowFocusesTheListAndSelectsThatJob() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        view.focusedPane = .charts
        // At 120×40 the job list starts at row 1: border, header, then jobs from row 3.
        let effects = view.handle(MouseEvent(x: 10, y: 5, action: .press), store: store)
        #expect(view.focusedPane == .jobs)
        #expect(view.selectedJobID == SampleStore.queued)
        #expect(effects == [.selectJob(SampleStore.queued)])
    }

    @Test func clickOnTheListHeaderSelectsNothing() {
        var view = SampleStore.view()
        #expect(view.handle(MouseEvent(x: 10, y: 2, action: .press), store: SampleStore.store()).isEmpty)
        #expect(view.selectedJobID == SampleStore.running)
    }

    @Test func clickOnAnotherPaneFocusesIt() {
        var view = SampleStore.view()
        _ = view.handle(MouseEvent(x: 60, y: 25, action: .press), store: SampleStore.store())
        #expect(view.focusedPane == .logs)
    }

    @Test func wheelOverTheLogScrollsItAndPausesFollow() {
        var view = SampleStore.view()
        _ = view.handle(MouseEvent(x: 60, y: 25, action: .wheelUp), store: SampleStore.store())
        #expect(!view.logFollow)
        #expect(view.focusedPane == .jobs, "the wheel does not move the focus")
    }

    @Test func wheelOverTheJobListMovesTheSelection() {
        var view = SampleStore.view()
        let effects = view.handle(MouseEvent(x: 10, y: 10, action: .wheelDown), store: SampleStore.store())
        #expect(view.selectedJobID == SampleStore.succeeded)
        #expect(effects == [.selectJob(SampleStore.succeeded)])
    }

    @Test func clickClosesTheHelpOverlay() {
        var view = SampleStore.view()
        view.isHelpVisible = true
        _ = view.handle(MouseEvent(x: 60, y: 20, action: .press), store: SampleStore.store())
        #expect(!view.isHelpVisible)
        #expect(view.focusedPane == .jobs)
    }
}
