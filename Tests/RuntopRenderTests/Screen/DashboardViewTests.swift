import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Dashboard screen")
struct DashboardViewTests {
    @Test func screenAt120x40ShowsEveryPaneAroundTheJobList() {
        #expect(
            SampleStore.screen(width: 120, height: 40).text == """
                 runtop  │ demo · http://127.0.0.1:8080 │ ● llama-7b-grow (running)
                ┌ 1 Jobs · 4 jobs ─────────────────────────────┐┌ 2 Timeline · 6 events ───────────────────────────────────────────────┐
                │  NAME                     STEP   LOSS  AGE  ↻││◌━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━↻━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━│
                │● llama-7b-grow        800/1000  0.685  12m  1││queued 30s running 5m00s      reclaimed 1m00s running 6m00s           │
                │✓ 模型-contract 🚀                       2h   ││16:05:12 checkpoint step=200                                          │
                │◌ tiny-ft                                5s   ││16:08:07 reclaimed                                                    │
                │✗ broken-run                             1d   ││16:09:07 running resume_step=200                                      │
                │                                              ││16:13:07 checkpoint step=600                                          │
                │                                              │└──────────────────────────────────────────────────────────────────────┘
                │                                              │┌ 3 Charts · smoothing 0.60 ──────────────────────────────────── 1/2 ] ┐
                │                                              ││━ loss 0.685  ━ val_loss 0.785     ━ lr 3e-5                          │
                │                                              ││2.5┤⢻⡀                               3e-5┤   ⡏⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│
                │                                              ││   │ ⠛⢧⢀⡀                                │  ⢰⠃                        │
                │                                              ││   │  ⠈⠙⣟⣦⡀                              │  ⡞                         │
                │                                              ││1.7┤    ⠉⠹⣽⣦⡀                      1.7e-5┤ ⢰⠃                         │
                │                                              ││   │       ⠙⠻⣷⣄⡀                         │ ⡼                          │
                │                                              ││   │          ⠘⠛⢷⣶⡦⣤⣀⣀                   │⢀⡇                          │
                │                                              ││   │              ⠉⠙⠖⢮⣭⣝⣶⢤⣀⣀⡀            │⣸                           │
                │                                              ││0.6┤                   ⠉⠈⠉⠓⠛⠿⠻⠟⢯⠿⣭   3e-7┤⡇                           │
                │                                              ││    1      ◆      400     ◆    800        1     ◆      400    ◆    800│
                │                                              │└──────────────────────────────────────────────────────────────────────┘
                │                                              │┌ 4 Logs · 5 lines ─────────────────────────────────────────── follow ─┐
                │                                              ││··· 2 lines not retrieved ···                                         │
                │                                              ││loading base model                                                    │
                │                                              ││step 1 loss 2.43                                                      │
                │                                              ││WARNING grad norm spike                                               │
                │                                              ││··· 120 lines not retrieved ···                                       │
                │                                              ││colour ␛[31mred␛[0m done                                              │
                │                                              ││step 800 loss 0.61                                                    │
                │                                              ││                                                                      │
                │                                              │└──────────────────────────────────────────────────────────────────────┘
                │                                              │┌ 5 Artifacts · 1 internal · r ────┐┌ 6 Result · running ──────────────┐
                │                                              ││dataset       wiki-2k             ││no result yet                     │
                │                                              ││base model    llama-7b            ││step 800/1000 (80%) ███████████▏░░│
                │                                              ││last checkpo… step 600            ││                                  │
                │                                              ││step 600      ckpt-600 …s/step-600││                                  │
                │                                              ││step 200      ckpt-200 …s/step-200││                                  │
                │                                              ││                                  ││                                  │
                └──────────────────────────────────────────────┘└──────────────────────────────────┘└──────────────────────────────────┘
                 demo · http://127.0.0.1:8080 · 42ms · ●1 ◌1 ✓1 ✗1                                                       ? help  q quit
                """)
    }

    @Test func screenAt80x24ShowsJobsChartsAndLogsOnly() {
        #expect(
            SampleStore.screen(width: 80, height: 24).text == """
                 runtop  │ demo · http://127.0.0.1:8080 │ ● llama-7b-grow (running)
                ┌ 1 Jobs · 4 jobs ─────────────────────────────────────────────────────────────┐
                │  STATUS    NAME               TYPE         STEP PROGRESS   LOSS  AGE   ETA  ↻│
                │● running   llama-7b-grow      train    800/1000 ██████▍░  0.685  12m    3m  1│
                │✓ succeeded 模型-contract 🚀   contract                            2h         │
                │◌ queued    tiny-ft            finetune                            5s         │
                │✗ failed    broken-run         train                               1d         │
                └──────────────────────────────────────────────────────────────────────────────┘
                ┌ 3 Charts · smoothing 0.60 ──────────────────────────────────────────── 1/2 ] ┐
                │━ loss 0.685  ━ val_loss 0.785         ━ lr 3e-5                              │
                │2.5┤⠙⠦⢤⡀⣀                              3e-5┤   ⣰⠋⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│
                │   │  ⠈⠉⠙⠿⢶⣤⣀⡀                             │  ⡴⠃                              │
                │   │        ⠉⠉⠛⠒⠦⠤⣤⣀⣀⣀⣀⡀                   │ ⡼⠁                               │
                │0.6┤                ⠉⠈⠉⠙⠛⠛⠛⠳⠖⠶⠶⠶⠤⣤⢤⣤⢤⣤ 3e-7┤⡞⠁                                │
                │    1       ◆       400      ◆     800      1       ◆       400      ◆     800│
                └──────────────────────────────────────────────────────────────────────────────┘
                ┌ 4 Logs · 5 lines ─────────────────────────────────────────────────── follow ─┐
                │step 1 loss 2.43                                                              │
                │WARNING grad norm spike                                                       │
                │··· 120 lines not retrieved ···                                               │
                │colour ␛[31mred␛[0m done                                                      │
                │step 800 loss 0.61                                                            │
                └──────────────────────────────────────────────────────────────────────────────┘
                 demo · http://127.0.0.1:8080 · 42ms · ●1 ◌1 ✓1 ✗1               ? help  q quit
                """)
    }

    @Test func tinyScreenSaysItIsTooSmall() {
        #expect(
            SampleStore.screen(width: 40, height: 10).text == """




                           terminal too small
                         need 60×16, have 40×10




                """)
    }

    @Test func oneColumnBelowTheMinimumIsTooSmall() {
        let text = SampleStore.screen(width: 59, height: 16).text
        #expect(text.contains("need 60×16, have 59×16"))
    }

    @Test func helpOverlayFlowsIntoTwoColumnsAndScrollsAt80x24() {
        var view = SampleStore.view(width: 80, height: 24)
        view.isHelpVisible = true
        #expect(
            SampleStore.screen(width: 80, height: 24, view: view).text == """
                 runtop  │ demo · http://127.0.0.1:8080 │ ● llama-7b-grow (running)
                ┌┌─ Help · Esc or ? closes ───────────────────────────────────────────────────┐┐
                ││ Anywhere                                o          cycle sort column       ││
                ││   q Ctrl-C   quit                       O          reverse sort order      ││
                ││   ?          toggle this help           Space      mark job: notify on end ││
                ││   Esc        close help/cursor/zoom     :          command (:job :ctx ...) ││
                ││   Tab        focus next pane            f          log fullscreen          ││
                └│   Shift-Tab  focus previous pane        C Ctrl-K   cancel job (asks y/N)   │┘
                ┌│   1-6        focus pane by number       R          retry job (asks y/N)    │┐
                ││   z Enter    zoom focused pane                                             ││
                ││   ↑ k        previous job             Timeline pane (2)                    ││
                ││   ↓ j        next job                   ↑ k        older event             ││
                ││   Home g     first job                  ↓ j        newer event             ││
                ││   End G      last job                   Enter      expand/collapse payload ││
                ││   PgUp       job list page up                                              ││
                └│   PgDn       job list page down       Log pane (4)                         │┘
                ┌│   + =        more smoothing             ↑ k        scroll up, pause follow │┐
                ││   -          less smoothing             ↓ j        scroll down             ││
                ││   a          braille/block/ASCII        PgUp       page up                 ││
                ││   y c        copy id (5: checkpoint)    PgDn       page down               ││
                ││   /          filter jobs by text        Home g     oldest line             ││
                ││   F          cycle status filter        End G      newest line, follow     ││
                └└─────────────────────────────────────────────────────────── 40/72 · j more ─┘┘
                 demo · http://127.0.0.1:8080 · 42ms · ●1 ◌1 ✓1 ✗1               ? help  q quit
                """)
    }

    @Test func focusedPaneHiddenByTheLayoutTakesTheLogPanesPlace() {
        var view = SampleStore.view(width: 80, height: 24)
        view.focusedPane = .result
        let text = SampleStore.screen(width: 80, height: 24, view: view).text
        #expect(text.contains("6 Result"))
        #expect(!text.contains("4 Logs"))
    }

    @Test func zoomedPaneFillsTheBody() {
        var view = SampleStore.view(width: 80, height: 24)
        view.focusedPane = .artifacts
        view.zoomedPane = .artifacts
        let lines = SampleStore.screen(width: 80, height: 24, view: view).lines()
        #expect(lines[1].hasPrefix("┌ 5 Artifacts (zoomed)"))
        #expect(lines[22].hasPrefix("└"))
        #expect(!lines.joined().contains("1 Jobs"))
    }

    @Test func focusedPaneBorderUsesTheFocusStyle() {
        var view = SampleStore.view()
        view.focusedPane = .charts
        let buffer = DashboardView.render(
            store: SampleStore.store(), view: view, now: SampleStore.now, width: 120, height: 40, sourceLabel: "demo",
            theme: .defaultDark, glyphs: .unicode)
        let chartsTop = buffer.lines().firstIndex { $0.contains("3 Charts") }!
        #expect(buffer[48, chartsTop].style == Theme.defaultDark.focusedBorder)
        #expect(buffer[0, 1].style == Theme.defaultDark.border)
    }

    @Test func statusBarSaysWhyDataIsStaleAndHowOld() {
        var store = SampleStore.store()
        store.apply(.requestSucceeded(.jobList, latency: 0.05, at: SampleStore.now.addingTimeInterval(-12)))
        store.apply(.requestFailed(.jobList, .unreachable("connection refused"), at: SampleStore.now))
        let buffer = DashboardView.render(
            store: store, view: SampleStore.view(), now: SampleStore.now, width: 120, height: 40,
            sourceLabel: "demo · http://127.0.0.1:8080", theme: .monochrome, glyphs: .unicode)
        #expect(
            buffer.lines()[39].hasPrefix(
                " demo · http://127.0.0.1:8080 · ⚠ API unreachable (connection refused) for 0s · data 12s old · ●1 ◌1 ✓1"))
    }

    @Test func headerNamesTheToolTheSourceAndTheSelectedJob() {
        let header = SampleStore.screen(width: 120, height: 40).lines()[0]
        #expect(header.hasPrefix(" runtop  │ demo · http://127.0.0.1:8080 │ ● llama-7b-grow (running)"))
    }

    @Test func everySizeAndViewRendersWithoutTrappingAndFillsTheBuffer() {
        let store = SampleStore.store()
        var views: [ViewState] = []
        for pane in DashboardPane.allCases {
            var view = SampleStore.view()
            view.focusedPane = pane
            views.append(view)
            view.zoomedPane = pane
            views.append(view)
        }
        var help = SampleStore.view()
        help.isHelpVisible = true
        views.append(help)
        var scrolled = SampleStore.view()
        scrolled.logFollow = false
        scrolled.logScrollAnchorSeq = 3
        scrolled.logWrap = true
        views.append(scrolled)
        for width in stride(from: 0, through: 130, by: 13) {
            for height in stride(from: 0, through: 45, by: 5) {
                for view in views {
                    for glyphs in [Glyphs.unicode, .ascii] {
                        let buffer = DashboardView.render(
                            store: store, view: view, now: SampleStore.now, width: width, height: height,
                            sourceLabel: "demo", theme: .defaultDark, glyphs: glyphs)
                        #expect(buffer.width == width && buffer.height == height)
                    }
                }
            }
        }
    }

    @Test func asciiGlyphsDrawNoBoxOrBrailleCharacters() {
        let text = SampleStore.screen(width: 120, height: 40, glyphs: .ascii).text
        #expect(text.contains("+ 1 Jobs"))
        for forbidden in ["┌", "│", "─", "━", "●", "…"] { #expect(!text.contains(forbidden), "\(forbidden)") }
        #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    }

    @Test func emptyStoreRendersPlaceholdersInEveryPane() {
        let buffer = DashboardView.render(
            store: DataStore(), view: ViewState(), now: SampleStore.now, width: 120, height: 40, sourceLabel: "demo",
            theme: .monochrome, glyphs: .unicode)
        let text = buffer.text
        #expect(text.contains("no jobs yet"))
        #expect(text.contains("no job selected"))
        #expect(buffer.lines()[39].contains("connecting…"))
    }

    @Test func helpThatDoesNotFitSaysHowFarItIsAndHowToScroll() {
        var view = SampleStore.view(width: 60, height: 16)
        view.isHelpVisible = true
        let lines = SampleStore.screen(width: 60, height: 16, view: view).lines()
        #expect(lines[14].contains("─ 12/\(HelpOverlay().rows().count) · j more ─┘"))
        view.helpScrollOffset = 1000
        let scrolled = SampleStore.screen(width: 60, height: 16, view: view).lines()
        #expect(scrolled[13].contains("Ctrl-U     clear the line"), "the last binding is reachable")
    }
}
