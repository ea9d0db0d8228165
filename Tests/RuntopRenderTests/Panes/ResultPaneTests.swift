import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Result pane")
struct ResultPaneTests {
    @Test func finishedJobShowsPerplexityParametersGPUTimeTokensCostAndScalars() {
        var view = SampleStore.view()
        view.selectedJobID = SampleStore.succeeded
        let buffer = SampleStore.render(.result, width: 44, height: 11, view: view)
        #expect(
            buffer.text == """
                ┌ 6 Result · succeeded ────────────────────┐
                │perplexity   12.31 → 9.87 (-19.8%)        │
                │params       7B → 5.46B (Δ -1.54B)        │
                │fn preserved 0.974                        │
                │GPU time     1:02:03                      │
                │tokens       12.3M                        │
                │cost         $25.00                       │
                │final loss   2.289                        │
                │eval/accuracy 0.812  train/tokens    12M  │
                │                                          │
                └──────────────────────────────────────────┘
                """)
    }

    @Test func unfinishedJobSaysNoResultYetAndShowsProgress() {
        let buffer = SampleStore.render(.result, width: 44, height: 5)
        #expect(
            buffer.text == """
                ┌ 6 Result · running ──────────────────────┐
                │no result yet                             │
                │step 800/1000 (80%) ████████████████░░░░  │
                │                                          │
                └──────────────────────────────────────────┘
                """)
    }

    @Test func failedJobWithoutResultShowsItsError() {
        var view = SampleStore.view()
        view.selectedJobID = SampleStore.failed
        let buffer = SampleStore.render(.result, width: 44, height: 6, view: view)
        #expect(buffer.text.contains("no result reported"))
        #expect(buffer.text.contains("CUDA out of memory"))
    }

    @Test func narrowCardDropsTheDeltasRatherThanCuttingValues() {
        var view = SampleStore.view()
        view.selectedJobID = SampleStore.succeeded
        let lines = SampleStore.render(.result, width: 30, height: 5, view: view).lines()
        #expect(lines[1] == "│perplexity   12.31 → 9.87   │")
        #expect(lines[2] == "│params       7B → 5.46B     │")
    }
}
