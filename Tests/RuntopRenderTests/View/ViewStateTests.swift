import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("View state key handling")
struct ViewStateTests {
    static func store(_ ids: [String]) -> DataStore {
        var store = DataStore()
        store.apply(
            .jobList(
                ids.map { JobSummary(id: JobID($0), name: $0, kind: "train", status: .running) }, at: SampleStore.now))
        return store
    }

    @Test func reconcileSelectsTheFirstJobWhenNothingIsSelected() {
        var view = ViewState()
        let effects = view.reconcile(with: Self.store(["a", "b"]))
        #expect(view.selectedJobID == "a")
        #expect(effects == [.selectJob("a")])
    }

    @Test func selectionByIdSurvivesResorting() {
        var view = ViewState()
        view.reconcile(with: Self.store(["a", "b", "c"]))
        _ = view.handle(.down, store: Self.store(["a", "b", "c"]))
        #expect(view.selectedJobID == "b")
        let resorted = Self.store(["c", "b", "a"])
        #expect(view.reconcile(with: resorted).isEmpty)
        #expect(view.selectedJobID == "b")
        let effects = view.handle(.character("j"), store: resorted)
        #expect(view.selectedJobID == "a")
        #expect(effects == [.selectJob("a")])
    }

    @Test func vanishedSelectionMovesToTheNearestJob() {
        var view = ViewState()
        view.reconcile(with: Self.store(["a", "b", "c"]))
        _ = view.handle(.character("G"), store: Self.store(["a", "b", "c"]))
        #expect(view.selectedJobID == "c")
        let effects = view.reconcile(with: Self.store(["a", "b"]))
        #expect(view.selectedJobID == "b")
        #expect(effects == [.selectJob("b")])
    }

    @Test func homeEndAndPagingMoveTheSelectionWithinBounds() {
        let store = Self.store((0..<100).map { "job-\($0)" })
        var view = ViewState()
        view.resize(width: 120, height: 40)
        view.reconcile(with: store)
        _ = view.handle(.up, store: store)
        #expect(view.selectedJobID == "job-0")
        _ = view.handle(.pageDown, store: store)
        #expect(view.selectedJobID == JobID("job-\(view.jobListVisibleRows)"))
        _ = view.handle(.end, store: store)
        #expect(view.selectedJobID == "job-99")
        #expect(view.jobListScrollOffset == 100 - view.jobListVisibleRows)
        _ = view.handle(.character("g"), store: store)
        #expect(view.selectedJobID == "job-0")
        #expect(view.jobListScrollOffset == 0)
    }

    @Test func scrollingUpInTheLogPausesFollowAndSaysSo() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        _ = view.handle(.character("4"), store: store)
        #expect(view.focusedPane == .logs)
        _ = view.handle(.character("k"), store: store)
        #expect(!view.logFollow)
        #expect(view.statusMessage?.contains("paused") == true)
        #expect(view.selectedJobID == SampleStore.running, "k scrolls the log, not the job list")
        _ = view.handle(.character("G"), store: store)
        #expect(view.logFollow)
        #expect(view.logScrollAnchorSeq == nil)
    }

    @Test func logToggleKeysFlipFollowWrapAndTimestamps() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        view.focusedPane = .logs
        _ = view.handle(.character("s"), store: store)
        #expect(!view.logFollow)
        #expect(view.logScrollAnchorSeq == 127)
        _ = view.handle(.character("s"), store: store)
        #expect(view.logFollow)
        _ = view.handle(.character("w"), store: store)
        #expect(view.logWrap)
        _ = view.handle(.character("t"), store: store)
        #expect(view.logTimestamps)
    }

    @Test func selectingAnotherJobResumesLogFollow() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        view.focusedPane = .logs
        _ = view.handle(.up, store: store)
        #expect(!view.logFollow)
        view.focusedPane = .jobs
        _ = view.handle(.down, store: store)
        #expect(view.logFollow)
    }

    @Test func tabCyclesThroughEveryPaneAndShiftTabGoesBack() {
        let store = SampleStore.store()
        var view = ViewState()
        var seen: [DashboardPane] = []
        for _ in 0..<6 {
            _ = view.handle(.tab, store: store)
            seen.append(view.focusedPane)
        }
        #expect(seen == [.timeline, .charts, .logs, .artifacts, .result, .jobs])
        _ = view.handle(.backTab, store: store)
        #expect(view.focusedPane == .result)
    }

    @Test func zoomTogglesWithZAndEnterAndEscapeLeavesIt() {
        let store = SampleStore.store()
        var view = ViewState()
        _ = view.handle(.character("3"), store: store)
        _ = view.handle(.character("z"), store: store)
        #expect(view.zoomedPane == .charts)
        _ = view.handle(.escape, store: store)
        #expect(view.zoomedPane == nil)
        _ = view.handle(.enter, store: store)
        #expect(view.zoomedPane == .charts)
        _ = view.handle(.character("5"), store: store)
        #expect(view.zoomedPane == .artifacts, "focusing another pane while zoomed zooms that one")
    }

    @Test func helpTogglesWithQuestionMarkClosesWithEscapeAndSwallowsOtherKeys() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        _ = view.handle(.character("?"), store: store)
        #expect(view.isHelpVisible)
        _ = view.handle(.character("j"), store: store)
        #expect(view.selectedJobID == SampleStore.running)
        _ = view.handle(.escape, store: store)
        #expect(!view.isHelpVisible)
        _ = view.handle(.character("?"), store: store)
        _ = view.handle(.character("?"), store: store)
        #expect(!view.isHelpVisible)
    }

    @Test func quitKeyEmitsQuitEvenWithHelpOpen() {
        var view = ViewState()
        #expect(view.handle(.character("q"), store: DataStore()) == [.quit])
        view.isHelpVisible = true
        #expect(view.handle(.character("q"), store: DataStore()) == [.quit])
    }

    @Test func plusAndMinusChangeSmoothingInTenthsWithinRange() {
        var view = ViewState()
        #expect(view.handle(.character("+"), store: DataStore()) == [.setSmoothing(0.7)])
        #expect(view.handle(.character("-"), store: DataStore()) == [.setSmoothing(0.6)])
        for _ in 0..<6 { _ = view.handle(.character("-"), store: DataStore()) }
        #expect(view.smoothingWeight == 0)
        #expect(view.handle(.character("-"), store: DataStore()) == [.bell])
    }

    @Test func aCyclesBrailleBlockAndAsciiCharts() {
        var view = ViewState()
        _ = view.handle(.character("a"), store: DataStore())
        #expect(view.chartMode == .block)
        _ = view.handle(.character("a"), store: DataStore())
        #expect(view.chartMode == .ascii)
        _ = view.handle(.character("a"), store: DataStore())
        #expect(view.chartMode == .braille)
    }

    @Test func copyTakesTheJobIdOrTheNewestCheckpointPathInTheArtifactsPane() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        #expect(view.handle(.character("y"), store: store) == [.copy("job-a")])
        view.focusedPane = .artifacts
        #expect(
            view.handle(.character("y"), store: store)
                == [.copy("s3://runs/llama-7b-grow/attempt-1/checkpoints/step-600")])
    }

    @Test func cCopiesTheSameFullUnshortenedValuesAsY() {
        let store = SampleStore.store()
        var view = SampleStore.view(width: 60, height: 16)
        #expect(view.handle(.character("c"), store: store) == [.copy("job-a")])
        view.focusedPane = .artifacts
        #expect(
            view.handle(.character("c"), store: store)
                == [.copy("s3://runs/llama-7b-grow/attempt-1/checkpoints/step-600")],
            "the artifacts card shortens the path; the copy does not")
    }

    @Test func controlUClearsThePromptLine() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        _ = view.handle(.character(":"), store: store)
        _ = view.handle(.character("j"), store: store)
        _ = view.handle(.control("u"), store: store)
        #expect(view.prompt == Prompt(.command, text: ""))
        #expect(view.handle(.backspace, store: store) == [.bell], "nothing left to delete")
    }

    @Test func rTogglesRawArtifactsOnlyInTheArtifactsPane() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        #expect(view.handle(.character("r"), store: store) == [.bell])
        view.focusedPane = .artifacts
        _ = view.handle(.character("r"), store: store)
        #expect(view.showRawArtifacts)
    }

    @Test func unboundKeyRingsTheBell() {
        var view = ViewState()
        #expect(view.handle(.function(7), store: DataStore()) == [.bell])
    }

    @Test func arrowsScrollUnwrappedLogLinesSidewaysAndWrapResetsIt() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        view.focusedPane = .logs
        #expect(view.handle(.left, store: store) == [.bell])
        _ = view.handle(.right, store: store)
        _ = view.handle(.character("l"), store: store)
        #expect(view.logHorizontalOffset == 2 * ViewState.horizontalScrollStep)
        _ = view.handle(.character("h"), store: store)
        #expect(view.logHorizontalOffset == ViewState.horizontalScrollStep)
        _ = view.handle(.character("w"), store: store)
        #expect(view.logHorizontalOffset == 0)
        #expect(view.handle(.right, store: store) == [.bell], "wrapped lines have nothing to the right")
    }

    @Test func helpScrollsWithJAndKWithinWhatASmallScreenHides() {
        let store = SampleStore.store()
        var view = SampleStore.view(width: 60, height: 16)
        _ = view.handle(.character("?"), store: store)
        _ = view.handle(.character("j"), store: store)
        _ = view.handle(.character("j"), store: store)
        #expect(view.helpScrollOffset == 2)
        _ = view.handle(.character("k"), store: store)
        #expect(view.helpScrollOffset == 1)
        _ = view.handle(.end, store: store)
        let maximum = HelpOverlay().maximumScrollOffset(in: view.layout.body)
        #expect(maximum > 0)
        #expect(view.helpScrollOffset == maximum)
        _ = view.handle(.escape, store: store)
        #expect(view.helpScrollOffset == 0)
    }
}
