import Foundation
import RuntopCore
import RuntopRender
import Testing

@testable import RuntopConfig

@Suite("Shipped themes")
struct ShippedThemesTests {
    static let names = BundledThemes.files.map(\.name)
    static let loader = ThemeLoader(directories: [])

    @Test func atLeastEightThemesShipIncludingTheRequiredOnes() {
        let required = ["default", "light", "high-contrast", "colorblind", "tty16", "monochrome"]
        #expect(Set(required).isSubset(of: Set(Self.names)))
        #expect(Self.names.count >= 8)
    }

    @Test(arguments: names)
    func everyShippedThemeParsesAndSetsEveryRoleItself(name: String) throws {
        let text = try #require(BundledThemes.files.first { $0.name == name }?.text)
        let definition = try ThemeFileParser.parse(text, name: name, file: "themes/\(name).toml")
        #expect(definition.missingRoles == [], "themes/\(name).toml leaves roles to the default")
        #expect(definition.summary?.isEmpty == false)
    }

    @Test(arguments: names)
    func everyNonANSIColourHasAnExplicitSixteenColourFallback(name: String) throws {
        let definition = try Self.loader.load(name)
        let styles = Array(definition.styles.values) + (definition.chartSeries ?? [])
        for style in styles {
            if !ThemeColor.isANSI(style.foreground) { #expect(style.foreground16 != nil, "\(name): fg without fg16") }
            if !ThemeColor.isANSI(style.background) { #expect(style.background16 != nil, "\(name): bg without bg16") }
        }
    }

    @Test func defaultThemeFileLooksExactlyLikeTheBuiltInDefault() throws {
        let definition = try Self.loader.load("default")
        #expect(definition.theme == Theme.defaultDark)
        #expect(definition.theme(for: .sixteen) == Theme.defaultDark)
    }

    @Test func monochromeThemeFileLooksExactlyLikeTheBuiltInMonochrome() throws {
        let definition = try Self.loader.load("monochrome")
        #expect(!definition.hasColor)
        for depth in ColorDepth.allCases { #expect(definition.theme(for: depth) == Theme.monochrome) }
    }

    @Test func ttySixteenUsesOnlyANSIColours() throws {
        let theme = try Self.loader.load("tty16").theme
        for role in ThemeRole.allCases {
            let style = theme[keyPath: role.keyPath]
            #expect(ThemeColor.isANSI(style.foreground) && ThemeColor.isANSI(style.background), "\(role.key)")
        }
    }

    @Test func colorblindThemeUsesTheOkabeItoPaletteForStates() throws {
        let okabeIto: Set<TerminalColor> = [
            .rgb(0xE6, 0x9F, 0x00), .rgb(0x56, 0xB4, 0xE9), .rgb(0x00, 0x9E, 0x73), .rgb(0xF0, 0xE4, 0x42),
            .rgb(0x00, 0x72, 0xB2), .rgb(0xD5, 0x5E, 0x00), .rgb(0xCC, 0x79, 0xA7), .rgb(0x99, 0x99, 0x99),
        ]
        let theme = try Self.loader.load("colorblind").theme
        for status in Gallery.statuses { #expect(okabeIto.contains(theme.style(for: status).foreground)) }
        for series in theme.chartSeries { #expect(okabeIto.contains(series.foreground)) }
    }

    @Test(arguments: names, [ColorDepth.full, .sixteen])
    func distinctStatusesLookDistinctInTheJobList(name: String, depth: ColorDepth) throws {
        let definition = try Self.loader.load(name)
        // Without colour, states are told apart by their marks and names; attributes alone cannot give eight looks.
        guard definition.hasColor else { return }
        let theme = definition.theme(for: depth)
        let styles = try Gallery.statusMarkStyles(theme: theme)
        #expect(Set(styles.values).count == Gallery.statuses.count, "\(name) at \(depth): \(styles)")
    }

    @Test(arguments: names)
    func failureStandsOutFromSuccessAndRunningOnEightColours(name: String) throws {
        let theme = try Self.loader.load(name).theme(for: .eight)
        let styles = try Gallery.statusMarkStyles(theme: theme)
        #expect(styles[.failed] != styles[.succeeded])
        #expect(styles[.failed] != styles[.running])
        #expect(styles[.running] != styles[.succeeded])
    }

    @Test(arguments: names, ColorDepth.allCases)
    func resolvedThemeUsesOnlyColoursTheDepthHas(name: String, depth: ColorDepth) throws {
        let theme = try Self.loader.load(name).theme(for: depth)
        for style in Gallery.roleStyles(theme).map(\.style) {
            for color in [style.foreground, style.background] {
                switch (depth, color) {
                case (_, .terminalDefault): break
                case (.none, _): Issue.record("\(name): colour \(color) without colour support")
                case (.eight, .ansi(let index)): #expect(index < 8, "\(name): \(color) on 8 colours")
                case (.sixteen, .ansi(let index)): #expect(index < 16)
                case (.eight, _), (.sixteen, _): Issue.record("\(name): \(color) on \(depth.rawValue) colours")
                case (.full, _): break
                }
            }
        }
    }

    @Test(arguments: names)
    func galleryRendersOneSampleRowPerRole(name: String) throws {
        let theme = try Self.loader.load(name).theme
        let roles = Gallery.roleStyles(theme)
        let buffer = Gallery.render(theme)
        #expect(buffer.height == roles.count)
        for (row, role) in roles.enumerated() {
            #expect(buffer[0, row].symbol == String(role.name.first!))
            #expect(buffer[0, row].style == role.style, "\(name): row \(row) (\(role.name))")
        }
    }
}

/// A small specimen of a theme: one row per role, and the job list with one job per state.
enum Gallery {
    static let statuses: [JobStatus] = [
        .queued, .running, .reclaimed, .succeeded, .failed, .cancelled, .partial, .other("mystery"),
    ]

    /// Every role's name and style, the chart series last.
    static func roleStyles(_ theme: Theme) -> [(name: String, style: CellStyle)] {
        ThemeRole.allCases.map { ($0.key, theme[keyPath: $0.keyPath]) }
            + theme.chartSeries.enumerated().map { ("chart.series[\($0.offset)]", $0.element) }
    }

    /// One row per role: its name written in its style.
    static func render(_ theme: Theme) -> CellBuffer {
        let roles = roleStyles(theme)
        var buffer = CellBuffer(width: 24, height: roles.count)
        for (row, role) in roles.enumerated() { buffer.write(role.name, x: 0, y: row, style: role.style) }
        return buffer
    }

    /// The style of each job's status mark, as the job list pane draws it with `theme`.
    static func statusMarkStyles(theme: Theme) throws -> [JobStatus: CellStyle] {
        let now = Date(timeIntervalSince1970: 1_795_190_587)
        let jobs = statuses.enumerated().map { index, status in
            JobSummary(
                id: JobID("job-\(index)"), name: "sample-\(index)", kind: "train", status: status,
                createdAt: now.addingTimeInterval(-60))
        }
        var store = DataStore()
        store.apply(.jobList(jobs, at: now))
        var buffer = CellBuffer(width: 60, height: statuses.count + 3)
        let context = PaneContext(store: store, view: ViewState(), now: now, theme: theme, glyphs: .unicode)
        DashboardView.render(.jobs, into: &buffer, area: buffer.bounds, context: context)
        var styles: [JobStatus: CellStyle] = [:]
        for row in 0..<buffer.height {
            let line = (0..<buffer.width).map { buffer[$0, row].symbol }.joined()
            for (index, status) in statuses.enumerated() where line.contains("sample-\(index) ") {
                styles[status] = buffer[1, row].style
            }
        }
        try #require(styles.count == statuses.count, "every job shows in the list")
        return styles
    }
}
