import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

/// Operator actions in the view: key or command → confirmation → `y` → effect; anything else, read-only mode
/// and actions that do not apply send nothing and say why.
@Suite("Operator action keys and confirmation")
struct OperatorActionKeysTests {
    static let dreadnode = OperatorCapabilities(dialect: "dreadnode", supported: [.cancelJob, .retryJob])
    static let tinker = OperatorCapabilities(
        dialect: "tinker", supported: [.publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL],
        checkpointPathPrefixes: ["tinker://"])
    static let finalPath = "tinker://run-1:train:0/sampler_weights/final"

    static func view(_ capabilities: OperatorCapabilities = dreadnode, selecting id: JobID = SampleStore.running)
        -> ViewState
    {
        var view = SampleStore.view()
        view.operatorCapabilities = capabilities
        view.selectedJobID = id
        return view
    }

    /// The sample store with tinker checkpoints on the running job (the newest already public when `published`).
    static func tinkerStore(published: Bool = false) -> DataStore {
        var store = SampleStore.store()
        store.apply(
            .artifacts(
                SampleStore.running,
                JobArtifacts(checkpoints: [
                    CheckpointRef(step: 10, name: "step-10", path: "tinker://run-1:train:0/sampler_weights/step-10"),
                    CheckpointRef(step: 20, name: "final", path: finalPath, isPublic: published),
                ])))
        return store
    }

    static func type(_ text: String, into view: inout ViewState, store: DataStore) -> [ViewEffect] {
        text.flatMap { view.handle(.character($0), store: store) }
    }

    @Test func cancelKeyAsksFirstAndOnlyYSendsIt() {
        var view = Self.view()
        let store = SampleStore.store()
        #expect(view.handle(.character("C"), store: store).isEmpty, "nothing is sent before the answer")
        let request = OperatorRequest(.cancelJob, jobID: SampleStore.running, jobName: "llama-7b-grow")
        #expect(view.pendingConfirmation == request)
        #expect(view.handle(.character("y"), store: store) == [.performAction(request)])
        #expect(view.pendingConfirmation == nil)
        #expect(view.statusMessage == "cancelling job llama-7b-grow…")
    }

    @Test func ctrlKCancelsLikeK9s() {
        var view = Self.view()
        _ = view.handle(.control("k"), store: SampleStore.store())
        #expect(view.pendingConfirmation?.action == .cancelJob)
    }

    @Test(arguments: [Key.character("n"), .escape, .character("Y"), .enter, .character("C"), .character("q")])
    func anyAnswerButYSendsNothing(answer: Key) {
        var view = Self.view()
        let store = SampleStore.store()
        _ = view.handle(.character("C"), store: store)
        #expect(view.handle(answer, store: store).isEmpty)
        #expect(view.pendingConfirmation == nil)
        #expect(view.statusMessage == "nothing sent")
        #expect(!view.isHelpVisible && view.zoomedPane == nil, "the answer key does not also do its own job")
    }

    @Test func ctrlCDuringAConfirmationStillQuits() {
        var view = Self.view()
        let store = SampleStore.store()
        _ = view.handle(.character("C"), store: store)
        #expect(view.handle(.control("c"), store: store) == [.quit])
    }

    @Test func readOnlyRefusesEveryActionWithoutAConfirmation() {
        var view = Self.view(Self.tinker.merging(Self.dreadnode))
        view.isReadOnly = true
        let store = Self.tinkerStore()
        for key in [Key.character("C"), .control("k"), .character("R")] {
            #expect(view.handle(key, store: store) == [.bell])
            #expect(view.pendingConfirmation == nil)
            #expect(view.statusMessage == ViewState.readOnlyMessage)
        }
        view.focusedPane = .artifacts
        for key in [Key.character("p"), .character("T")] {
            #expect(view.handle(key, store: store) == [.bell])
            #expect(view.pendingConfirmation == nil && view.prompt == nil)
            #expect(view.statusMessage == "read-only: actions are disabled (--read-only)")
        }
        for command in ["cancel", "retry", "publish", "unpublish", "ttl 7d", "ttl"] {
            _ = view.handle(.character(":"), store: store)
            _ = Self.type(command, into: &view, store: store)
            #expect(view.handle(.enter, store: store) == [.bell], "\(command)")
            #expect(view.pendingConfirmation == nil)
            #expect(view.statusMessage == ViewState.readOnlyMessage, "\(command)")
        }
    }

    @Test func cancelOnAFinishedJobSaysWhyInsteadOfAsking() {
        var view = Self.view(selecting: SampleStore.succeeded)
        #expect(view.handle(.character("C"), store: SampleStore.store()) == [.bell])
        #expect(view.pendingConfirmation == nil)
        #expect(view.statusMessage == "cancel: job 模型-contract 🚀 already succeeded")
    }

    @Test func retryOnARunningJobSaysOnlyFailedOrCancelledJobsRetry() {
        var view = Self.view()
        #expect(view.handle(.character("R"), store: SampleStore.store()) == [.bell])
        #expect(
            view.statusMessage
                == "retry: job llama-7b-grow is running (only failed or cancelled jobs can be retried)")
    }

    @Test func retryOnAFailedJobAsks() {
        var view = Self.view(selecting: SampleStore.failed)
        _ = view.handle(.character("R"), store: SampleStore.store())
        #expect(view.pendingConfirmation?.confirmationQuestion == "Retry job broken-run (job-d)?")
    }

    @Test func publishOnASourceWithoutItNamesTheDialect() {
        var view = Self.view(OperatorCapabilities(dialect: "fusion", supported: [.cancelJob]))
        view.focusedPane = .artifacts
        #expect(view.handle(.character("p"), store: SampleStore.store()) == [.bell])
        #expect(view.statusMessage == "publish: fusion has no publish action")
    }

    @Test func aSourceWithoutActionsRefusesCancel() {
        var view = Self.view(.none)
        #expect(view.handle(.character("C"), store: SampleStore.store()) == [.bell])
        #expect(view.statusMessage == "cancel: this source has no cancel action")
    }

    @Test func publishKeyTogglesOnTheNewestCheckpoint() {
        var view = Self.view(Self.tinker)
        view.focusedPane = .artifacts
        _ = view.handle(.character("p"), store: Self.tinkerStore(published: false))
        #expect(view.pendingConfirmation?.action == .publishCheckpoint(path: Self.finalPath))
        _ = view.handle(.character("n"), store: Self.tinkerStore())
        _ = view.handle(.character("p"), store: Self.tinkerStore(published: true))
        #expect(view.pendingConfirmation?.action == .unpublishCheckpoint(path: Self.finalPath))
    }

    @Test func checkpointActionsOnANonTinkerPathSayWhy() {
        var view = Self.view(Self.tinker)
        view.focusedPane = .artifacts
        #expect(view.handle(.character("p"), store: SampleStore.store()) == [.bell])
        #expect(view.statusMessage == "publish: checkpoint ckpt-600 is not a tinker:// path")
    }

    @Test func ttlKeyOpensThePromptAndTheCommandConfirms() {
        var view = Self.view(Self.tinker)
        let store = Self.tinkerStore()
        view.focusedPane = .artifacts
        #expect(view.handle(.character("T"), store: store).isEmpty)
        #expect(view.prompt == Prompt(.command, text: "ttl "))
        _ = Self.type("7d", into: &view, store: store)
        #expect(view.handle(.enter, store: store).isEmpty)
        #expect(view.pendingConfirmation?.action == .setCheckpointTTL(path: Self.finalPath, ttl: .seconds(604_800)))
        let effects = view.handle(.character("y"), store: store)
        #expect(effects.count == 1)
        guard case .performAction(let request)? = effects.first else { return }
        #expect(request.action.kind == .setCheckpointTTL)
    }

    @Test func ttlCommandWithoutADurationShowsUsage() {
        var view = Self.view(Self.tinker)
        let store = Self.tinkerStore()
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("ttl soon", into: &view, store: store)
        #expect(view.handle(.enter, store: store) == [.bell])
        #expect(view.statusMessage == "usage: ttl 7d|12h|30m|SECONDS|never [checkpoint]")
        #expect(view.pendingConfirmation == nil)
    }

    @Test func commandsNameACheckpointByNameOrStep() {
        var view = Self.view(Self.tinker)
        let store = Self.tinkerStore()
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("publish step-10", into: &view, store: store)
        _ = view.handle(.enter, store: store)
        #expect(
            view.pendingConfirmation?.action
                == .publishCheckpoint(path: "tinker://run-1:train:0/sampler_weights/step-10"))
        _ = view.handle(.escape, store: store)
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("ttl never step 20", into: &view, store: store)
        _ = view.handle(.enter, store: store)
        #expect(view.pendingConfirmation?.action == .setCheckpointTTL(path: Self.finalPath, ttl: .never))
        _ = view.handle(.escape, store: store)
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("unpublish nosuch", into: &view, store: store)
        #expect(view.handle(.enter, store: store) == [.bell])
        #expect(view.statusMessage == "unpublish: job llama-7b-grow has no checkpoint \"nosuch\"")
    }

    @Test func cancelCommandAsksLikeTheKey() {
        var view = Self.view()
        let store = SampleStore.store()
        _ = view.handle(.character(":"), store: store)
        _ = Self.type("cancel", into: &view, store: store)
        #expect(view.handle(.enter, store: store).isEmpty)
        #expect(view.pendingConfirmation?.action == .cancelJob)
    }

    @Test func confirmationLineAsksWithYN() {
        var view = Self.view()
        _ = view.handle(.character("C"), store: SampleStore.store())
        var buffer = CellBuffer(width: 60, height: 1)
        StatusBar(sourceLabel: "test").render(into: &buffer, area: buffer.bounds, context: SampleStore.context(view: view))
        #expect(buffer.lines() == [" Cancel job llama-7b-grow (job-a)? y/N                      "])
    }

    @Test func confirmationLineKeepsYNVisibleWhenNarrow() {
        var view = Self.view(Self.tinker)
        view.focusedPane = .artifacts
        _ = view.handle(.character("p"), store: Self.tinkerStore())
        var buffer = CellBuffer(width: 40, height: 1)
        StatusBar(sourceLabel: "test").render(into: &buffer, area: buffer.bounds, context: SampleStore.context(view: view))
        #expect(buffer.lines() == [" Publish checkpoint tinker://run-1… y/N "])
    }

    @Test func headerShowsAReadOnlyBadge() {
        var view = Self.view()
        view.isReadOnly = true
        var buffer = CellBuffer(width: 60, height: 1)
        HeaderBar(sourceLabel: "demo").render(into: &buffer, area: buffer.bounds, context: SampleStore.context(view: view))
        #expect(buffer.text == " runtop [read-only] │ demo │ ● llama-7b-grow (running)")
    }

    @Test func helpMarksActionKeysOffInReadOnlyMode() {
        let rows = HelpOverlay(isReadOnly: true).rows().map(\.text)
        #expect(rows.contains { $0.contains("cancel job (asks y/N) (off: read-only)") })
        #expect(rows.contains { $0.contains("publish/unpublish (y/N) (off: read-only)") })
        #expect(!rows.contains { $0.contains("quit (off") })
        #expect(!HelpOverlay().rows().map(\.text).contains { $0.contains("off: read-only") })
    }
}

extension OperatorCapabilities {
    /// Both capability sets, as one source offering all of them.
    func merging(_ other: OperatorCapabilities) -> OperatorCapabilities {
        OperatorCapabilities(
            dialect: dialect, supported: supported.union(other.supported),
            checkpointPathPrefixes: checkpointPathPrefixes + other.checkpointPathPrefixes)
    }
}
