/// Decides from TERM alone whether a full-screen UI can work.
enum TerminalSupportCheck {
    /// Terminal names that never support cursor addressing.
    static let unsupportedNames: Set<String> = ["", "dumb", "unknown", "emacs", "cons25-dumb"]

    /// True when `term` may be a capable terminal (terminfo gets the final say).
    static func mayBeSupported(term: String?) -> Bool {
        guard let term else { return false }
        return !unsupportedNames.contains(term.trimmingWhitespace.lowercased())
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var result = Substring(self)
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return String(result)
    }
}
