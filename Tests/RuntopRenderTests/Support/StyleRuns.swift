@testable import RuntopRender

/// Where styles change along a row, as text a failing test prints: `0-2 bold|2-9 plain`.
enum StyleRuns {
    /// The runs of equal style on row `y`, each named by `name(style)`.
    static func describe(_ buffer: CellBuffer, row y: Int, name: (CellStyle) -> String) -> String {
        var runs: [(start: Int, end: Int, name: String)] = []
        for x in 0..<buffer.width {
            let label = name(buffer[x, y].style)
            if let last = runs.last, last.name == label, last.end == x {
                runs[runs.count - 1].end = x + 1
            } else {
                runs.append((x, x + 1, label))
            }
        }
        return runs.map { "\($0.start)-\($0.end) \($0.name)" }.joined(separator: "|")
    }

    /// Names the monochrome theme's attributes: `plain`, `bold`, `dim`, `reverse`, combinations joined by `+`.
    static func attributes(_ style: CellStyle) -> String {
        var names: [String] = []
        if style.attributes.contains(.bold) { names.append("bold") }
        if style.attributes.contains(.dim) { names.append("dim") }
        if style.attributes.contains(.reverse) { names.append("reverse") }
        if style.attributes.contains(.underline) { names.append("underline") }
        if style.attributes.contains(.italic) { names.append("italic") }
        return names.isEmpty ? "plain" : names.joined(separator: "+")
    }
}
