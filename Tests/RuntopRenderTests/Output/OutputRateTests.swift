import Foundation
import Testing

@testable import RuntopRender

@Suite("Output rate")
struct OutputRateTests {
    static let start = Date(timeIntervalSince1970: 1_000_000)

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    @Test func firstReadingIsTheBaselineNotOutput() {
        var rate = OutputRate()
        rate.record(totalBytes: 50_000, at: Self.at(0))
        #expect(rate.bytesPerSecond(at: Self.at(1)) == 0)
    }

    @Test func rateIsBytesWrittenInsideTheWindowOverTheWholeWindow() {
        var rate = OutputRate(window: 10)
        rate.record(totalBytes: 1000, at: Self.at(0))
        rate.record(totalBytes: 3000, at: Self.at(2))
        rate.record(totalBytes: 4000, at: Self.at(5))
        #expect(rate.bytesPerSecond(at: Self.at(5)) == 300)
        // At 12 s the write at 2 s has left the window; the one at 5 s has not.
        #expect(rate.bytesPerSecond(at: Self.at(12)) == 100)
        #expect(rate.bytesPerSecond(at: Self.at(15)) == 0)
    }

    @Test func idleDashboardShowsZeroAfterTheWindowPasses() {
        var rate = OutputRate(window: 10)
        rate.record(totalBytes: 0, at: Self.at(0))
        rate.record(totalBytes: 12_000, at: Self.at(0.1))
        // Nothing more written: readings at later draws keep the same total.
        for second in stride(from: 5.0, through: 30, by: 5) { rate.record(totalBytes: 12_000, at: Self.at(second)) }
        #expect(rate.bytesPerSecond(at: Self.at(30)) == 0)
        #expect(OutputRate.label(bytesPerSecond: rate.bytesPerSecond(at: Self.at(30))) == "out 0 B/s")
    }

    @Test func labelUsesCompactDecimalUnits() {
        #expect(OutputRate.label(bytesPerSecond: 0) == "out 0 B/s")
        #expect(OutputRate.label(bytesPerSecond: 3.4) == "out 3 B/s")
        #expect(OutputRate.label(bytesPerSecond: 999) == "out 999 B/s")
        #expect(OutputRate.label(bytesPerSecond: 1234) == "out 1.2 KB/s")
        #expect(OutputRate.label(bytesPerSecond: 15_400) == "out 15 KB/s")
        #expect(OutputRate.label(bytesPerSecond: 2_340_000) == "out 2.3 MB/s")
        #expect(OutputRate.label(bytesPerSecond: -5) == "out 0 B/s")
    }
}
