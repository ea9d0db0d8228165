import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Log tail pane")
struct LogTailPaneTests {
    @Test func followingTailShowsGapMarkersAndNeutralisedEscapes() {
        let buffer = SampleStore.render(.logs, width: 60, height: 10)
        #expect(
            buffer.text == """
                ┌ 4 Logs · 5 lines ─────────────────────────────── follow ─┐
                │··· 2 lines not retrieved ···                             │
                │loading base model                                        │
                │step 1 loss 2.43                                          │
                │WARNING grad norm spike                                   │
                │··· 120 lines not retrieved ···                           │
                │colour ␛[31mred␛[0m done                                  │
                │step 800 loss 0.61                                        │
                │                                                          │
                └──────────────────────────────────────────────────────────┘
                """)
    }

    @Test func pausedTailShowsTheWindowEndingAtTheAnchorAndSaysPaused() {
        var view = SampleStore.view()
        view.logFollow = false
        view.logScrollAnchorSeq = 4
        let buffer = SampleStore.render(.logs, width: 60, height: 5, view: view)
        #expect(
            buffer.text == """
                ┌ 4 Logs · 5 lines ─────────────────── paused · G follows ─┐
                │··· 2 lines not retrieved ···                             │
                │loading base model                                        │
                │step 1 loss 2.43                                          │
                └──────────────────────────────────────────────────────────┘
                """)
    }

    @Test func wrappedLinesContinueOnTheNextRow() {
        var view = SampleStore.view()
        view.logWrap = true
        let buffer = SampleStore.render(.logs, width: 20, height: 10, view: view)
        #expect(
            buffer.text == """
                ┌ 4 Logs ─ follow ─┐
                │loading base model│
                │step 1 loss 2.43  │
                │WARNING grad norm │
                │spike             │
                │··· 120 lines not │
                │colour ␛[31mred␛[0│
                │m done            │
                │step 800 loss 0.61│
                └──────────────────┘
                """)
    }

    @Test func timestampsArePrefixedWhenToggledOn() {
        var view = SampleStore.view()
        view.logTimestamps = true
        let buffer = SampleStore.render(.logs, width: 60, height: 10, view: view)
        #expect(buffer.lines()[2].contains("│16:03:07 loading base model"))
    }

    @Test func stderrAndWarningLinesUseTheirOwnStyles() {
        let context = SampleStore.context(theme: .defaultDark)
        var buffer = CellBuffer(width: 60, height: 10)
        LogTailPane().render(into: &buffer, area: buffer.bounds, context: context)
        let warningRow = buffer.lines().firstIndex { $0.contains("WARNING grad norm spike") }!
        #expect(buffer[1, warningRow].style == Theme.defaultDark.log.standardError)
        let plainRow = buffer.lines().firstIndex { $0.contains("loading base model") }!
        #expect(buffer[1, plainRow].style == Theme.defaultDark.log.standardOutput)
        let gapRow = buffer.lines().firstIndex { $0.contains("120 lines not retrieved") }!
        #expect(buffer[1, gapRow].style == Theme.defaultDark.log.gap)
    }

    @Test func pausedTitleCountsTheNewerLinesBelowTheWindow() {
        var view = SampleStore.view()
        view.logFollow = false
        view.logScrollAnchorSeq = 4
        let title = SampleStore.render(.logs, width: 100, height: 5, view: view).lines()[0]
        #expect(title.hasSuffix("─ paused · 3 newer · G follows ─┐"))
    }

    @Test func horizontalOffsetShiftsLinesButNotGapMarkers() {
        var view = SampleStore.view()
        view.logHorizontalOffset = 5
        let lines = SampleStore.render(.logs, width: 60, height: 10, view: view).lines()
        #expect(lines[2].hasPrefix("│…ng base model"))
        #expect(lines[5].hasPrefix("│··· 120 lines not retrieved ···"))
    }
}
