/// Styles of log lines by stream or level.
public struct LogStyles: Sendable, Equatable {
    /// Standard output and `info` lines.
    public var standardOutput: CellStyle
    /// Standard error lines.
    public var standardError: CellStyle
    /// `debug`/`trace` lines.
    public var debug: CellStyle
    /// `warning` lines.
    public var warning: CellStyle
    /// `error`/`critical` lines.
    public var error: CellStyle
    /// The timestamp prefix.
    public var timestamp: CellStyle
    /// The `··· N lines not retrieved ···` marker.
    public var gap: CellStyle

    /// Creates the log styles.
    public init(
        standardOutput: CellStyle, standardError: CellStyle, debug: CellStyle, warning: CellStyle,
        error: CellStyle, timestamp: CellStyle, gap: CellStyle
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.debug = debug
        self.warning = warning
        self.error = error
        self.timestamp = timestamp
        self.gap = gap
    }

    /// The style of a line from `stream` (a console stream or a log level) with `text`.
    public func style(forStream stream: String, text: String) -> CellStyle {
        switch stream.lowercased() {
        case "stderr": return standardError
        case "warning", "warn": return warning
        case "error", "critical", "fatal": return error
        case "debug", "trace": return debug
        default: break
        }
        if text.hasPrefix("ERROR") || text.hasPrefix("Traceback") || text.hasPrefix("FATAL") { return error }
        if text.hasPrefix("WARNING") || text.hasPrefix("WARN ") { return warning }
        return standardOutput
    }
}
