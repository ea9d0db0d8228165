import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Formatting")
struct FormattingTests {
    @Test(arguments: [
        (1234.0, "1.2k"), (3e-5, "3e-5"), (0.85, "0.85"), (2.5e-4, "2.5e-4"), (0, "0"), (-0.5, "-0.5"), (12, "12"),
        (1_500_000, "1.5M"), (9.99e-3, "1e-2"),
    ])
    func axisTicksAreShortAndReadable(value: Double, expected: String) {
        #expect(NumberFormatting.tick(value) == expected)
    }

    @Test func humanUnitsForCardsAndResults() {
        #expect(NumberFormatting.humanCount(1.54e9) == "1.54B")
        #expect(NumberFormatting.humanCount(12_300_000) == "12.3M")
        #expect(NumberFormatting.signedHumanCount(-3.4e8) == "-340M")
        #expect(NumberFormatting.dollars(25) == "$25.00")
        #expect(NumberFormatting.signedPercent(-19.82) == "-19.8%")
    }

    @Test func durations() {
        #expect(DurationFormatting.clock(3723) == "1:02:03")
        #expect(DurationFormatting.short(252) == "4m12s")
        #expect(DurationFormatting.age(7200) == "2h")
        #expect(DurationFormatting.age(5) == "5s")
    }

    @Test func clockTimeIsShownInTheGivenTimeZone() {
        #expect(ClockTime.format(SampleStore.start, timeZone: TimeZone(identifier: "UTC")!) == "16:03:07")
    }

    @Test func longPathsAreShortenedInTheMiddleKeepingBothEnds() {
        let path = "s3://runs/llama-7b-grow/attempt-1/checkpoints/step-600"
        let short = TextFitting.shortenMiddle(path, to: 24, ellipsis: "…")
        #expect(short == "s3://runs/l…nts/step-600")
        #expect(DisplayWidth.of(short) == 24)
    }
}
