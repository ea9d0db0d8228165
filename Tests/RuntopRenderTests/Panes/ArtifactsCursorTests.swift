import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Artifacts cursor and checkpoint details")
struct ArtifactsCursorTests {
    static let job: JobID = "run-1"

    /// A Tinker-like job: two checkpoints with size, visibility and expiry, and a dataset ref.
    static func store() -> DataStore {
        var store = DataStore()
        store.apply(
            .jobList(
                [JobSummary(id: job, name: "sft-run", kind: "sft", status: .running, lastCheckpointStep: 40)],
                at: SampleStore.now))
        store.apply(
            .artifacts(
                job,
                JobArtifacts(
                    checkpoints: [
                        CheckpointRef(
                            step: 20, name: "sampler_weights/step-20", path: "tinker://run-1:train:0/sampler_weights/step-20",
                            sizeBytes: 1_200_000_000, isPublic: false, expiresAt: SampleStore.now + 3 * 86_400),
                        CheckpointRef(
                            step: 40, name: "sampler_weights/step-40", path: "tinker://run-1:train:0/sampler_weights/step-40",
                            sizeBytes: 1_250_000_000, isPublic: true),
                    ],
                    refs: [LabelledRef(label: "dataset", value: "hf://acme/support-chats")])))
        return store
    }

    static func view(_ store: DataStore) -> ViewState {
        var view = ViewState()
        view.timeZone = TimeZone(identifier: "UTC")!
        view.resize(width: 120, height: 40)
        view.reconcile(with: store)
        view.focusedPane = .artifacts
        view.operatorCapabilities = OperatorCapabilities(
            dialect: "tinker", supported: [.publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL],
            checkpointPathPrefixes: ["tinker://"])
        return view
    }

    static func render(_ store: DataStore, _ view: ViewState, width: Int = 90, height: Int = 7) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        let context = PaneContext(store: store, view: view, now: SampleStore.now, theme: .monochrome, glyphs: .unicode)
        ArtifactsPane().render(into: &buffer, area: buffer.bounds, context: context)
        return buffer
    }

    @Test func checkpointsShowSizeVisibilityAndExpiryAtTheRightWithThePathShortenedFirst() {
        let store = Self.store()
        #expect(
            Self.render(store, Self.view(store)).text == """
                ┌ 5 Artifacts ───────────────────────────────────────────────────────────────────────────┐
                │dataset         hf://acme/support-chats                                                 │
                │last checkpoint step 40                                                                 │
                │step 40         sampler_weights/step-40  ti…n:0/sampler_weights/step-40  1.2 GB · public│
                │step 20         sampler_weights/st…ler_weights/step-20  1.2 GB · private · expires in 3d│
                │                                                                                        │
                └────────────────────────────────────────────────────────────────────────────────────────┘
                """)
    }

    @Test func downMovesACursorThatCCopiesAndTheCheckpointActionsUse() {
        let store = Self.store()
        var view = Self.view(store)
        #expect(view.handle(.character("j"), store: store).isEmpty)
        #expect(view.handle(.character("c"), store: store) == [.copy("hf://acme/support-chats")])
        _ = view.handle(.character("j"), store: store)
        _ = view.handle(.character("j"), store: store)
        _ = view.handle(.character("j"), store: store)
        #expect(view.handle(.character("c"), store: store) == [.copy("tinker://run-1:train:0/sampler_weights/step-20")])
        // The cursor's checkpoint is private: p proposes publishing it, not the newest (already public) one.
        _ = view.handle(.character("p"), store: store)
        #expect(view.pendingConfirmation?.action == .publishCheckpoint(path: "tinker://run-1:train:0/sampler_weights/step-20"))
    }

    @Test func theCursorRowIsHighlightedAndEscapeHidesIt() {
        let store = Self.store()
        var view = Self.view(store)
        _ = view.handle(.character("k"), store: store)
        let buffer = Self.render(store, view)
        #expect(buffer[3, 4].style.attributes.contains(.reverse), "up first shows the cursor on the last row")
        #expect(!buffer[3, 3].style.attributes.contains(.reverse))
        _ = view.handle(.escape, store: store)
        #expect(view.artifactsCursorKey == nil)
        #expect(view.handle(.character("c"), store: store) == [.copy("tinker://run-1:train:0/sampler_weights/step-40")])
    }

    @Test func theCursorStaysOnItsCheckpointWhenANewerOneArrivesAndResetsForAnotherJob() {
        var store = Self.store()
        var view = Self.view(store)
        _ = view.handle(.character("k"), store: store)
        var artifacts = store.detail(Self.job)!.artifacts
        artifacts.checkpoints.append(
            CheckpointRef(step: 60, name: "sampler_weights/step-60", path: "tinker://run-1:train:0/sampler_weights/step-60"))
        store.apply(.artifacts(Self.job, artifacts))
        #expect(view.artifactsCursorRow(store)?.checkpoint?.step == 20)
        _ = view.select(nil, in: [])
        #expect(view.artifactsCursorKey == nil)
    }
}
