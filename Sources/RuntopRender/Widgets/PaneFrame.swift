import RuntopCore

/// A pane's border with its numbered title (`┌ 1 Jobs ───┐`), an optional subtitle and a right-hand badge.
public struct PaneFrame: Sendable {
    /// The pane the frame belongs to (its number and title).
    public var pane: DashboardPane
    /// True to draw with the focus style.
    public var isFocused: Bool
    /// Extra words after the title, muted (`12 jobs`).
    public var subtitle: String?
    /// A word at the right end of the top edge (`follow`, `paused`), in `badgeStyle`.
    public var badge: String?
    /// The style of the badge (muted when nil).
    public var badgeStyle: CellStyle?
    /// True when the pane fills the screen (the title says so).
    public var isZoomed = false

    /// Creates a frame for `pane`.
    public init(
        pane: DashboardPane, isFocused: Bool, subtitle: String? = nil, badge: String? = nil,
        badgeStyle: CellStyle? = nil
    ) {
        self.pane = pane
        self.isFocused = isFocused
        self.subtitle = subtitle
        self.badge = badge
        self.badgeStyle = badgeStyle
    }

    /// Draws the border and titles into `area`; returns the inner rectangle left for the content.
    @discardableResult
    public func render(into buffer: inout CellBuffer, area: Rect, theme: Theme, glyphs: Glyphs) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let borderStyle = isFocused ? theme.focusedBorder : theme.border
        let horizontal = String(repeating: glyphs.boxHorizontal, count: area.width - 2)
        buffer.write(glyphs.boxTopLeft + horizontal + glyphs.boxTopRight, x: area.x, y: area.y, style: borderStyle)
        buffer.write(
            glyphs.boxBottomLeft + horizontal + glyphs.boxBottomRight, x: area.x, y: area.maxY - 1, style: borderStyle)
        for row in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(glyphs.boxVertical, x: area.x, y: row, style: borderStyle)
            buffer.write(glyphs.boxVertical, x: area.maxX - 1, y: row, style: borderStyle)
        }
        let inner = area.inset(by: 1)
        buffer.fill(inner)
        // Top edge: "┌ 1 Jobs · subtitle ──── badge ┐"
        let available = area.width - 4
        guard available > 0 else { return inner }
        var badgeText = badge.map { " \($0) " } ?? ""
        if DisplayWidth.of(badgeText) > available / 2 { badgeText = "" }
        let titleBudget = available - DisplayWidth.of(badgeText)
        let title = " \(pane.rawValue) \(pane.title)\(isZoomed ? " (zoomed)" : "") "
        var x = area.x + 1
        x += buffer.write(
            title, x: x, y: area.y, style: isFocused ? theme.focusedTitle : theme.title, maxWidth: titleBudget)
        if let subtitle, !subtitle.isEmpty {
            let room = area.x + 1 + titleBudget - x
            if room > 3 {
                buffer.write(
                    TextFitting.truncate("\(glyphs.separator) \(subtitle)", to: room - 1, ellipsis: glyphs.ellipsis)
                        + " ",
                    x: x, y: area.y,
                    style: theme.mutedText, maxWidth: room)
            }
        }
        if !badgeText.isEmpty {
            buffer.write(
                badgeText, x: area.maxX - 2 - DisplayWidth.of(badgeText), y: area.y,
                style: badgeStyle ?? theme.mutedText)
        }
        return inner
    }
}
