import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

/// The status bar while a request goes unanswered: `no answer for Ns` in the warning style instead of the latency,
/// growing with the clock, and gone (or turned into the failure) once the request ends.
@Suite("Status bar pending request")
struct StatusBarPendingRequestTests {
    static func render(width: Int, events: [StoreEvent], now: Date = SampleStore.now) -> CellBuffer {
        var store = SampleStore.store()
        for event in events { store.apply(event) }
        let context = PaneContext(
            store: store, view: SampleStore.view(), now: now, theme: .monochrome, glyphs: .unicode)
        var buffer = CellBuffer(width: width, height: 1)
        StatusBar(sourceLabel: "demo · http://127.0.0.1:8080").render(
            into: &buffer, area: buffer.bounds, context: context)
        return buffer
    }

    static let sentFourSecondsAgo = StoreEvent.requestPending(.metrics, since: SampleStore.now.addingTimeInterval(-4))

    @Test func saysNoAnswerInPlaceOfTheLatencyAt120Columns() {
        #expect(
            Self.render(width: 120, events: [Self.sentFourSecondsAgo]).text
                == " demo · http://127.0.0.1:8080 · ⚠ no answer for 4s · ●1 ◌1 ✓1 ✗1                                         ? help  q quit")
    }

    @Test func saysNoAnswerInPlaceOfTheLatencyAt80Columns() {
        #expect(
            Self.render(width: 80, events: [Self.sentFourSecondsAgo]).text
                == " demo · http://127.0.0.1:8080 · ⚠ no answer for 4s · ●1 ◌1 ✓1 ✗1 ? help  q quit")
    }

    @Test func theFigureGrowsWithTheClockAlone() {
        let later = Self.render(
            width: 80, events: [Self.sentFourSecondsAgo], now: SampleStore.now.addingTimeInterval(5))
        #expect(later.text.contains("⚠ no answer for 9s"))
    }

    @Test func isDrawnInTheWarningStyle() {
        let buffer = Self.render(width: 80, events: [Self.sentFourSecondsAgo])
        // Monochrome: the bar is reverse, the warning bold, the hints reverse+bold.
        #expect(
            StyleRuns.describe(buffer, row: 0, name: StyleRuns.attributes)
                == "0-32 reverse|32-50 bold|50-64 reverse|64-80 bold+reverse")
    }

    @Test func replacesConnectingWhenTheFirstRequestHangs() {
        var store = DataStore()
        store.apply(.requestPending(.jobList, since: SampleStore.now.addingTimeInterval(-3)))
        let context = PaneContext(
            store: store, view: ViewState(), now: SampleStore.now, theme: .monochrome, glyphs: .ascii)
        var buffer = CellBuffer(width: 80, height: 1)
        StatusBar(sourceLabel: "http://127.0.0.1:8080").render(into: &buffer, area: buffer.bounds, context: context)
        #expect(
            buffer.text
                == " http://127.0.0.1:8080 | ! no answer for 3s                      ? help  q quit")
    }

    @Test func theAnswerBringsTheLatencyBack() {
        let buffer = Self.render(
            width: 80,
            events: [Self.sentFourSecondsAgo, .requestSucceeded(.metrics, latency: 6.2, at: SampleStore.now)])
        #expect(
            buffer.text == " demo · http://127.0.0.1:8080 · 6200ms · ●1 ◌1 ✓1 ✗1             ? help  q quit")
    }

    @Test func theDeadlineTurnsItIntoTheFailure() {
        let buffer = Self.render(
            width: 120,
            events: [
                Self.sentFourSecondsAgo,
                .requestFailed(.metrics, .unreachable("timed out"), at: SampleStore.now.addingTimeInterval(6)),
            ],
            now: SampleStore.now.addingTimeInterval(8))
        #expect(!buffer.text.contains("no answer"))
        #expect(buffer.text.contains("⚠ API unreachable (timed out) for 2s"))
    }
}
