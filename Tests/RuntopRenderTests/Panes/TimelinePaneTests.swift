import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Timeline pane")
struct TimelinePaneTests {
    @Test func timelineShowsStateLaneWithDurationsAndNewestEventsAtTheBottom() {
        let buffer = SampleStore.render(.timeline, width: 72, height: 8)
        #expect(
            buffer.text == """
                ┌ 2 Timeline · 6 events ───────────────────────────────────────────────┐
                │◌━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━↻━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━│
                │queued 30s running 5m00s      reclaimed 1m00s running 6m00s           │
                │16:05:12 checkpoint step=200                                          │
                │16:08:07 reclaimed                                                    │
                │16:09:07 running resume_step=200                                      │
                │16:13:07 checkpoint step=600                                          │
                └──────────────────────────────────────────────────────────────────────┘
                """)
    }

    @Test func segmentsRunFromEachTransitionToTheNextAndTheLastToNow() {
        let store = SampleStore.store()
        let job = store.job(SampleStore.running)!
        let segments = TimelinePane.segments(
            job: job, events: store.detail(SampleStore.running)!.events, now: SampleStore.now)
        #expect(segments.map(\.status) == [.queued, .running, .reclaimed, .running])
        #expect(segments.map(\.duration) == [30, 300, 60, 360])
    }

    @Test func jobWithoutEventsGetsSegmentsFromItsListRow() {
        let start = SampleStore.start
        let job = JobSummary(
            id: "j", name: "j", kind: "train", status: .succeeded, createdAt: start,
            startedAt: start.addingTimeInterval(10),
            finishedAt: start.addingTimeInterval(70))
        let segments = TimelinePane.segments(job: job, events: [], now: SampleStore.now)
        #expect(segments.map(\.status) == [.queued, .running, .succeeded])
        #expect(segments.map(\.duration) == [10, 60, 0])
    }
}
