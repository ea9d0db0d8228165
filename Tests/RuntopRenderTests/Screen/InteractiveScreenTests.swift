import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Dashboard screen in interactive states")
struct InteractiveScreenTests {
    @Test func filterPromptAt80x24FiltersTheListAsTyped() {
        var view = SampleStore.view(width: 80, height: 24)
        let store = SampleStore.store()
        _ = view.handle(.character("/"), store: store)
        for character in "r" { _ = view.handle(.character(character), store: store) }
        #expect(
            SampleStore.screen(width: 80, height: 24, view: view).text == """
                 runtop  │ demo · http://127.0.0.1:8080 │ ● llama-7b-grow (running)
                ┌ 1 Jobs · 3/4 jobs · /r ──────────────────────────────────────────────────────┐
                │  STATUS    NAME               TYPE         STEP PROGRESS   LOSS  AGE   ETA  ↻│
                │● running   llama-7b-grow      train    800/1000 ██████▍░  0.685  12m    3m  1│
                │✓ succeeded 模型-contract 🚀   contract                            2h         │
                │✗ failed    broken-run         train                               1d         │
                │                                                                              │
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
                 /r                                                       Enter keep  Esc clear
                """)
    }

    @Test func searchHighlightAndCrosshairAt120x40() {
        var view = SampleStore.view(width: 120, height: 40)
        view.logSearch = "loss"
        view.chartCursorStep = 200
        view.focusedPane = .charts
        #expect(
            SampleStore.screen(width: 120, height: 40, view: view).text == """
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
                │                                              ││@200 ━ loss 1.51  ━ val_loss 1.61  @200 ━ lr 3e-5                     │
                │                                              ││2.5┤⢻⡀     │                         3e-5┤   ⡏⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│
                │                                              ││   │ ⠛⢧⢀⡀  │                             │  ⢰⠃  │                     │
                │                                              ││   │  ⠈⠙⣟⣦⡀│                             │  ⡞   │                     │
                │                                              ││1.7┤    ⠉⠹⣽⣦⡀                      1.7e-5┤ ⢰⠃   │                     │
                │                                              ││   │       ⠙⠻⣷⣄⡀                         │ ⡼    │                     │
                │                                              ││   │       │  ⠘⠛⢷⣶⡦⣤⣀⣀                   │⢀⡇    │                     │
                │                                              ││   │       │      ⠉⠙⠖⢮⣭⣝⣶⢤⣀⣀⡀            │⣸     │                     │
                │                                              ││0.6┤       │           ⠉⠈⠉⠓⠛⠿⠻⠟⢯⠿⣭   3e-7┤⡇     │                     │
                │                                              ││    1      ◆      400     ◆    800        1     ◆      400    ◆    800│
                │                                              │└──────────────────────────────────────────────────────────────────────┘
                │                                              │┌ 4 Logs · 5 lines · /loss ─────────────────────────────────── follow ─┐
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

    @Test func logScaleMarkedJobAndCommandPromptAt200x60() {
        var view = SampleStore.view(width: 200, height: 60)
        view.chartLogScale = true
        view.markedJobIDs = [SampleStore.running]
        view.jobQuery.sort = .loss
        view.prompt = Prompt(.command, text: "sort loss")
        #expect(
            SampleStore.screen(width: 200, height: 60, view: view).text == """
                 runtop  │ demo · http://127.0.0.1:8080 │ ● llama-7b-grow (running)
                ┌ 1 Jobs · 4 jobs · by loss · 1 marked ────────────────────────────────────────┐┌ 2 Timeline · 6 events ───────────────────────────────────────────────────────────────────────────────────────────────┐
                │    STATUS    NAME             TYPE         STEP PROGRESS   LOSS  AGE   ETA  ↻││◌━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━↻━━━━━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━│
                │✱ ● running   llama-7b-grow    train    800/1000 ██████▍░  0.685  12m    3m  1││queued 30s running 5m00s                           reclaimed 1m00s running 6m00s                                      │
                │  ✓ succeeded 模型-contract 🚀 contract                            2h         ││16:05:12 checkpoint step=200                                                                                          │
                │  ◌ queued    tiny-ft          finetune                            5s         ││16:08:07 reclaimed                                                                                                    │
                │  ✗ failed    broken-run       train                               1d         ││16:09:07 running resume_step=200                                                                                      │
                │                                                                              ││16:13:07 checkpoint step=600                                                                                          │
                │                                                                              │└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
                │                                                                              │┌ 3 Charts · smoothing 0.60 · log y ───────────────────────────────────────────────────────────────────────────────────┐
                │                                                                              ││━ loss 0.685  ━ val_loss 0.785         ━ lr 3e-5                               ━ grad_norm 1 sm 1.45                  │
                │                                                                              ││2.5┤⠙⢦⣄                                   3e-5┤   ⡼⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ 1.9┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││   │  ⠈⠓⢻⣦⣄                                   │  ⣸⠁                               │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││   │      ⠹⠷⣦⣄⡀                               │ ⢠⠇                                │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││1.4┤        ⠈⠉⠻⠷⡦⣤⣀                     1.2e-5┤ ⡼                              1.4┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││   │            ⠉⠉⠿⢿⣗⣶⠤⣄⣀                     │ ⡇                                 │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││   │                ⠉⠘⠚⢳⣼⣿⣲⣤⣀                 │⢸⠁                                 │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││   │                     ⠘⠋⠻⠏⣯⡿⣖⣶⡤⣤⠴⡒⠒        │⢸                                  │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││0.6┤                           ⠉ ⠛⠙⠾⢹⡼ ↓3.6e-6┤⣸                                 1┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿│
                │                                                                              ││    1       ◆       400      ◆     800         1      ◆      400      ◆    800     1       ◆       400       ◆     800│
                │                                                                              ││━ throughput 1.2k sm 1.2k                                                                                             │
                │                                                                              ││1.204k┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││      │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││      │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││1.202k┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││      │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││      │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││      │⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││  1.2k┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿                                                                                │
                │                                                                              ││       1      ◆      400      ◆    800                                                                                │
                │                                                                              │└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
                │                                                                              │┌ 4 Logs · 5 lines ─────────────────────────────────────────────────────────────────────────────────────────── follow ─┐
                │                                                                              ││··· 2 lines not retrieved ···                                                                                         │
                │                                                                              ││loading base model                                                                                                    │
                │                                                                              ││step 1 loss 2.43                                                                                                      │
                │                                                                              ││WARNING grad norm spike                                                                                               │
                │                                                                              ││··· 120 lines not retrieved ···                                                                                       │
                │                                                                              ││colour ␛[31mred␛[0m done                                                                                              │
                │                                                                              ││step 800 loss 0.61                                                                                                    │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              ││                                                                                                                      │
                │                                                                              │└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
                │                                                                              │┌ 5 Artifacts · 1 internal · r ────────────────────────────┐┌ 6 Result · running ──────────────────────────────────────┐
                │                                                                              ││dataset         wiki-2k                                   ││no result yet                                             │
                │                                                                              ││base model      llama-7b                                  ││step 800/1000 (80%) ████████████████░░░░                  │
                │                                                                              ││last checkpoint step 600                                  ││                                                          │
                │                                                                              ││step 600        ckpt-600  s3://runs/…/checkpoints/step-600││                                                          │
                │                                                                              ││step 200        ckpt-200  s3://runs/…/checkpoints/step-200││                                                          │
                │                                                                              ││                                                          ││                                                          │
                │                                                                              ││                                                          ││                                                          │
                │                                                                              ││                                                          ││                                                          │
                └──────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────┘
                 :sort loss                                                                                                                                                                       Enter run  Esc cancel
                """)
    }
}
