import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Prompt and commands")
struct PromptTests {
    static func type(_ text: String, into view: inout ViewState, store: DataStore) -> [ViewEffect] {
        text.flatMap { view.handle(.character($0), store: store) }
    }

    @Test func slashFiltersJobsAsTypedEnterKeepsAndEscapeClears() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.handle(.character("/"), store: store)
        #expect(view.prompt == Prompt(.jobFilter))
        _ = Self.type("brok", into: &view, store: store)
        #expect(view.visibleJobs(in: store).map(\.id) == [SampleStore.failed])
        #expect(view.selectedJobID == SampleStore.failed, "the selection follows the filter")
        _ = view.handle(.backspace, store: store)
        #expect(view.prompt?.text == "bro")
        _ = view.handle(.enter, store: store)
        #expect(view.prompt == nil)
        #expect(view.jobQuery.text == "bro")
        _ = view.handle(.character("/"), store: store)
        #expect(view.prompt?.text == "bro", "reopening edits the kept filter")
        _ = view.handle(.escape, store: store)
        #expect(view.jobQuery.text.isEmpty)
        #expect(view.visibleJobs(in: store).count == 4)
    }

    @Test func keysTypedIntoThePromptDoNotTriggerTheirBindings() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.handle(.character(":"), store: store)
        #expect(Self.type("q?z", into: &view, store: store).isEmpty)
        #expect(!view.isHelpVisible)
        #expect(view.zoomedPane == nil)
        #expect(view.handle(.control("c"), store: store) == [.quit], "Ctrl-C still quits")
    }

    @Test func promptIsDrawnInTheStatusBarWithACursorAndHints() {
        var view = SampleStore.view(width: 80, height: 24)
        view.prompt = Prompt(.jobFilter, text: "llama")
        let lines = SampleStore.screen(width: 80, height: 24, view: view).lines()
        #expect(lines[23] == " /llama" + String(repeating: " ", count: 50) + " Enter keep  Esc clear ")
    }

    @Test func commandJobJumpsByIdOrNamePrefixAndClearsFiltersHidingIt() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        view.jobQuery.status = .running
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("job tiny", into: &view, store: store)
        #expect(view.handle(.enter, store: store) == [.selectJob(SampleStore.queued)])
        #expect(view.jobQuery.status == .all)
        #expect(view.runCommand("job job-d", store: store) == [.selectJob(SampleStore.failed)])
        #expect(view.runCommand("job nothing", store: store) == [.bell])
        #expect(view.statusMessage == "no job matches \"nothing\"")
    }

    @Test func commandsSortFilterSmoothingAndQuit() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.runCommand("sort loss reverse", store: store)
        #expect(view.jobQuery.sort == .loss)
        #expect(view.jobQuery.isReversed)
        #expect(view.runCommand("sort size", store: store) == [.bell])
        _ = view.runCommand("filter run", store: store)
        #expect(view.jobQuery.text == "run")
        #expect(view.runCommand("smoothing 0.9", store: store) == [.setSmoothing(0.9)])
        #expect(view.smoothingWeight == 0.9)
        #expect(view.runCommand("smoothing 2", store: store) == [.bell])
        #expect(view.runCommand("q", store: store) == [.quit])
    }

    @Test func unknownCommandLeavesAStatusMessage() {
        var view = SampleStore.view()
        let store = SampleStore.store()
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("frobnicate", into: &view, store: store)
        #expect(view.handle(.enter, store: store) == [.bell])
        #expect(view.statusMessage?.hasPrefix("unknown command: frobnicate") == true)
        #expect(view.prompt == nil)
    }
}
