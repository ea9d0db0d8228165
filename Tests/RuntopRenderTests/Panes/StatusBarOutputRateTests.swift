import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Status bar output rate")
struct StatusBarOutputRateTests {
    static func render(width: Int, rate: Double?, message: String? = nil) -> CellBuffer {
        var view = SampleStore.view()
        view.statusMessage = message
        var context = SampleStore.context(view: view)
        context.outputBytesPerSecond = rate
        var buffer = CellBuffer(width: width, height: 1)
        StatusBar(sourceLabel: "demo · http://127.0.0.1:8080").render(
            into: &buffer, area: buffer.bounds, context: context)
        return buffer
    }

    @Test func figureSitsLeftOfTheHintsAt120Columns() {
        #expect(
            Self.render(width: 120, rate: 1234).text
                == " demo · http://127.0.0.1:8080 · 42ms · ●1 ◌1 ✓1 ✗1                                         out 1.2 KB/s  ? help  q quit")
    }

    @Test func idleFigureIsZeroBytesAt80Columns() {
        #expect(
            Self.render(width: 80, rate: 0).text
                == " demo · http://127.0.0.1:8080 · 42ms · ●1 ◌1 ✓1 ✗1    out 0 B/s  ? help  q quit")
    }

    @Test func figureIsDroppedFirstWhenTheBarIsShortOfRoom() {
        let buffer = Self.render(width: 80, rate: 1234, message: "log follow paused, G resumes")
        #expect(
            buffer.text == " demo · http://127.0.0.1:8080 · 42ms · log follow paused, G res… ? help  q quit")
        #expect(!buffer.text.contains("out "))
    }

    @Test func noFigureWithoutARate() {
        #expect(!Self.render(width: 120, rate: nil).text.contains("out "))
    }
}

@Suite("Status bar output total (--no-clock)")
struct StatusBarOutputTotalTests {
    @Test func theRunningTotalReplacesTheRateWhenGiven() {
        var context = SampleStore.context(view: SampleStore.view())
        context.outputBytesPerSecond = 821
        context.outputTotalBytes = 48_200
        var buffer = CellBuffer(width: 80, height: 1)
        StatusBar(sourceLabel: "demo · http://127.0.0.1:8080").render(into: &buffer, area: buffer.bounds, context: context)
        #expect(buffer.text == " demo · http://127.0.0.1:8080 · 42ms · ●1 ◌1 ✓1 ✗1    out 48 KB  ? help  q quit")
    }
}
