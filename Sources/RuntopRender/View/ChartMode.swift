/// How charts draw their lines.
public enum ChartMode: CaseIterable, Sendable, Hashable {
    /// 2×4 braille dots per cell.
    case braille
    /// Eighth blocks (`▁▂▃▄▅▆▇█`): the chart's main line as a filled area with 8 levels per cell, the other
    /// lines as marks above it.
    case block
    /// One mark (`*`, `.`) per cell, for terminals without braille.
    case ascii

    /// The mode after this one in the `a` cycle: braille, block, ASCII, braille.
    public var next: ChartMode {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The words of the status message after switching to this mode.
    public var label: String {
        switch self {
        case .braille: "braille charts"
        case .block: "block charts"
        case .ascii: "ASCII charts"
        }
    }
}
