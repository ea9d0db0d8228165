import RuntopCore

/// The status line while an operator action waits for `y`: the question, then `y/N`; the default (any other
/// key) is not to send.
public struct ConfirmationLine: Sendable {
    /// The action asked about.
    public var request: OperatorRequest

    /// The line for `request`.
    public init(request: OperatorRequest) { self.request = request }

    /// Draws the question into `area` (one line), its end cut with an ellipsis when narrow; `y/N` always shows.
    public func render(into buffer: inout CellBuffer, area: Rect, theme: Theme, glyphs: Glyphs) {
        buffer.fill(area, with: Cell(symbol: " ", style: theme.statusBar))
        let answer = " y/N "
        let answerWidth = DisplayWidth.of(answer)
        let room = max(0, area.width - answerWidth - 1)
        let question = TextFitting.truncate(request.confirmationQuestion, to: room, ellipsis: glyphs.ellipsis)
        var x = area.x
        x += buffer.write(" ", x: x, y: area.y, style: theme.statusBar)
        x += buffer.write(question, x: x, y: area.y, style: theme.warning.adding(.bold), maxWidth: room)
        buffer.write(answer, x: x, y: area.y, style: theme.keyHint, maxWidth: area.maxX - x)
    }
}
