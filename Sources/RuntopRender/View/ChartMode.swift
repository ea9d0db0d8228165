/// How charts draw their lines.
public enum ChartMode: Sendable, Hashable {
    /// 2×4 braille dots per cell.
    case braille
    /// One mark (`*`, `.`) per cell, for terminals without braille.
    case ascii
}
