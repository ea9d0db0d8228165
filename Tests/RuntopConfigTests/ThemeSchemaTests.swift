import RuntopRender
import Testing

@testable import RuntopConfig

@Suite("Theme schema")
struct ThemeSchemaTests {
    /// Every `CellStyle` stored in `value`, however deeply nested, with its path.
    static func cellStyles(in value: Any, path: String = "") -> [(path: String, style: CellStyle)] {
        if let style = value as? CellStyle { return [(path, style)] }
        return Mirror(reflecting: value).children.flatMap { child in
            cellStyles(in: child.value, path: path.isEmpty ? (child.label ?? "?") : path + "." + (child.label ?? "?"))
        }
    }

    @Test func everyStyleInThemeHasARoleInTheFileSchema() {
        let sentinel = CellStyle(foreground: .indexed(201), background: .indexed(202), attributes: .italic)
        var theme = Theme.defaultDark
        for role in ThemeRole.allCases { theme[keyPath: role.keyPath] = sentinel }
        theme.chartSeries = [sentinel]
        #expect(Self.cellStyles(in: theme).count == ThemeRole.allCases.count + 1, "the mirror sees every style")
        let uncovered = Self.cellStyles(in: theme).filter { $0.style != sentinel }.map(\.path)
        #expect(uncovered == [], "add these Theme fields to ThemeRole and to every file in themes/")
    }

    @Test func roleKeysAreUniqueAndDotted() {
        let keys = ThemeRole.allCases.map(\.key) + [ThemeRole.chartSeriesKey]
        #expect(Set(keys).count == keys.count)
        for key in keys { #expect(key.allSatisfy { $0.isLowercase || $0 == "_" || $0 == "." }) }
    }

    @Test func everyRoleIsDocumentedInTheThemesReadme() throws {
        let readme = try String(contentsOfFile: RepositoryThemes.directory + "/README.md", encoding: .utf8)
        for key in ThemeRole.allCases.map(\.key) + [ThemeRole.chartSeriesKey] {
            #expect(readme.contains("`\(key)`"), "themes/README.md does not mention \(key)")
        }
    }
}
