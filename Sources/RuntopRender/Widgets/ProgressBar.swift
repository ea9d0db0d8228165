/// A horizontal bar showing a fraction, with eighth-cell resolution where the glyphs allow.
public struct ProgressBar: Sendable {
    /// Done, in 0...1.
    public var fraction: Double

    /// Creates a bar for `fraction` (clamped to 0...1).
    public init(fraction: Double) { self.fraction = fraction.isFinite ? min(1, max(0, fraction)) : 0 }

    /// Draws the bar in `width` cells at (`x`, `y`); `highlight` adjusts styles (for a selected row).
    public func render(
        into buffer: inout CellBuffer, x: Int, y: Int, width: Int, theme: Theme, glyphs: Glyphs,
        highlight: (CellStyle) -> CellStyle = { $0 }
    ) {
        guard width > 0 else { return }
        let resolution = glyphs.progressPartials.count + 1
        let units = Int((fraction * Double(width * resolution)).rounded(.down))
        let full = units / resolution
        let partial = units % resolution
        var column = 0
        if full > 0 {
            buffer.write(
                String(repeating: glyphs.progressFull, count: full), x: x, y: y, style: highlight(theme.progressFilled))
            column = full
        }
        if column < width, partial > 0 {
            buffer.write(
                glyphs.progressPartials[partial - 1], x: x + column, y: y, style: highlight(theme.progressFilled))
            column += 1
        }
        if column < width {
            buffer.write(
                String(repeating: glyphs.progressEmpty, count: width - column), x: x + column, y: y,
                style: highlight(theme.progressEmpty))
        }
    }
}
