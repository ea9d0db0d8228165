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

@Suite("Context switching command")
struct ContextCommandTests {
    static func run(_ line: String, view: inout ViewState) -> [ViewEffect] {
        _ = view.handle(.character(":"), store: SampleStore.store())
        _ = PromptTests.type(line, into: &view, store: SampleStore.store())
        return view.handle(.enter, store: SampleStore.store())
    }

    @Test func ctxWithAUniquePrefixAsksToSwitch() {
        var view = SampleStore.view()
        view.contextNames = ["lab", "prod", "staging"]
        view.currentContext = "lab"
        #expect(Self.run("ctx pr", view: &view) == [.switchContext("prod")])
        #expect(view.statusMessage == "switching to context prod…")
    }

    @Test func ctxWithoutANameListsContextsMarkingTheCurrentOne() {
        var view = SampleStore.view()
        view.contextNames = ["lab", "prod"]
        view.currentContext = "prod"
        #expect(Self.run("ctx", view: &view).isEmpty)
        #expect(view.statusMessage == "contexts: lab *prod")
    }

    @Test func ctxRefusesUnknownAmbiguousAndCurrentContexts() {
        var view = SampleStore.view()
        view.contextNames = ["prod-eu", "prod-us", "lab"]
        view.currentContext = "lab"
        #expect(Self.run("ctx nope", view: &view) == [.bell])
        #expect(view.statusMessage == "no context \"nope\" (contexts: prod-eu prod-us *lab)")
        #expect(Self.run("ctx prod", view: &view) == [.bell])
        #expect(view.statusMessage == "ambiguous: prod-eu prod-us")
        #expect(Self.run("context LAB", view: &view).isEmpty)
        #expect(view.statusMessage == "already on context lab")
    }

    @Test func ctxWithoutAConfigFileSaysWhereContextsComeFrom() {
        var view = SampleStore.view()
        #expect(Self.run("ctx prod", view: &view) == [.bell])
        #expect(view.statusMessage?.contains("[contexts.NAME]") == true)
    }

    @Test func aNewContextForgetsTheSelectionAndMarksButKeepsHowChartsLook() {
        var view = SampleStore.view()
        view.markedJobIDs = [SampleStore.running]
        view.chartMode = .ascii
        view.smoothingWeight = 0.9
        view.resetForNewContext(named: "prod")
        #expect(view.selectedJobID == nil)
        #expect(view.markedJobIDs.isEmpty)
        #expect(view.currentContext == "prod")
        #expect(view.chartMode == .ascii)
        #expect(view.smoothingWeight == 0.9)
    }
}
