import RuntopCore

/// Which log lines the log pane shows (`L` cycles).
public enum LogLevelFilter: CaseIterable, Sendable, Hashable {
    /// Every line.
    case all
    /// Warnings and errors.
    case warningsAndErrors
    /// Errors only.
    case errors
    /// The standard error stream only.
    case standardError

    /// The filter after this one in the `L` cycle.
    public var next: LogLevelFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The word shown in the log pane's title.
    public var label: String {
        switch self {
        case .all: "all"
        case .warningsAndErrors: "warn+err"
        case .errors: "errors"
        case .standardError: "stderr"
        }
    }

    /// True when `line` is shown.
    public func admits(_ line: LogLine) -> Bool {
        switch self {
        case .all: true
        case .warningsAndErrors: LogSeverity.of(line) >= .warning
        case .errors: LogSeverity.of(line) == .error
        case .standardError: line.stream.lowercased() == "stderr"
        }
    }
}

/// How serious a log line is, from its level or, for console lines, its first word.
public enum LogSeverity: Int, Comparable, Sendable {
    case debug, info, warning, error

    /// The severity of `line`.
    public static func of(_ line: LogLine) -> LogSeverity {
        switch line.stream.lowercased() {
        case "warning", "warn": return .warning
        case "error", "critical", "fatal": return .error
        case "debug", "trace": return .debug
        default: break
        }
        let text = line.text
        if text.hasPrefix("ERROR") || text.hasPrefix("Traceback") || text.hasPrefix("FATAL") { return .error }
        if text.hasPrefix("WARNING") || text.hasPrefix("WARN ") { return .warning }
        return .info
    }

    public static func < (lhs: LogSeverity, rhs: LogSeverity) -> Bool { lhs.rawValue < rhs.rawValue }
}
