import RuntopRender
import Testing

@testable import RuntopConfig

@Suite("Theme loader")
struct ThemeLoaderTests {
    static let redError = "error = { fg = \"red\" }\n"
    static let blueError = "error = { fg = \"blue\" }\n"

    @Test func themesDirectoryFlagComesBeforeTheXDGFolderWhichComesBeforeBundled() throws {
        let flagFolder = try TemporaryDirectory()
        let config = try TemporaryDirectory()
        try flagFolder.write(Self.redError, to: "mine.toml")
        try config.write(Self.blueError, to: "runtop/themes/mine.toml")
        try config.write(Self.blueError, to: "runtop/themes/tokyo-night.toml")
        let environment = ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent"]

        let withFlag = ThemeLoader(themesDirectory: flagFolder.path, environment: environment)
        #expect(try withFlag.load("mine").styles[.error]?.foreground == .ansi(1))
        let withoutFlag = ThemeLoader(themesDirectory: nil, environment: environment)
        #expect(try withoutFlag.load("mine").styles[.error]?.foreground == .ansi(4))
        #expect(try withoutFlag.load("tokyo-night").styles[.error]?.foreground == .ansi(4))
        #expect(try withoutFlag.load("gruvbox-dark").styles[.error]?.foreground == .rgb(0xFB, 0x49, 0x34))
    }

    @Test func configHomeDefaultsToDotConfigUnderHome() throws {
        let home = try TemporaryDirectory()
        try home.write(Self.redError, to: ".config/runtop/themes/mine.toml")
        let loader = ThemeLoader(themesDirectory: nil, environment: ["HOME": home.path, "XDG_CONFIG_HOME": ""])
        #expect(loader.directories == [home.path + "/.config/runtop/themes"])
        #expect(try loader.load("mine").styles[.error]?.foreground == .ansi(1))
    }

    @Test func relativeXDGConfigHomeIsIgnoredAsTheSpecAsks() {
        let paths = ConfigurationPaths(environment: ["HOME": "/home/op", "XDG_CONFIG_HOME": "relative/dir"])
        #expect(paths.themesDirectory == "/home/op/.config/runtop/themes")
        #expect(paths.configurationFile == "/home/op/.config/runtop/config.toml")
    }

    @Test func inheritedThemeOverridesOnlyTheRolesItSets() throws {
        let folder = try TemporaryDirectory()
        try folder.write("inherit = \"tokyo-night\"\n" + Self.redError, to: "mine.toml")
        let definition = try ThemeLoader(directories: [folder.path]).load("mine")
        let parent = try ThemeLoader(directories: []).load("tokyo-night")
        #expect(definition.styles[.error] == ThemeStyle(foreground: .ansi(1)))
        #expect(definition.styles[.statusRunning] == parent.styles[.statusRunning])
        #expect(definition.chartSeries == parent.chartSeries)
        #expect(definition.inherits == "tokyo-night")
    }

    @Test func themeInheritingItsOwnNameStartsFromTheNextOneInTheSearchOrder() throws {
        let folder = try TemporaryDirectory()
        try folder.write("inherit = \"default\"\n" + Self.blueError, to: "default.toml")
        let theme = try ThemeLoader(directories: [folder.path]).load("default").theme
        var expected = Theme.defaultDark
        expected.error = CellStyle(foreground: .ansi(4))
        #expect(theme == expected)
    }

    @Test func inheritanceCycleIsReported() throws {
        let folder = try TemporaryDirectory()
        try folder.write("inherit = \"b\"\n", to: "a.toml")
        try folder.write("inherit = \"a\"\n", to: "b.toml")
        #expect(throws: ConfigurationError.self) { try ThemeLoader(directories: [folder.path]).load("a") }
    }

    @Test func missingParentNamesTheInheritLine() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("# mine\ninherit = \"nope\"\n", to: "mine.toml")
        do {
            _ = try ThemeLoader(directories: [folder.path]).load("mine")
            Issue.record("loading should fail")
        } catch let error as ThemeNotFoundError {
            #expect(error.description.hasPrefix("\(file):2: key \"inherit\": no theme named \"nope\""))
        }
    }

    @Test func unknownThemeListsTheKnownOnes() {
        do {
            _ = try ThemeLoader(directories: []).load("solarized-purple")
            Issue.record("loading should fail")
        } catch let error as ThemeNotFoundError {
            #expect(error.name == "solarized-purple")
            #expect(error.availableNames.contains("tokyo-night"))
            #expect(error.description.contains("known: colorblind, default"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func namesThatLookLikePathsAreNotSearchedFor() {
        #expect(!ThemeLoader.isValidName("../secret"))
        #expect(!ThemeLoader.isValidName(".hidden"))
        #expect(ThemeLoader.isValidName("gruvbox-dark"))
    }

    @Test func themeMayBeGivenAsAPathToAFile() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("inherit = \"light\"\n", to: "elsewhere/custom.toml")
        let definition = try ThemeLoader(directories: []).load(file)
        #expect(definition.name == "custom")
        #expect(definition.styles == (try ThemeLoader(directories: []).load("light")).styles)
    }

    @Test func availableNamesIncludeBundledAndOperatorThemes() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.redError, to: "zz-mine.toml")
        let names = ThemeLoader(directories: [folder.path]).availableNames()
        #expect(names.first == "colorblind")
        #expect(names.last == "zz-mine")
    }
}

@Suite("Theme selection")
struct ThemeSelectionTests {
    static let configuration = RuntopConfiguration(
        theme: "gruvbox-dark",
        contexts: [ContextConfiguration(name: "prod", dialect: .fusion, url: "https://x", theme: "light")])

    @Test func flagWinsOverEverything() {
        let selection = ThemeSelection.resolve(
            flag: "tty16", environment: ["RUNTOP_THEME": "colorblind"], configuration: Self.configuration,
            contextName: "prod")
        #expect(selection.origin == .flag)
        #expect(selection.definition.name == "tty16")
        #expect(selection.warnings.isEmpty)
    }

    @Test func environmentWinsOverTheConfigFile() {
        let selection = ThemeSelection.resolve(
            flag: nil, environment: ["RUNTOP_THEME": "colorblind"], configuration: Self.configuration,
            contextName: "prod")
        #expect(selection.origin == .environment)
        #expect(selection.definition.name == "colorblind")
    }

    @Test func contextThemeWinsOverTheGlobalOne() {
        let selection = ThemeSelection.resolve(
            flag: nil, environment: [:], configuration: Self.configuration, contextName: "prod")
        #expect(selection.origin == .context("prod"))
        #expect(selection.definition.name == "light")
    }

    @Test func globalThemeAppliesWithoutAContextTheme() {
        let selection = ThemeSelection.resolve(
            flag: nil, environment: ["RUNTOP_THEME": ""], configuration: Self.configuration, contextName: nil)
        #expect(selection.origin == .configuration)
        #expect(selection.definition.name == "gruvbox-dark")
    }

    @Test func nothingChosenGivesTheDefaultTheme() {
        let selection = ThemeSelection.resolve(flag: nil, environment: [:])
        #expect(selection.origin == .builtInDefault)
        #expect(selection.theme == Theme.defaultDark)
    }

    @Test func noColorForcesMonochromeWhateverWasChosen() {
        let selection = ThemeSelection.resolve(
            flag: "tokyo-night", environment: ["NO_COLOR": "1"], configuration: Self.configuration)
        #expect(selection.isForcedMonochrome)
        #expect(selection.requestedName == "tokyo-night")
        for depth in ColorDepth.allCases { #expect(selection.theme(for: depth) == Theme.monochrome) }
    }

    @Test func emptyNoColorIsIgnored() {
        let selection = ThemeSelection.resolve(flag: "tokyo-night", environment: ["NO_COLOR": ""])
        #expect(!selection.isForcedMonochrome)
        #expect(selection.definition.name == "tokyo-night")
    }

    @Test func malformedThemeFallsBackToTheDefaultWithAMessageNamingFileLineAndKey() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(
            "[status]\nrunning = { fg = \"cyan\" }\nfailed = { fg = \"#zz0000\" }\n", to: "foo.toml")
        let selection = ThemeSelection.resolve(flag: "foo", environment: [:], themesDirectory: folder.path)
        #expect(selection.theme == Theme.defaultDark)
        #expect(selection.warnings.count == 1)
        #expect(
            selection.warnings.first?.hasPrefix("\(file):3: key \"status.failed.fg\": \"#zz0000\" is not a colour")
                == true)
        #expect(selection.warnings.first?.hasSuffix("; using the default theme") == true)
    }

    @Test func unknownThemeFallsBackToTheDefaultWithAMessage() {
        let selection = ThemeSelection.resolve(flag: "nope", environment: [:])
        #expect(selection.theme == Theme.defaultDark)
        #expect(selection.warnings.first?.hasPrefix("no theme named \"nope\"") == true)
    }

    @Test func brokenOperatorDefaultFallsBackToTheBuiltInDefault() throws {
        let folder = try TemporaryDirectory()
        try folder.write("text = 12\n", to: "default.toml")
        try folder.write("text = 12\n", to: "other.toml")
        let selection = ThemeSelection.resolve(flag: "other", environment: [:], themesDirectory: folder.path)
        #expect(selection.theme == Theme.defaultDark)
        #expect(selection.warnings.count == 2)
    }

    @Test func sixteenColourTerminalGetsTheSixteenColourVariant() {
        let selection = ThemeSelection.resolve(flag: "tokyo-night", environment: [:])
        #expect(selection.theme(forColorCount: 16).status.running.foreground == .ansi(14))
        #expect(selection.theme(forColorCount: 256).status.running.foreground == .rgb(0x7D, 0xCF, 0xFF))
    }
}
