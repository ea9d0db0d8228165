import RuntopRender
import Testing

@testable import RuntopConfig

@Suite("Theme files")
struct ThemeFileTests {
    static func failure(_ text: String, file: String = "themes/foo.toml") -> ConfigurationError? {
        do {
            _ = try ThemeFileParser.parse(text, name: "foo", file: file)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func coloursMayBeNamesHexOrPaletteIndices() throws {
        let definition = try ThemeFileParser.parse(
            """
            text = { fg = "default" }
            muted = { fg = 244 }
            title = { fg = 9 }
            border = "grey"
            [status]
            failed = { fg = "#FF0033", fg16 = "bright-red", bg = "black", attributes = ["bold", "underline"] }
            """, name: "foo", file: "foo.toml")
        #expect(definition.styles[.text]?.foreground == .terminalDefault)
        #expect(definition.styles[.mutedText]?.foreground == .indexed(244))
        #expect(definition.styles[.title]?.foreground == .ansi(9))
        #expect(definition.styles[.border]?.foreground == .ansi(8))
        #expect(
            definition.styles[.statusFailed]
                == ThemeStyle(
                    foreground: .rgb(255, 0, 0x33), foreground16: .ansi(9), background: .ansi(0),
                    attributes: [.bold, .underline]))
    }

    @Test func badColourNamesFileLineAndKey() {
        let error = Self.failure("# a theme\n\n[status]\nrunning = { fg = \"cyan\" }\nfailed = { fg = \"#zz0000\" }\n")
        #expect(error?.line == 5)
        #expect(error?.key == "status.failed.fg")
        #expect(
            error?.description.hasPrefix("themes/foo.toml:5: key \"status.failed.fg\": \"#zz0000\" is not a colour")
                == true)
    }

    @Test func paletteIndexOutOfRangeIsRefused() {
        let error = Self.failure("muted = { fg = 256 }\n")
        #expect(error?.key == "muted.fg")
        #expect(error?.message.contains("256 is not a colour") == true)
    }

    @Test func sixteenColourFallbackMustBeANSI() {
        let error = Self.failure("muted = { fg = \"#777777\", fg16 = \"#777777\" }\n")
        #expect(error?.key == "muted.fg16")
        #expect(error?.line == 1)
    }

    @Test func unknownRoleIsRefusedWithItsKey() {
        let error = Self.failure("[status]\nruning = { fg = \"cyan\" }\n")
        #expect(error?.line == 2)
        #expect(error?.key == "status.runing")
        #expect(error?.message.hasPrefix("is not a theme role") == true)
    }

    @Test func unknownStyleFieldIsRefused() {
        let error = Self.failure("title = { colour = \"red\" }\n")
        #expect(error?.key == "title.colour")
    }

    @Test func unknownAttributeIsRefused() {
        let error = Self.failure("title = { attributes = [\"bold\", \"blink\"] }\n")
        #expect(error?.key == "title.attributes")
        #expect(error?.message.hasPrefix("\"blink\" is not an attribute") == true)
    }

    @Test func emptyChartPaletteIsRefused() {
        let error = Self.failure("[chart]\nseries = []\n")
        #expect(error?.key == "chart.series")
        #expect(error?.line == 2)
    }

    @Test func unsetRolesComeFromTheDefaultTheme() throws {
        let definition = try ThemeFileParser.parse("error = { fg = \"magenta\" }\n", name: "foo", file: "foo.toml")
        var expected = Theme.defaultDark
        expected.error = CellStyle(foreground: .ansi(5))
        #expect(definition.theme == expected)
    }
}

@Suite("Colour fallbacks")
struct ColorFallbackTests {
    @Test func explicitSixteenColourFallbackIsUsedOnSixteenColours() {
        let style = ThemeStyle(foreground: .rgb(0x7A, 0xA2, 0xF7), foreground16: .ansi(12), attributes: .bold)
        #expect(style.cellStyle(for: .full) == CellStyle(foreground: .rgb(0x7A, 0xA2, 0xF7), attributes: .bold))
        #expect(style.cellStyle(for: .sixteen) == CellStyle(foreground: .ansi(12), attributes: .bold))
    }

    @Test func nearestANSIColourIsUsedWithoutAFallback() {
        #expect(ThemeStyle(foreground: .rgb(250, 10, 10)).cellStyle(for: .sixteen).foreground == .ansi(9))
        #expect(ThemeStyle(foreground: .indexed(196)).cellStyle(for: .sixteen).foreground == .ansi(9))
        #expect(ThemeStyle(foreground: .rgb(0, 0, 0xC8)).cellStyle(for: .sixteen).foreground == .ansi(4))
    }

    @Test func greysStayGreyRatherThanTurningIntoAHue() {
        #expect(ThemeStyle(foreground: .rgb(0x60, 0x70, 0x80)).cellStyle(for: .sixteen).foreground == .ansi(8))
        #expect(ThemeStyle(foreground: .indexed(250)).cellStyle(for: .sixteen).foreground == .ansi(7))
    }

    @Test func brightColoursBecomeNormalAndBoldOnEightColours() {
        let style = ThemeStyle(foreground: .ansi(14))
        #expect(style.cellStyle(for: .eight) == CellStyle(foreground: .ansi(6), attributes: .bold))
    }

    @Test func brightBlackTextBecomesDimDefaultOnEightColours() {
        let style = ThemeStyle(foreground: .rgb(0x56, 0x5F, 0x89), foreground16: .ansi(8))
        #expect(style.cellStyle(for: .eight) == CellStyle(attributes: .dim))
    }

    @Test func greyBackgroundBecomesReverseVideoOnEightColours() {
        let style = ThemeStyle(background: .rgb(0x50, 0x49, 0x45), background16: .ansi(8), attributes: .bold)
        #expect(style.cellStyle(for: .eight) == CellStyle(attributes: [.bold, .reverse]))
    }

    @Test func noColourKeepsOnlyAttributes() {
        let style = ThemeStyle(foreground: .ansi(1), background: .ansi(4), attributes: .underline)
        #expect(style.cellStyle(for: .none) == CellStyle(attributes: .underline))
    }

    @Test func colouredThemeWithoutColourSupportBecomesMonochrome() throws {
        let definition = try ThemeLoader(directories: []).load("tokyo-night")
        #expect(definition.theme(for: .none) == Theme.monochrome)
    }

    @Test func depthFollowsTheTerminalsColourCount() {
        #expect(ColorDepth(colorCount: 0) == .none)
        #expect(ColorDepth(colorCount: 8) == .eight)
        #expect(ColorDepth(colorCount: 16) == .sixteen)
        #expect(ColorDepth(colorCount: 88) == .sixteen)
        #expect(ColorDepth(colorCount: 256) == .full)
        #expect(ColorDepth(colorCount: 16_777_216) == .full)
    }
}
