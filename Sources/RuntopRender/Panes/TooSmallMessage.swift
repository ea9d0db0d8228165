/// What the screen shows below the minimum size.
public struct TooSmallMessage: Sendable {
    /// The size the screen has.
    public var width: Int
    /// Rows the screen has.
    public var height: Int

    /// Creates the message for a `width`×`height` screen.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `terminal too small: need 60×16, have W×H`.
    public var text: String {
        "terminal too small: need \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight), have \(width)×\(height)"
    }

    /// Draws the message centred, on two lines when the screen is narrower than it.
    public func render(into buffer: inout CellBuffer, area: Rect, theme: Theme) {
        buffer.fill(area)
        guard !area.isEmpty else { return }
        let text = self.text
        var lines = [text]
        if text.count > area.width, let colon = text.firstIndex(of: ":") {
            lines = [String(text[..<colon]), String(text[text.index(colon, offsetBy: 2)...])]
        }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < area.maxY {
            let x = area.x + max(0, (area.width - line.count) / 2)
            buffer.write(line, x: x, y: top + offset, style: theme.warning, maxWidth: area.maxX - x)
        }
    }
}
