import RuntopRender
import Testing

@testable import RuntopTerminal

@Suite struct ColorDegradationTests {
    private func color(_ color: TerminalColor, _ support: ColorSupport, background: Bool = false) -> Int? {
        ColorDegradation.cursesColor(
            for: color, support: support, isBackground: background, defaultColorsAvailable: true)
    }

    @Test func paletteMatchesXtermCubeAndGreyRamp() {
        #expect(XtermPalette.rgb(16) == .init(red: 0, green: 0, blue: 0))
        #expect(XtermPalette.rgb(196) == .init(red: 255, green: 0, blue: 0))
        #expect(XtermPalette.rgb(208) == .init(red: 255, green: 135, blue: 0))
        #expect(XtermPalette.rgb(232) == .init(red: 8, green: 8, blue: 8))
        #expect(XtermPalette.rgb(255) == .init(red: 238, green: 238, blue: 238))
    }

    @Test func rgbBecomesTheNearestCubeEntryOn256Colours() {
        #expect(color(.rgb(255, 0, 0), .indexed256) == 196)
        #expect(color(.rgb(250, 130, 5), .indexed256) == 208)
        #expect(color(.rgb(128, 128, 128), .indexed256) == 244)
    }

    @Test func rgbNeverPicksTheThemeDependentFirstSixteenOn256Colours() {
        for value in stride(from: 0, through: 255, by: 51) {
            let index = color(.rgb(UInt8(value), UInt8(value), 0), .indexed256)
            #expect((16..<256).contains(index ?? -1))
        }
    }

    @Test func rgbDegradesToTheNearestAnsiColour() {
        #expect(color(.rgb(250, 10, 10), .sixteen) == 9)
        #expect(color(.rgb(200, 0, 0), .eight) == 1)
        #expect(color(.rgb(20, 20, 20), .eight) == 0)
    }

    @Test func midGreyStaysVisibleOnEightColours() {
        #expect(color(.rgb(128, 128, 128), .eight) == 7)
        #expect(color(.ansi(8), .eight) == 7)
    }

    @Test func indexedColoursDegradeTo16And8() {
        #expect(color(.indexed(196), .sixteen) == 9)
        #expect(color(.indexed(196), .eight) == 1)
        #expect(color(.indexed(21), .eight) == 4)
        #expect(color(.indexed(200), .indexed256) == 200)
    }

    @Test func ansiColoursBelowTheLimitAreKept() {
        #expect(color(.ansi(12), .sixteen) == 12)
        #expect(color(.ansi(3), .eight) == 3)
        #expect(color(.ansi(9), .eight) == 1)
    }

    @Test func terminalDefaultIsMinusOneWhenDefaultColoursWork() {
        #expect(color(.terminalDefault, .indexed256) == -1)
        #expect(color(.terminalDefault, .eight, background: true) == -1)
    }

    @Test func terminalDefaultFallsBackToWhiteOnBlack() {
        let foreground = ColorDegradation.cursesColor(
            for: .terminalDefault, support: .eight, isBackground: false, defaultColorsAvailable: false)
        let background = ColorDegradation.cursesColor(
            for: .terminalDefault, support: .eight, isBackground: true, defaultColorsAvailable: false)
        #expect(foreground == 7)
        #expect(background == 0)
    }

    @Test func noColourSupportYieldsNoColour() {
        #expect(color(.rgb(255, 0, 0), .none) == nil)
        #expect(color(.terminalDefault, .none) == nil)
    }
}

@Suite struct GreyDegradationTests {
    @Test func greysBecomeGreysOnSixteenColours() {
        #expect(XtermPalette.nearestAnsi(to: .init(red: 120, green: 120, blue: 125), colorCount: 16) == 8)
        #expect(XtermPalette.nearestAnsi(to: .init(red: 250, green: 250, blue: 250), colorCount: 16) == 15)
    }

    @Test func tintedColoursStillFindTheirHue() {
        #expect(XtermPalette.nearestAnsi(to: .init(red: 0, green: 180, blue: 190), colorCount: 8) == 6)
    }
}
