import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Job list pane")
struct JobListPaneTests {
    @Test func jobListShowsStatusNameTypeProgressLossAgeETAAndRetriesAtFullWidth() {
        let buffer = SampleStore.render(.jobs, width: 80, height: 7)
        #expect(
            buffer.text == """
                ┌ 1 Jobs · 4 jobs ─────────────────────────────────────────────────────────────┐
                │  STATUS    NAME               TYPE         STEP PROGRESS   LOSS  AGE   ETA  ↻│
                │● running   llama-7b-grow      train    800/1000 ██████▍░  0.685  12m    3m  1│
                │✓ succeeded 模型-contract 🚀   contract                            2h         │
                │◌ queued    tiny-ft            finetune                            5s         │
                │✗ failed    broken-run         train                               1d         │
                └──────────────────────────────────────────────────────────────────────────────┘
                """)
    }

    @Test func narrowJobListKeepsTheNameAndDropsTheLeastImportantColumns() {
        let buffer = SampleStore.render(.jobs, width: 40, height: 7)
        #expect(
            buffer.text == """
                ┌ 1 Jobs · 4 jobs ─────────────────────┐
                │  NAME                  STEP   LOSS  ↻│
                │● llama-7b-grow     800/1000  0.685  1│
                │✓ 模型-contract 🚀                    │
                │◌ tiny-ft                             │
                │✗ broken-run                          │
                └──────────────────────────────────────┘
                """)
    }

    @Test func selectedRowIsHighlightedWithTheSelectionStyle() {
        let buffer = SampleStore.render(.jobs, width: 80, height: 7)
        // Row 2 is the running job (selected), row 3 is not.
        #expect(buffer[15, 2].style.attributes.contains(.reverse))
        #expect(!buffer[15, 3].style.attributes.contains(.reverse))
    }

    @Test func wideCharacterNameOccupiesTwoCellsPerCharacter() {
        let buffer = SampleStore.render(.jobs, width: 80, height: 7)
        let nameColumn = 13
        #expect(buffer[nameColumn, 3].symbol == "模")
        #expect(buffer[nameColumn + 1, 3].isContinuation)
        #expect(buffer[nameColumn + 2, 3].symbol == "型")
    }

    @Test func jobListScrollsToKeepTheSelectionVisible() {
        var store = DataStore()
        let jobs = (0..<30).map {
            JobSummary(id: JobID("job-\($0)"), name: "run-\($0)", kind: "train", status: .queued)
        }
        store.apply(.jobList(jobs, at: SampleStore.now))
        var view = SampleStore.view()
        view.selectedJobID = "job-29"
        var buffer = CellBuffer(width: 40, height: 8)
        JobListPane().render(
            into: &buffer, area: buffer.bounds,
            context: PaneContext(store: store, view: view, now: SampleStore.now, theme: .monochrome, glyphs: .unicode))
        let lines = buffer.lines()
        #expect(lines[6].contains("run-29"))
        #expect(lines[2].contains("run-25"))
        #expect(!buffer.text.contains("run-0 "))
    }

    @Test func unknownTotalShowsTheLatestStepHeldInTheStore() {
        var store = DataStore()
        store.apply(
            .jobList([JobSummary(id: "x", name: "open-ended", kind: "rl", status: .running)], at: SampleStore.now))
        store.apply(
            .metrics("x", MetricsDelta(series: ["reward": [MetricSample(step: 4321, value: 1)]]), at: SampleStore.now))
        var view = ViewState()
        view.reconcile(with: store)
        var buffer = CellBuffer(width: 60, height: 4)
        JobListPane().render(
            into: &buffer, area: buffer.bounds,
            context: PaneContext(store: store, view: view, now: SampleStore.now, theme: .monochrome, glyphs: .unicode))
        #expect(buffer.lines()[2].contains("4321"))
        #expect(!buffer.lines()[2].contains("/"))
    }

    @Test func emptyStoreSaysNoJobsYet() {
        var buffer = CellBuffer(width: 30, height: 4)
        JobListPane().render(
            into: &buffer, area: buffer.bounds,
            context: PaneContext(
                store: DataStore(), view: ViewState(), now: SampleStore.now, theme: .monochrome, glyphs: .unicode))
        #expect(buffer.lines()[1].contains("no jobs yet"))
    }

    @Test func wideJobListAddsALossTrendSparkline() {
        let lines = SampleStore.render(.jobs, width: 120, height: 7).lines()
        #expect(lines[1].contains("LOSS TREND       AGE"))
        #expect(lines[2].contains("0.685 █▆▅▄▃▂▁▁▁▁  12m"))
    }

    @Test func sparklineIsEmptyForAnEmptySeries() {
        #expect(Sparkline(series: MetricSeries()).text(width: 8, glyphs: .unicode).isEmpty)
    }

    @Test func monochromeRowsCarryStatusAndSelectionAsAttributes() {
        let buffer = SampleStore.render(.jobs, width: 40, height: 7)
        // The focused border is bold. Selected running row: reversed; mark bold (running), retries bold (warning).
        #expect(
            StyleRuns.describe(buffer, row: 2, name: StyleRuns.attributes)
                == "0-1 bold|1-2 bold+reverse|2-37 reverse|37-39 bold+reverse|39-40 bold")
        // The failed row: mark bold+underline, name and numbers plain, empty retries muted.
        #expect(
            StyleRuns.describe(buffer, row: 5, name: StyleRuns.attributes)
                == "0-1 bold|1-2 bold+underline|2-37 plain|37-39 dim|39-40 bold")
    }
}

@Suite("Job list wide columns")
struct JobListWideColumnsTests {
    @Test func aZoomedListShowsTheModelAndTheTrend() {
        var store = DataStore()
        store.apply(
            .jobList(
                [
                    JobSummary(
                        id: "a", name: "llama-grow", kind: "train", status: .running, model: "meta-llama/Llama-3-8B",
                        startedAt: SampleStore.now - 600, currentStep: 300, totalSteps: 900)
                ], at: SampleStore.now))
        let columns = JobListPane.columns(width: 160, progressWidth: 7).map(\.0)
        #expect(columns.contains(.model))
        #expect(columns.contains(.eta))
        #expect(!JobListPane.columns(width: 78, progressWidth: 7).map(\.0).contains(.model))
        var view = SampleStore.view()
        view.reconcile(with: store)
        var buffer = CellBuffer(width: 160, height: 4)
        let context = PaneContext(
            store: store, view: view, now: SampleStore.now, theme: .monochrome, glyphs: .unicode)
        JobListPane().render(into: &buffer, area: Rect(x: 0, y: 0, width: 160, height: 4), context: context)
        let lines = buffer.text.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("MODEL"))
        #expect(lines[1].contains("ETA"))
        #expect(lines[2].contains("meta-llama/Llama-…") || lines[2].contains("meta-llama/Llama-3-8B"))
        // 300 of 900 steps in 10 minutes: 20 minutes to go.
        #expect(lines[2].contains("20m"))
    }
}

@Suite("Job list progress width")
struct JobListProgressWidthTests {
    @Test(arguments: [(nil, nil), (0, nil), (9, nil), (10, 100), (999, 1000), (1000, 1000), (nil, 50), (123_456, nil)] as [(Int?, Int?)])
    func progressWidthIsTheWidthOfTheProgressText(step: Int?, total: Int?) {
        let job = JobSummary(id: "j", name: "j", kind: "train", status: .running, currentStep: step, totalSteps: total)
        #expect(JobListPane.progressWidth(job, detail: nil) == JobListPane.progressText(job, detail: nil).count)
    }
}
