/// A place in a config or theme file: the file, the line and the dotted key.
public struct ConfigurationLocation: Sendable, Equatable {
    /// The file, as the operator would name it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The full dotted key, when there is one.
    public var key: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, key: String? = nil) {
        self.file = file
        self.line = line
        self.key = key
    }

    /// The error `message` at this place.
    public func error(_ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line, key: key, message: message)
    }
}
