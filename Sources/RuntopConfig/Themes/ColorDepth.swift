/// How many colours a theme is resolved for; the backend's colour support, seen from the config side.
///
/// The raw values match `ColorSupport` in RuntopTerminal, so `ColorDepth(colorCount: support.colorCount)` converts.
public enum ColorDepth: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// No colour: attributes only.
    case none = 0
    /// The eight basic ANSI colours.
    case eight = 8
    /// The sixteen ANSI colours.
    case sixteen = 16
    /// 256 colours or more: a theme's colours are used as written (the backend degrades 24-bit colours itself).
    case full = 256

    /// The richest depth a terminal with `colorCount` palette entries can show.
    public init(colorCount: Int) {
        if colorCount >= 256 {
            self = .full
        } else if colorCount >= 16 {
            self = .sixteen
        } else if colorCount >= 8 {
            self = .eight
        } else {
            self = .none
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
