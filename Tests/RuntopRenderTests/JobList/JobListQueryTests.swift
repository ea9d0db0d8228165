import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Job list filter, sort and marks")
struct JobListQueryTests {
    static func names(_ view: ViewState, _ store: DataStore = SampleStore.store()) -> [String] {
        view.visibleJobs(in: store).map(\.name)
    }

    @Test func textFilterMatchesNameIdTypeOrStatusIgnoringCase() {
        var query = JobListQuery()
        let store = SampleStore.store()
        query.text = "LLAMA"
        #expect(query.apply(to: store).map(\.id) == [SampleStore.running])
        query.text = "job-d"
        #expect(query.apply(to: store).map(\.id) == [SampleStore.failed])
        query.text = "finetune"
        #expect(query.apply(to: store).map(\.id) == [SampleStore.queued])
        query.text = "succeeded"
        #expect(query.apply(to: store).map(\.id) == [SampleStore.succeeded])
    }

    @Test func statusFilterCyclesAllRunningFailedFinished() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        var seen: [[String]] = []
        for _ in 0..<4 {
            _ = view.handle(.character("F"), store: store)
            seen.append(Self.names(view))
        }
        #expect(seen[0] == ["llama-7b-grow"])
        #expect(seen[1] == ["broken-run"])
        #expect(seen[2] == ["模型-contract 🚀", "broken-run"])
        #expect(seen[3].count == 4, "back to all")
    }

    @Test func sortKeyCyclesAndCapitalOReverses() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.handle(.character("o"), store: store)
        #expect(view.jobQuery.sort == .name)
        #expect(Self.names(view) == ["broken-run", "llama-7b-grow", "tiny-ft", "模型-contract 🚀"])
        _ = view.handle(.character("O"), store: store)
        #expect(Self.names(view) == ["模型-contract 🚀", "tiny-ft", "llama-7b-grow", "broken-run"])
        _ = view.handle(.character("o"), store: store)
        _ = view.handle(.character("O"), store: store)
        #expect(view.jobQuery.sort == .status)
        #expect(Self.names(view) == ["llama-7b-grow", "tiny-ft", "模型-contract 🚀", "broken-run"])
    }

    @Test func ageSortPutsTheNewestFirstAndLossSortPutsJobsWithoutLossLast() {
        var query = JobListQuery()
        let store = SampleStore.store()
        query.sort = .age
        #expect(query.apply(to: store).map(\.name) == ["tiny-ft", "llama-7b-grow", "模型-contract 🚀", "broken-run"])
        query.sort = .loss
        #expect(query.apply(to: store).first?.name == "llama-7b-grow")
        query.isReversed = true
        #expect(query.apply(to: store).first?.name == "llama-7b-grow", "missing values stay last when reversed")
    }

    @Test func selectionSurvivesSortingAndFilteringThatKeepIt() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.handle(.character("j"), store: store)
        #expect(view.selectedJobID == SampleStore.succeeded)
        _ = view.handle(.character("o"), store: store)
        #expect(view.selectedJobID == SampleStore.succeeded)
        view.jobQuery.status = .finished
        #expect(view.reconcile(with: store).isEmpty)
        #expect(view.selectedJobID == SampleStore.succeeded)
        _ = view.handle(.character("k"), store: store)
        #expect(view.selectedJobID == SampleStore.failed, "k moves within the visible order (by name)")
    }

    @Test func filteringOutTheSelectedJobSelectsAVisibleOne() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        view.jobQuery.status = .failed
        #expect(view.reconcile(with: store) == [.selectJob(SampleStore.failed)])
    }

    @Test func filterMatchingNothingKeepsTheSelectionAndSaysSo() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        view.jobQuery.text = "zzz"
        #expect(view.reconcile(with: store).isEmpty)
        #expect(view.selectedJobID == SampleStore.running)
        let buffer = SampleStore.render(.jobs, width: 60, height: 5, view: view)
        #expect(
            buffer.text == """
                ┌ 1 Jobs · 0/4 jobs · /zzz ────────────────────────────────┐
                │ no job matches the filter                                │
                │                                                          │
                │                                                          │
                └──────────────────────────────────────────────────────────┘
                """)
    }

    @Test func spaceMarksTheSelectedJobWithAGlyphAndTheTitleCountsMarks() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.handle(.character(" "), store: store)
        #expect(view.markedJobIDs == [SampleStore.running])
        #expect(view.statusMessage == "marked llama-7b-grow: notify when it ends")
        view.jobQuery.sort = .name
        let buffer = SampleStore.render(.jobs, width: 60, height: 7, view: view)
        #expect(
            buffer.text == """
                ┌ 1 Jobs · 4 jobs · by name · 1 marked ────────────────────┐
                │    STATUS    NAME                     STEP   LOSS  AGE  ↻│
                │  ✗ failed    broken-run                             1d   │
                │✱ ● running   llama-7b-grow        800/1000  0.685  12m  1│
                │  ◌ queued    tiny-ft                                5s   │
                │  ✓ succeeded 模型-contract 🚀                       2h   │
                └──────────────────────────────────────────────────────────┘
                """)
        _ = view.handle(.character(" "), store: store)
        #expect(view.markedJobIDs.isEmpty)
    }
}
