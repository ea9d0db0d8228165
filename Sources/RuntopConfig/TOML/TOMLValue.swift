/// A value read from a TOML document.
public enum TOMLValue: Sendable, Equatable {
    /// A basic (`"…"`) or literal (`'…'`) string.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A number with a fraction or an exponent.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `[ … ]`, each element with the line it starts on.
    case array([TOMLNode])
    /// A `[table]`, a dotted-key table or an inline `{ … }` table.
    case table(TOMLTable)

    /// The kind of value, for messages (`a string`, `an integer`, …).
    public var kindDescription: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .boolean: "a boolean"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A value together with the line it was written on.
public struct TOMLNode: Sendable, Equatable {
    /// The value.
    public var value: TOMLValue
    /// The 1-based line where the value (or the table header) starts.
    public var line: Int

    /// Creates a located value.
    public init(_ value: TOMLValue, line: Int) {
        self.value = value
        self.line = line
    }
}

/// A TOML table: keys in the order they were first written, each with its located value.
public struct TOMLTable: Sendable, Equatable {
    /// The keys in file order.
    public private(set) var keys: [String] = []
    private var nodes: [String: TOMLNode] = [:]

    /// An empty table.
    public init() {}

    /// The value at `key`, if set.
    public subscript(key: String) -> TOMLNode? {
        get { nodes[key] }
        set {
            if newValue != nil, nodes[key] == nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            nodes[key] = newValue
        }
    }

    /// True when the table has no keys.
    public var isEmpty: Bool { keys.isEmpty }
}
