import RuntopCore

/// Pane of the dashboard (being written).
public struct ResultPane: Sendable {
    /// Creates the pane.
    public init() {}

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        context.frame(for: .result).render(into: &buffer, area: area, theme: context.theme, glyphs: context.glyphs)
    }
}
