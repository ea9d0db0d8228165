/// A problem in a theme or config file, located by file, line and key so the operator can fix it.
///
/// Its description reads like a compiler message: `themes/foo.toml:12: key "status.failed.fg": "#zz0000" is not a
/// colour`.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, as the operator would name it.
    public var file: String
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// The full dotted key, when the problem is about one.
    public var key: String?
    /// What is wrong, in words.
    public var message: String

    /// Creates a located problem.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "key \"\(key)\": " }
        return text + message
    }
}
