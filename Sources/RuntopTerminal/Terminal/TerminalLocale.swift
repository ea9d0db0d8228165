import Glibc

/// What the process locale can display.
enum TerminalLocale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`) and reports whether its codeset is UTF-8.
    static func adoptEnvironmentLocale() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return isUTF8(codesetName: String(cString: codeset))
    }

    /// True for the spellings of UTF-8 that libcs report.
    static func isUTF8(codesetName: String) -> Bool {
        let normalized = codesetName.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
