import RuntopRender

/// Turns a theme file's TOML into a `ThemeDefinition`, checking it against the role schema.
public enum ThemeFileParser {
    /// Parses the theme `name` from `text`; `file` names it in errors.
    public static func parse(_ text: String, name: String, file: String) throws -> ThemeDefinition {
        let table = try TOMLReader.parse(text, file: file)
        return try definition(from: table, name: name, file: file)
    }

    /// The definition a parsed theme file describes.
    public static func definition(from table: TOMLTable, name: String, file: String) throws -> ThemeDefinition {
        var definition = ThemeDefinition(name: name)
        let reader = TOMLFieldReader(file: file)
        for key in table.keys {
            guard let node = table[key] else { continue }
            switch key {
            case "name":
                _ = try reader.string(node, key: key)
            case "description":
                definition.summary = try reader.string(node, key: key)
            case "inherit":
                definition.inherits = try reader.string(node, key: key)
            default:
                try readRoles(node, key: key, into: &definition, reader: reader)
            }
        }
        return definition
    }

    private static func readRoles(
        _ node: TOMLNode, key: String, into definition: inout ThemeDefinition, reader: TOMLFieldReader
    ) throws {
        if let role = ThemeRole(rawValue: key) {
            definition.styles[role] = try style(node, key: key, reader: reader)
            return
        }
        if key == ThemeRole.chartSeriesKey {
            let elements = try reader.array(node, key: key)
            guard !elements.isEmpty else {
                throw reader.error("the chart series palette needs a colour", node, key: key)
            }
            definition.chartSeries = try elements.map { try style($0, key: key, reader: reader) }
            return
        }
        let isGroup =
            ThemeRole.allCases.contains { $0.key.hasPrefix(key + ".") }
            || ThemeRole.chartSeriesKey.hasPrefix(key + ".")
        guard isGroup, case .table(let table) = node.value else {
            throw reader.error("is not a theme role (the roles are listed in themes/README.md)", node, key: key)
        }
        for childKey in table.keys {
            guard let child = table[childKey] else { continue }
            try readRoles(child, key: key + "." + childKey, into: &definition, reader: reader)
        }
    }

    /// A style: `{ fg = …, fg16 = …, bg = …, bg16 = …, attributes = [ … ] }`, or a colour alone for `fg`.
    static func style(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> ThemeStyle {
        if case .string = node.value { return ThemeStyle(foreground: try color(node, key: key, reader: reader)) }
        guard case .table(let table) = node.value else {
            throw reader.error(
                "a style is a table like { fg = \"cyan\", attributes = [\"bold\"] }, not \(node.value.kindDescription)",
                node, key: key)
        }
        var style = ThemeStyle()
        for field in table.keys {
            guard let value = table[field] else { continue }
            let fieldKey = key + "." + field
            switch field {
            case "fg": style.foreground = try color(value, key: fieldKey, reader: reader)
            case "bg": style.background = try color(value, key: fieldKey, reader: reader)
            case "fg16": style.foreground16 = try sixteenColor(value, key: fieldKey, reader: reader)
            case "bg16": style.background16 = try sixteenColor(value, key: fieldKey, reader: reader)
            case "attributes": style.attributes = try attributes(value, key: fieldKey, reader: reader)
            default:
                throw reader.error("is not a style field (fg, fg16, bg, bg16, attributes)", value, key: fieldKey)
            }
        }
        return style
    }

    static func color(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> TerminalColor {
        switch node.value {
        case .string(let text):
            guard let color = ThemeColor.parse(text) else {
                throw reader.error(
                    "\"\(text)\" is not a colour (a name like \"bright-cyan\", \"#rrggbb\", \"default\", or 0–255)",
                    node, key: key)
            }
            return color
        case .integer(let index):
            guard let color = ThemeColor.indexed(index) else {
                throw reader.error("\(index) is not a colour (palette indices are 0–255)", node, key: key)
            }
            return color
        default:
            throw reader.error("a colour is a string or 0–255, not \(node.value.kindDescription)", node, key: key)
        }
    }

    private static func sixteenColor(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> TerminalColor {
        let parsed = try color(node, key: key, reader: reader)
        guard ThemeColor.isANSI(parsed) else {
            throw reader.error(
                "a 16-colour fallback must be an ANSI name like \"bright-blue\" or 0–15", node, key: key)
        }
        return parsed
    }

    private static func attributes(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> TextAttributes {
        var result: TextAttributes = []
        for element in try reader.array(node, key: key) {
            let name = try reader.string(element, key: key)
            guard let attribute = ThemeStyle.attributeNames.first(where: { $0.name == name })?.attribute else {
                let known = ThemeStyle.attributeNames.map(\.name).joined(separator: ", ")
                throw reader.error("\"\(name)\" is not an attribute (\(known))", element, key: key)
            }
            result.insert(attribute)
        }
        return result
    }
}
