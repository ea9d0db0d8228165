import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Timeline event cursor")
struct TimelineCursorTests {
    /// An eval event with a nested payload, 11 minutes in.
    static let eval = JobEvent(
        timestamp: SampleStore.start.addingTimeInterval(660), kind: "eval",
        payload: #"{"metrics":{"accuracy":0.81,"loss":0.62},"split":"val","step":780,"tags":["nightly","small"]}"#,
        fields: ["split": "val", "step": "780"])

    /// The sample store with the eval event added.
    static func store() -> DataStore {
        var store = SampleStore.store()
        store.apply(.events(SampleStore.running, [eval]))
        return store
    }

    /// A view sized `width`×`height` with the timeline focused.
    static func timelineView(width: Int = 120, height: Int = 40) -> ViewState {
        var view = SampleStore.view(width: width, height: height)
        view.focusedPane = .timeline
        return view
    }

    /// The timeline pane alone, in the rectangle the layout gives it at the view's size.
    static func renderTimeline(_ view: ViewState, store: DataStore) -> CellBuffer {
        let rect = view.layout.rect(of: .timeline)!
        var buffer = CellBuffer(width: rect.width, height: rect.height)
        let context = PaneContext(store: store, view: view, now: SampleStore.now, theme: .monochrome, glyphs: .unicode)
        TimelinePane().render(into: &buffer, area: buffer.bounds, context: context)
        return buffer
    }

    /// The row of `buffer` drawn in the selection style, nil when none is.
    static func highlightedRow(_ buffer: CellBuffer) -> String? {
        let lines = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
        return (0..<buffer.height).first { buffer[2, $0].style == Theme.monochrome.selection }.map { String(lines[$0]) }
    }

    @Test func firstPressPutsTheCursorOnTheNewestEventAndUpMovesToOlderOnes() {
        let store = Self.store()
        var view = Self.timelineView()
        #expect(view.handle(.down, store: store) == [])
        #expect(view.timelineCursor?.event == Self.eval)
        _ = view.handle(.character("k"), store: store)
        #expect(view.timelineCursor?.event.kind == "checkpoint")
        #expect(view.timelineCursor?.event.fields["step"] == "600")
        _ = view.handle(.character("j"), store: store)
        #expect(view.timelineCursor?.event == Self.eval)
    }

    @Test func cursorStopsAtTheOldestEventWithABell() {
        let store = Self.store()
        var view = Self.timelineView()
        _ = view.handle(.up, store: store)
        for _ in 0..<6 { #expect(view.handle(.up, store: store) == []) }
        #expect(view.timelineCursor?.event.kind == "queued")
        #expect(view.handle(.up, store: store) == [.bell])
        #expect(view.timelineCursor?.event.kind == "queued")
    }

    @Test func arrowsStillSelectJobsWhenTheTimelineIsNotFocused() {
        let store = Self.store()
        var view = SampleStore.view()
        _ = view.handle(.down, store: store)
        #expect(view.timelineCursor == nil)
        #expect(view.selectedJobID != SampleStore.running)
    }

    @Test func enterExpandsAndCollapsesTheCursorEventsPayload() {
        let store = Self.store()
        var view = Self.timelineView()
        _ = view.handle(.up, store: store)
        _ = view.handle(.enter, store: store)
        #expect(view.timelineCursor?.expandedEvents == [Self.eval])
        #expect(view.zoomedPane == nil)
        _ = view.handle(.enter, store: store)
        #expect(view.timelineCursor?.expandedEvents == [])
    }

    @Test func enterWithoutACursorZoomsTheTimeline() {
        var view = Self.timelineView()
        _ = view.handle(.enter, store: Self.store())
        #expect(view.zoomedPane == .timeline)
        #expect(view.timelineCursor == nil)
    }

    @Test func escapeHidesTheCursorAndCollapsesPayloads() {
        let store = Self.store()
        var view = Self.timelineView()
        _ = view.handle(.up, store: store)
        _ = view.handle(.enter, store: store)
        _ = view.handle(.escape, store: store)
        #expect(view.timelineCursor == nil)
        #expect(!Self.renderTimeline(view, store: store).text.contains("accuracy"))
    }

    @Test func cursorStaysOnItsEventWhenOlderAndNewerEventsArrive() {
        var store = Self.store()
        var view = Self.timelineView()
        _ = view.handle(.up, store: store)
        _ = view.handle(.up, store: store)  // checkpoint step=600
        _ = view.handle(.enter, store: store)
        let before = Self.highlightedRow(Self.renderTimeline(view, store: store))
        #expect(before?.contains("checkpoint step=600") == true)
        store.apply(
            .events(
                SampleStore.running,
                [
                    JobEvent(timestamp: SampleStore.start.addingTimeInterval(200), kind: "note", payload: #"{"a":1}"#),
                    JobEvent(timestamp: SampleStore.start.addingTimeInterval(700), kind: "note", payload: #"{"b":2}"#),
                ]))
        #expect(view.timelineCursor?.event.fields["step"] == "600")
        let rendered = Self.renderTimeline(view, store: store)
        #expect(Self.highlightedRow(rendered) == before)
        #expect(rendered.text.contains("step: 600"))
        _ = view.handle(.down, store: store)
        #expect(view.timelineCursor?.event == Self.eval)
        _ = view.handle(.down, store: store)
        #expect(view.timelineCursor?.event.kind == "note", "the newest event is the one that just arrived")
    }

    @Test func cursorResetsWhenTheSelectedJobChanges() {
        let store = Self.store()
        var view = Self.timelineView()
        _ = view.handle(.up, store: store)
        _ = view.handle(.enter, store: store)
        view.focusedPane = .jobs
        _ = view.handle(.down, store: store)
        #expect(view.selectedJobID != SampleStore.running)
        #expect(view.timelineCursor == nil)
    }

    @Test func expandedPayloadIsShownAsKeyValueLinesAt80x24() {
        let store = Self.store()
        var view = Self.timelineView(width: 80, height: 24)
        _ = view.handle(.up, store: store)
        _ = view.handle(.enter, store: store)
        let buffer = Self.renderTimeline(view, store: store)
        // The pane has three list rows: the cursor's event leads, with as much of its payload as fits.
        #expect(
            buffer.text == """
                ┌ 2 Timeline · 7 events ───────────────────────────────────────────────────────┐
                │◌━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━↻━━━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━│
                │queued 30s running 5m00s          reclaimed 1m00s running 6m00s               │
                │16:14:07 eval split=val step=780                                              │
                │           metrics:                                                           │
                │             accuracy: 0.81                                                   │
                └──────────────────────────────────────────────────────────────────────────────┘
                """)
        #expect(Self.highlightedRow(buffer)?.contains("eval") == true)
    }

    @Test func zoomedTimelineShowsEveryExpandedPayloadAt120x40() {
        let store = Self.store()
        var view = Self.timelineView()
        _ = view.handle(.up, store: store)
        _ = view.handle(.up, store: store)
        _ = view.handle(.enter, store: store)
        _ = view.handle(.down, store: store)
        _ = view.handle(.enter, store: store)
        _ = view.handle(.character("z"), store: store)
        #expect(view.zoomedPane == .timeline)
        let buffer = Self.renderTimeline(view, store: store)
        #expect(
            buffer.text == """
                ┌ 2 Timeline (zoomed) · 7 events ──────────────────────────────────────────────────────────────────────────────────────┐
                │◌━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━↻━━━━━━━━●━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━│
                │queued 30s running 5m00s                           reclaimed 1m00s running 6m00s                                      │
                │16:02:37 queued                                                                                                       │
                │16:03:07 running                                                                                                      │
                │16:05:12 checkpoint step=200                                                                                          │
                │16:08:07 reclaimed                                                                                                    │
                │16:09:07 running resume_step=200                                                                                      │
                │16:13:07 checkpoint step=600                                                                                          │
                │           step: 600                                                                                                  │
                │16:14:07 eval split=val step=780                                                                                      │
                │           metrics:                                                                                                   │
                │             accuracy: 0.81                                                                                           │
                │             loss: 0.62                                                                                               │
                │           split: val                                                                                                 │
                │           step: 780                                                                                                  │
                │           tags: ["nightly","small"]                                                                                  │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                │                                                                                                                      │
                └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
                """)
        #expect(Self.highlightedRow(buffer)?.contains("eval") == true)
    }

    @Test func payloadLinesSortKeysIndentNestedObjectsAndKeepArraysCompact() {
        #expect(
            PayloadFormatting.keyValueLines(Self.eval.payload) == [
                "metrics:", "  accuracy: 0.81", "  loss: 0.62", "split: val", "step: 780",
                #"tags: ["nightly","small"]"#,
            ])
        #expect(PayloadFormatting.keyValueLines("{}") == [])
        #expect(PayloadFormatting.keyValueLines("") == [])
        #expect(PayloadFormatting.keyValueLines(#"{"ok":true,"none":null}"#) == ["none: null", "ok: true"])
        #expect(PayloadFormatting.keyValueLines(#"{"msg":"a\u001b[31mb"}"#) == ["msg: a␛[31mb"])
    }
}
