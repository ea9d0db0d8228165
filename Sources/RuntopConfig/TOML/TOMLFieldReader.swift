/// Reads typed fields out of parsed TOML, turning a wrong type into an error that names the file, line and key.
public struct TOMLFieldReader: Sendable {
    /// The file named in errors.
    public var file: String

    /// Creates a reader for values from `file`.
    public init(file: String) { self.file = file }

    /// An error about `node` at `key`.
    public func error(_ message: String, _ node: TOMLNode, key: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.line, key: key, message: message)
    }

    /// The string at `key`.
    public func string(_ node: TOMLNode, key: String) throws -> String {
        guard case .string(let text) = node.value else {
            throw error("expected a string, found \(node.value.kindDescription)", node, key: key)
        }
        return text
    }

    /// The boolean at `key`.
    public func boolean(_ node: TOMLNode, key: String) throws -> Bool {
        guard case .boolean(let value) = node.value else {
            throw error("expected true or false, found \(node.value.kindDescription)", node, key: key)
        }
        return value
    }

    /// The integer at `key`.
    public func integer(_ node: TOMLNode, key: String) throws -> Int {
        guard case .integer(let value) = node.value else {
            throw error("expected a whole number, found \(node.value.kindDescription)", node, key: key)
        }
        return value
    }

    /// The number at `key`; integers count.
    public func number(_ node: TOMLNode, key: String) throws -> Double {
        switch node.value {
        case .integer(let value): return Double(value)
        case .float(let value): return value
        default: throw error("expected a number, found \(node.value.kindDescription)", node, key: key)
        }
    }

    /// The array at `key`.
    public func array(_ node: TOMLNode, key: String) throws -> [TOMLNode] {
        guard case .array(let elements) = node.value else {
            throw error("expected an array [ … ], found \(node.value.kindDescription)", node, key: key)
        }
        return elements
    }

    /// The table at `key`.
    public func table(_ node: TOMLNode, key: String) throws -> TOMLTable {
        guard case .table(let table) = node.value else {
            throw error("expected a table, found \(node.value.kindDescription)", node, key: key)
        }
        return table
    }
}
