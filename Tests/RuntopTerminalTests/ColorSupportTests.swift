import Testing

@testable import RuntopTerminal

@Suite struct ColorSupportTests {
    @Test func detectsTheRichestLevelTheTerminalReports() {
        #expect(ColorSupport.fitting(terminalColors: 256) == .indexed256)
        #expect(ColorSupport.fitting(terminalColors: 88) == .sixteen)
        #expect(ColorSupport.fitting(terminalColors: 8) == .eight)
        #expect(ColorSupport.fitting(terminalColors: -1) == .none)
    }

    @Test func nonEmptyNoColorTurnsDetectedColourOff() {
        let level = ColorSupport.resolve(
            requested: nil, terminalHasColors: true, terminalColors: 256, noColorValue: "1")
        #expect(level == .none)
    }

    @Test func emptyNoColorIsIgnored() {
        let level = ColorSupport.resolve(
            requested: nil, terminalHasColors: true, terminalColors: 256, noColorValue: "")
        #expect(level == .indexed256)
    }

    @Test func explicitRequestWinsOverNoColor() {
        let level = ColorSupport.resolve(
            requested: .sixteen, terminalHasColors: true, terminalColors: 256, noColorValue: "1")
        #expect(level == .sixteen)
    }

    @Test func explicitRequestIsCappedByTheTerminal() {
        let level = ColorSupport.resolve(
            requested: .indexed256, terminalHasColors: true, terminalColors: 8, noColorValue: nil)
        #expect(level == .eight)
    }

    @Test func terminalWithoutColoursGetsNone() {
        let level = ColorSupport.resolve(
            requested: .indexed256, terminalHasColors: false, terminalColors: 256, noColorValue: nil)
        #expect(level == .none)
    }
}
