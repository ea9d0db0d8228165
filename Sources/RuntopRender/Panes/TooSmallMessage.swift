/// What the screen shows below the minimum size.
public struct TooSmallMessage: Sendable {
    /// The size the screen has.
    public var width: Int
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

    /// Draws the message centred, wrapped at spaces when the screen is narrower than it.
    public func render(into buffer: inout CellBuffer, area: Rect, theme: Theme) {
        buffer.fill(area)
        guard !area.isEmpty else { return }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= area.width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < area.maxY {
            let x = area.x + max(0, (area.width - line.count) / 2)
            buffer.write(line, x: x, y: top + offset, style: theme.warning, maxWidth: area.maxX - x)
        }
    }
}
