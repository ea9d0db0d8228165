/// Reads the subset of TOML that runtop's theme and config files use.
///
/// Supported: comments, `[table]` and `[dotted.table]` headers, bare, quoted and dotted keys, basic strings with
/// escapes, literal strings, integers (decimal, `0x` hex, `_` separators), floats, booleans, arrays (across lines,
/// trailing comma allowed) and inline tables. Not supported, and reported as such: arrays of tables (`[[…]]`),
/// multi-line strings, dates. Every error names the file, the line and, where there is one, the key.
public struct TOMLReader {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var root = TOMLTable()
    /// Tables opened by a `[header]`, so a second header for the same table is an error.
    private var headerPaths: Set<[String]> = []
    /// Tables written inline (`{ … }`), which TOML closes to later additions.
    private var inlinePaths: Set<[String]> = []

    /// Parses `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> TOMLTable {
        var reader = TOMLReader(scalars: Array(text.unicodeScalars), file: file)
        try reader.parseDocument()
        return reader.root
    }

    private init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    // MARK: Document

    private mutating func parseDocument() throws {
        var currentTable: [String] = []
        while true {
            skipBlankLinesAndComments()
            guard let scalar = peek() else { return }
            if scalar == "[" {
                currentTable = try parseTableHeader()
            } else {
                try parseKeyValue(into: currentTable)
            }
            try expectEndOfLine()
        }
    }

    private mutating func parseTableHeader() throws -> [String] {
        let headerLine = line
        advance()
        if peek() == "[" { throw error("arrays of tables ([[…]]) are not supported") }
        skipSpaces()
        let path = try parseKey(context: nil)
        skipSpaces()
        guard peek() == "]" else { throw error("expected ] to close the table header", key: path) }
        advance()
        if headerPaths.contains(path) { throw error("table [\(Self.joined(path))] is defined twice", key: path) }
        if inlinePaths.contains(where: { path.starts(with: $0) }) {
            throw error("an inline table cannot be extended by a [table] header", key: path)
        }
        try ensureTable(at: path, line: headerLine)
        headerPaths.insert(path)
        return path
    }

    private mutating func parseKeyValue(into table: [String]) throws {
        let keyLine = line
        let relativeKey = try parseKey(context: table)
        let fullKey = table + relativeKey
        skipSpaces()
        guard peek() == "=" else { throw error("expected = after the key", key: fullKey) }
        advance()
        skipSpaces()
        let value = try parseValue(key: fullKey)
        try insert(TOMLNode(value, line: keyLine), at: fullKey)
    }

    private mutating func expectEndOfLine() throws {
        skipSpaces()
        guard let scalar = peek() else { return }
        if scalar == "#" {
            skipComment()
            return
        }
        if scalar == "\n" || scalar == "\r" { return }
        throw error("unexpected \"\(scalar)\" after the value; put one key = value per line")
    }

    // MARK: Keys

    /// A dotted key: bare (`A-Za-z0-9_-`), `"basic"` or `'literal'` parts joined by dots.
    private mutating func parseKey(context: [String]?) throws -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let scalar = peek() else { throw error("expected a key", key: context.map { $0 + parts }) }
            switch scalar {
            case "\"":
                parts.append(try parseBasicString(key: (context ?? []) + parts))
            case "'":
                parts.append(try parseLiteralString(key: (context ?? []) + parts))
            default:
                var bare = ""
                while let next = peek(), Self.isBareKeyScalar(next) {
                    bare.unicodeScalars.append(next)
                    advance()
                }
                if bare.isEmpty {
                    throw error(
                        "expected a key, found \"\(scalar)\"", key: parts.isEmpty ? nil : (context ?? []) + parts)
                }
                parts.append(bare)
            }
            skipSpaces()
            guard peek() == "." else { return parts }
            advance()
        }
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    // MARK: Values

    private mutating func parseValue(key: [String]) throws -> TOMLValue {
        guard let scalar = peek(), scalar != "\n", scalar != "\r", scalar != "#" else {
            throw error("expected a value after =", key: key)
        }
        switch scalar {
        case "\"":
            return .string(try parseBasicString(key: key))
        case "'":
            return .string(try parseLiteralString(key: key))
        case "[":
            return try parseArray(key: key)
        case "{":
            return try parseInlineTable(key: key)
        default:
            return try parseBareValue(key: key)
        }
    }

    private mutating func parseBasicString(key: [String]) throws -> String {
        advance()
        if peek() == "\"", peek(offset: 1) == "\"" { throw error("multi-line strings are not supported", key: key) }
        var text = ""
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw error("unterminated string; close it with \" on the same line", key: key)
            }
            advance()
            switch scalar {
            case "\"":
                return text
            case "\\":
                text.unicodeScalars.append(try parseEscape(key: key))
            default:
                text.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func parseEscape(key: [String]) throws -> Unicode.Scalar {
        guard let scalar = peek() else { throw error("unterminated string", key: key) }
        advance()
        switch scalar {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "e": return "\u{1B}"
        case "u", "U":
            let count = scalar == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<count {
                guard let digit = peek(), digit.properties.isASCIIHexDigit else {
                    throw error("\\\(scalar) needs \(count) hexadecimal digits", key: key)
                }
                hex.unicodeScalars.append(digit)
                advance()
            }
            guard let value = UInt32(hex, radix: 16), let result = Unicode.Scalar(value) else {
                throw error("\\\(scalar)\(hex) is not a Unicode scalar", key: key)
            }
            return result
        default:
            throw error("unknown escape \\\(scalar) in a string", key: key)
        }
    }

    private mutating func parseLiteralString(key: [String]) throws -> String {
        advance()
        if peek() == "'", peek(offset: 1) == "'" { throw error("multi-line strings are not supported", key: key) }
        var text = ""
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw error("unterminated string; close it with ' on the same line", key: key)
            }
            advance()
            if scalar == "'" { return text }
            text.unicodeScalars.append(scalar)
        }
    }

    private mutating func parseArray(key: [String]) throws -> TOMLValue {
        advance()
        var elements: [TOMLNode] = []
        while true {
            skipWhitespaceNewlinesAndComments()
            guard let scalar = peek() else { throw error("unterminated array; close it with ]", key: key) }
            if scalar == "]" {
                advance()
                return .array(elements)
            }
            let elementLine = line
            elements.append(TOMLNode(try parseValue(key: key), line: elementLine))
            skipWhitespaceNewlinesAndComments()
            switch peek() {
            case ",":
                advance()
            case "]":
                continue
            case nil:
                throw error("unterminated array; close it with ]", key: key)
            case let other?:
                throw error("expected , or ] in the array, found \"\(other)\"", key: key)
            }
        }
    }

    private mutating func parseInlineTable(key: [String]) throws -> TOMLValue {
        advance()
        var table = TOMLTable()
        var expectsEntry = true
        while true {
            skipWhitespaceNewlinesAndComments()
            guard let scalar = peek() else { throw error("unterminated inline table; close it with }", key: key) }
            if scalar == "}" {
                advance()
                inlinePaths.insert(key)
                return .table(table)
            }
            guard expectsEntry else {
                throw error("expected , or } in the inline table, found \"\(scalar)\"", key: key)
            }
            let entryLine = line
            let entryKey = try parseKey(context: key)
            skipSpaces()
            guard peek() == "=" else { throw error("expected = after the key", key: key + entryKey) }
            advance()
            skipSpaces()
            let value = try parseValue(key: key + entryKey)
            try insert(TOMLNode(value, line: entryLine), at: entryKey, in: &table, fullPrefix: key)
            skipWhitespaceNewlinesAndComments()
            if peek() == "," {
                advance()
                expectsEntry = true
            } else {
                expectsEntry = false
            }
        }
    }

    /// `true`, `false`, an integer or a float.
    private mutating func parseBareValue(key: [String]) throws -> TOMLValue {
        var token = ""
        while let scalar = peek(), Self.isBareValueScalar(scalar) {
            token.unicodeScalars.append(scalar)
            advance()
        }
        if token == "true" { return .boolean(true) }
        if token == "false" { return .boolean(false) }
        if let integer = Self.integer(from: token) { return .integer(integer) }
        if let float = Self.float(from: token) { return .float(float) }
        if token.isEmpty, let scalar = peek() {
            throw error("expected a value, found \"\(scalar)\" (strings need quotes)", key: key)
        }
        throw error("\(token) is not a value (strings need quotes)", key: key)
    }

    private static func isBareValueScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "+", ".": true
        default: false
        }
    }

    private static func integer(from token: String) -> Int? {
        var body = Substring(token)
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        var radix = 10
        if body.hasPrefix("0x") {
            radix = 16
            body = body.dropFirst(2)
        }
        guard Self.hasValidUnderscores(body) else { return nil }
        let digits = String(body.filter { $0 != "_" })
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
        if radix == 10, digits.count > 1, digits.hasPrefix("0") { return nil }
        guard let magnitude = Int(digits, radix: radix) else { return nil }
        return negative ? -magnitude : magnitude
    }

    private static func float(from token: String) -> Double? {
        guard token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return nil }
        guard Self.hasValidUnderscores(Substring(token)) else { return nil }
        let text = String(token.filter { $0 != "_" })
        // TOML wants digits on both sides of the point: `1.` and `.5` are not numbers.
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() where scalar == "." {
            let before = position > 0 ? scalars[position - 1] : " "
            let after = position + 1 < scalars.count ? scalars[position + 1] : " "
            guard before.properties.numericType != nil, after.properties.numericType != nil else { return nil }
        }
        guard text.unicodeScalars.allSatisfy({ "0123456789+-.eE".unicodeScalars.contains($0) }) else { return nil }
        return Double(text)
    }

    /// Underscores only between digits.
    private static func hasValidUnderscores(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() where scalar == "_" {
            guard position > 0, position + 1 < scalars.count,
                scalars[position - 1].properties.isASCIIHexDigit, scalars[position + 1].properties.isASCIIHexDigit
            else { return false }
        }
        return true
    }

    // MARK: Building the tree

    private mutating func ensureTable(at path: [String], line tableLine: Int) throws {
        try Self.ensureTable(at: path[...], in: &root, prefix: [], line: tableLine, reader: self)
    }

    private static func ensureTable(
        at path: ArraySlice<String>, in table: inout TOMLTable, prefix: [String], line tableLine: Int,
        reader: TOMLReader
    ) throws {
        guard let first = path.first else { return }
        let key = prefix + [first]
        var child: TOMLTable
        var childLine = tableLine
        if let existing = table[first] {
            guard case .table(let existingTable) = existing.value else {
                throw reader.error("\(joined(key)) is already \(existing.value.kindDescription), not a table", key: key)
            }
            child = existingTable
            childLine = existing.line
        } else {
            child = TOMLTable()
        }
        try ensureTable(at: path.dropFirst(), in: &child, prefix: key, line: tableLine, reader: reader)
        table[first] = TOMLNode(.table(child), line: childLine)
    }

    private mutating func insert(_ node: TOMLNode, at path: [String]) throws {
        if inlinePaths.contains(where: { path.starts(with: $0) && path != $0 }) {
            throw error("an inline table cannot be extended", key: path)
        }
        try insert(node, at: path, in: &root, fullPrefix: [])
    }

    private func insert(_ node: TOMLNode, at path: [String], in table: inout TOMLTable, fullPrefix: [String]) throws {
        try Self.insert(node, at: path[...], in: &table, prefix: fullPrefix, reader: self)
    }

    private static func insert(
        _ node: TOMLNode, at path: ArraySlice<String>, in table: inout TOMLTable, prefix: [String],
        reader: TOMLReader
    ) throws {
        guard let first = path.first else { return }
        let key = prefix + [first]
        if path.count == 1 {
            if table[first] != nil { throw reader.error("is defined twice", key: key) }
            table[first] = node
            return
        }
        var child: TOMLTable
        var childLine = node.line
        if let existing = table[first] {
            guard case .table(let existingTable) = existing.value else {
                throw reader.error("\(joined(key)) is already \(existing.value.kindDescription), not a table", key: key)
            }
            child = existingTable
            childLine = existing.line
        } else {
            child = TOMLTable()
        }
        try insert(node, at: path.dropFirst(), in: &child, prefix: key, reader: reader)
        table[first] = TOMLNode(.table(child), line: childLine)
    }

    // MARK: Scanning

    private func peek(offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1 }
        index += 1
    }

    private mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { advance() }
    }

    private mutating func skipComment() {
        while let scalar = peek(), scalar != "\n" { advance() }
    }

    private mutating func skipBlankLinesAndComments() { skipWhitespaceNewlinesAndComments() }

    private mutating func skipWhitespaceNewlinesAndComments() {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t", "\n", "\r": advance()
            case "#": skipComment()
            default: return
            }
        }
    }

    private static func joined(_ path: [String]) -> String { path.joined(separator: ".") }

    private func error(_ message: String, key: [String]? = nil) -> ConfigurationError {
        ConfigurationError(file: file, line: line, key: key.map { Self.joined($0) }, message: message)
    }
}
