/// Why the terminal could not be set up.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// TERM names a terminal that cannot address the cursor (dumb, unknown, unset, or missing from terminfo).
    case unsupportedTerminal(String)
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// Another ``CursesTerminal`` is still active in this process.
    case alreadyActive
    /// curses refused to start.
    case initializationFailed(String)

    /// What went wrong and what to do instead.
    public var description: String {
        switch self {
        case .unsupportedTerminal(let term):
            let name = term.isEmpty ? "TERM is not set" : "TERM=\(term) cannot run a full-screen dashboard"
            return "\(name). Run runtop in a terminal emulator with a capable TERM (for example "
                + "`export TERM=xterm-256color`), or use a non-interactive command instead of the dashboard."
        case .notATerminal:
            return "standard input and output must be a terminal to show the dashboard "
                + "(do not pipe or redirect them); use a non-interactive command for scripts."
        case .alreadyActive:
            return "a curses terminal is already active in this process"
        case .initializationFailed(let detail):
            return "could not initialise the terminal: \(detail)"
        }
    }
}
