import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Log search, level filter, payloads and fullscreen")
struct LogSearchTests {
    /// The sample store plus an eval line with a payload and an error line.
    static func store() -> DataStore {
        var store = SampleStore.store()
        store.apply(
            .logs(
                SampleStore.running,
                LogDelta(
                    lines: [
                        LogLine(
                            seq: 128, stream: "info", text: "eval at step 800",
                            payload: "{\"step\":800,\"val_loss\":0.71}"),
                        LogLine(seq: 129, stream: "error", text: "disk almost full"),
                    ], latestSeq: 129), at: SampleStore.now))
        return store
    }

    static func logView() -> ViewState {
        var view = SampleStore.view()
        view.focusedPane = .logs
        return view
    }

    static func render(_ view: ViewState, width: Int = 60, height: Int = 9) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        let context = PaneContext(store: store(), view: view, now: SampleStore.now, theme: .monochrome, glyphs: .unicode)
        LogTailPane().render(into: &buffer, area: buffer.bounds, context: context)
        return buffer
    }

    @Test func slashInTheLogPaneSearchesAndHighlightsEveryMatch() {
        var view = Self.logView()
        let store = Self.store()
        _ = view.handle(.character("/"), store: store)
        #expect(view.prompt == Prompt(.logSearch))
        for character in "STEP" { _ = view.handle(.character(character), store: store) }
        _ = view.handle(.enter, store: store)
        #expect(view.logSearch == "STEP")
        #expect(view.logSearchMatchSeq == 128, "Enter shows the newest match")
        #expect(!view.logFollow, "a match pauses follow")
        let buffer = Self.render(view)
        #expect(
            buffer.text == """
                ┌ 4 Logs · 7 lines · /STEP ─────────── paused · G follows ─┐
                │loading base model                                        │
                │step 1 loss 2.43                                          │
                │WARNING grad norm spike                                   │
                │··· 120 lines not retrieved ···                           │
                │colour ␛[31mred␛[0m done                                  │
                │step 800 loss 0.61                                        │
                │eval at step 800                                          │
                └──────────────────────────────────────────────────────────┘
                """)
        #expect(StyleRuns.describe(buffer, row: 2, name: StyleRuns.attributes) == "0-1 bold|1-5 reverse|5-59 plain|59-60 bold")
        #expect(
            StyleRuns.describe(buffer, row: 7, name: StyleRuns.attributes)
                == "0-1 bold|1-9 underline|9-13 reverse|13-17 underline|17-59 plain|59-60 bold",
            "the current match's line is underlined")
    }

    @Test func nAndCapitalNWalkMatchesAndWrapAround() {
        var view = Self.logView()
        let store = Self.store()
        view.logSearch = "step"
        #expect(view.handle(.character("N"), store: store).isEmpty)
        #expect(view.logSearchMatchSeq == 128)
        _ = view.handle(.character("N"), store: store)
        #expect(view.logSearchMatchSeq == 127)
        #expect(view.logScrollAnchorSeq == 127)
        _ = view.handle(.character("n"), store: store)
        #expect(view.logSearchMatchSeq == 128)
        _ = view.handle(.character("n"), store: store)
        #expect(view.logSearchMatchSeq == 4, "wraps to the oldest match")
        #expect(view.statusMessage == "match 1/3 (wrapped)")
    }

    @Test func nWithoutASearchRingsTheBell() {
        var view = Self.logView()
        #expect(view.handle(.character("n"), store: Self.store()) == [.bell])
    }

    @Test func capitalLCyclesTheLevelFilterAndHidesOtherLines() {
        var view = Self.logView()
        let store = Self.store()
        _ = view.handle(.character("L"), store: store)
        #expect(view.logLevelFilter == .warningsAndErrors)
        #expect(
            Self.render(view, height: 5).text == """
                ┌ 4 Logs · 7 lines · warn+err ──────────────────── follow ─┐
                │WARNING grad norm spike                                   │
                │disk almost full                                          │
                │                                                          │
                └──────────────────────────────────────────────────────────┘
                """)
        _ = view.handle(.character("L"), store: store)
        #expect(view.logLevelFilter == .errors)
        _ = view.handle(.character("L"), store: store)
        #expect(view.logLevelFilter == .standardError)
        #expect(Self.render(view, height: 4).lines()[1].hasPrefix("│WARNING grad norm spike"))
        _ = view.handle(.character("L"), store: store)
        #expect(view.logLevelFilter == .all)
    }

    @Test func enterExpandsThePayloadOfTheLowestLineOnScreenThatHasOne() {
        var view = Self.logView()
        let store = Self.store()
        #expect(view.handle(.enter, store: store).isEmpty)
        #expect(view.expandedLogSeqs == [128])
        #expect(
            Self.render(view, height: 8).text == """
                ┌ 4 Logs · 7 lines ─────────────────────────────── follow ─┐
                │eval at step 800                                          │
                │  {                                                       │
                │    "step" : 800,                                         │
                │    "val_loss" : 0.71                                     │
                │  }                                                       │
                │disk almost full                                          │
                └──────────────────────────────────────────────────────────┘
                """)
        _ = view.handle(.enter, store: store)
        #expect(view.expandedLogSeqs.isEmpty)
    }

    @Test func enterWithoutAPayloadOnScreenRingsTheBell() {
        var view = SampleStore.view()
        view.focusedPane = .logs
        #expect(view.handle(.enter, store: SampleStore.store()) == [.bell])
        #expect(view.statusMessage == "no structured payload on screen")
    }

    @Test func fShowsTheLogFullscreenFromAnyPaneAndAgainLeaves() {
        var view = SampleStore.view()
        let store = Self.store()
        _ = view.handle(.character("f"), store: store)
        #expect(view.zoomedPane == .logs)
        #expect(view.focusedPane == .logs)
        _ = view.handle(.character("f"), store: store)
        #expect(view.zoomedPane == nil)
    }

    @Test func stepLocatorReadsTheFirstStepNumberALineMentions() {
        #expect(LogStepLocator.step(in: "step 2000/6000 · loss 1.83 · lr 3.1e-05") == 2000)
        #expect(LogStepLocator.step(in: "Job reclaimed — will resume from checkpoint at step 400") == 400)
        #expect(LogStepLocator.step(in: "global_step=17 done") == 17)
        #expect(LogStepLocator.step(in: "stepping up the lr") == nil)
    }
}
