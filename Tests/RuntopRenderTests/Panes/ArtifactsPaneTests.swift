import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Artifacts pane")
struct ArtifactsPaneTests {
    @Test func artifactsShowRefsLastCheckpointAndNewestCheckpointFirstWithPathsShortenedInTheMiddle() {
        let buffer = SampleStore.render(.artifacts, width: 60, height: 8)
        #expect(
            buffer.text == """
                ┌ 5 Artifacts · 1 internal · r ────────────────────────────┐
                │dataset         wiki-2k                                   │
                │base model      llama-7b                                  │
                │last checkpoint step 600                                  │
                │step 600        ckpt-600  s3://runs/…/checkpoints/step-600│
                │step 200        ckpt-200  s3://runs/…/checkpoints/step-200│
                │                                                          │
                └──────────────────────────────────────────────────────────┘
                """)
    }

    @Test func internalFieldsAppearOnlyInTheRawView() {
        #expect(!SampleStore.render(.artifacts, width: 44, height: 9).text.contains("worker_id"))
        var view = SampleStore.view()
        view.showRawArtifacts = true
        let buffer = SampleStore.render(.artifacts, width: 44, height: 9, view: view)
        #expect(
            buffer.text == """
                ┌ 5 Artifacts · raw ───────────────────────┐
                │dataset         wiki-2k                   │
                │base model      llama-7b                  │
                │last checkpoint step 600                  │
                │step 600        ckpt-600  s3…ints/step-600│
                │step 200        ckpt-200  s3…ints/step-200│
                │worker_id       w-17                      │
                │                                          │
                └──────────────────────────────────────────┘
                """)
    }

    @Test func adapterSuppliedLastCheckpointRefIsNotRepeatedAndBareCheckpointsSaySaved() {
        let job = JobSummary(id: "f", name: "f", kind: "train", status: .running, lastCheckpointStep: 86)
        let artifacts = JobArtifacts(
            checkpoints: [CheckpointRef(step: 86, name: "step 86", path: "")],
            refs: [LabelledRef(label: "last checkpoint", value: "step 86")])
        let rows = ArtifactsPane.rows(job: job, artifacts: artifacts, showRaw: false)
        #expect(rows.map(\.label) == ["last checkpoint", "step 86"])
        #expect(rows.map(\.value) == ["step 86", "saved"])
    }

    @Test func noCheckpointYetIsNotShownAsStepZero() {
        let job = JobSummary(id: "f", name: "f", kind: "train", status: .queued, lastCheckpointStep: 0)
        #expect(ArtifactsPane.rows(job: job, artifacts: JobArtifacts(), showRaw: false).isEmpty)
    }
}
