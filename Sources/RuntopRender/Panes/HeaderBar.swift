import RuntopCore

/// The first line: `runtop`, the source, and the selected job.
public struct HeaderBar: Sendable {
    /// Where the data comes from (`demo · http://127.0.0.1:8080`).
    public var sourceLabel: String

    /// Creates the header for `sourceLabel`.
    public init(sourceLabel: String) { self.sourceLabel = sourceLabel }

    /// Draws the header into `area` (one line).
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        buffer.fill(area, with: Cell(symbol: " ", style: theme.header))
        var x = area.x
        x += buffer.write(" runtop ", x: x, y: area.y, style: theme.header.adding(.bold), maxWidth: area.maxX - x)
        if context.view.isReadOnly {
            // Operator actions are off: say so where every screen shows it.
            x += buffer.write(
                "[read-only]", x: x, y: area.y, style: theme.header.adding([.bold, .reverse]), maxWidth: area.maxX - x)
        }
        let separator = " \(glyphs.boxVertical) "
        x += buffer.write(separator + sourceLabel, x: x, y: area.y, style: theme.header, maxWidth: area.maxX - x)
        if let job = context.selectedJob {
            let text = "\(separator)\(glyphs.mark(for: job.status)) \(job.name) (\(job.status))"
            buffer.write(
                TextFitting.truncate(text, to: area.maxX - x, ellipsis: glyphs.ellipsis), x: x, y: area.y,
                style: theme.header, maxWidth: area.maxX - x)
        }
    }
}
