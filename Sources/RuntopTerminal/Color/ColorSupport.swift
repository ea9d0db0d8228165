/// How many colours the backend may use.
public enum ColorSupport: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// Attributes only (NO_COLOR, monochrome terminals).
    case none = 0
    /// The eight basic ANSI colours.
    case eight = 8
    /// The sixteen ANSI colours (normal and bright).
    case sixteen = 16
    /// The xterm 256-colour palette.
    case indexed256 = 256

    /// The number of palette entries this level addresses.
    public var colorCount: Int { rawValue }

    /// Fewer colours sort first.
    public static func < (lhs: ColorSupport, rhs: ColorSupport) -> Bool { lhs.rawValue < rhs.rawValue }

    /// "none", "8", "16" or "256".
    public var description: String {
        switch self {
        case .none: "none"
        case .eight: "8"
        case .sixteen: "16"
        case .indexed256: "256"
        }
    }

    /// The richest level a terminal reporting `colors` palette entries can show.
    public static func fitting(terminalColors colors: Int) -> ColorSupport {
        if colors >= 256 { return .indexed256 }
        if colors >= 16 { return .sixteen }
        if colors >= 8 { return .eight }
        return .none
    }

    /// The level to use: an explicit request (capped by the terminal) wins; otherwise NO_COLOR (any non-empty
    /// value) turns colour off, and else the terminal decides.
    public static func resolve(
        requested: ColorSupport?, terminalHasColors: Bool, terminalColors: Int, noColorValue: String?
    ) -> ColorSupport {
        let capability = terminalHasColors ? fitting(terminalColors: terminalColors) : .none
        if let requested { return min(requested, capability) }
        if let noColorValue, !noColorValue.isEmpty { return .none }
        return capability
    }
}
