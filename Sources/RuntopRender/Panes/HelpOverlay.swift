import RuntopCore

/// The `?` overlay: every binding of the key map, grouped by context, flowing into columns when tall.
public struct HelpOverlay: Sendable {
    /// The bindings the overlay lists.
    public var keyMap: KeyMap

    /// True in read-only mode: operator-action keys are listed as disabled.
    public var isReadOnly: Bool

    /// Creates the overlay for `keyMap`.
    public init(keyMap: KeyMap = .standard, isReadOnly: Bool = false) {
        self.keyMap = keyMap
        self.isReadOnly = isReadOnly
    }

    /// The overlay's rows: a heading per context, then `keys  help` per binding.
    public func rows() -> [(text: String, isHeading: Bool)] {
        var rows: [(String, Bool)] = []
        let keysWidth = keyMap.bindings.map { DisplayWidth.of($0.displayedKeys) }.max() ?? 0
        for context in KeyContext.allCases {
            let bindings = keyMap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            if !rows.isEmpty { rows.append(("", false)) }
            rows.append((context.heading, true))
            for binding in bindings {
                let keys = binding.displayedKeys
                let padding = String(repeating: " ", count: max(0, keysWidth - DisplayWidth.of(keys)))
                let disabled = isReadOnly && binding.action.isOperatorAction ? " (off: read-only)" : ""
                rows.append(("  \(keys)\(padding)  \(binding.help)\(disabled)", false))
            }
        }
        return rows
    }

    /// The furthest the overlay can scroll in `area` (0 when everything fits).
    public func maximumScrollOffset(in area: Rect) -> Int {
        let count = rows().count
        return max(0, count - geometry(rowCount: count, area: area).capacity)
    }

    /// Column width, column count and rows shown at once for `rowCount` rows in `area`.
    private func geometry(rowCount: Int, area: Rect) -> (columnWidth: Int, columns: Int, capacity: Int) {
        let columnWidth = (rows().map { DisplayWidth.of($0.text) }.max() ?? 0) + 2
        let maxInnerHeight = max(1, area.height - 2)
        let fittingColumns = max(1, (area.width - 2) / columnWidth)
        let neededColumns = (rowCount + maxInnerHeight - 1) / maxInnerHeight
        let columns = max(1, min(neededColumns, fittingColumns))
        return (columnWidth, columns, columns * maxInnerHeight)
    }

    /// Draws the overlay centred in `area`, over whatever is there, scrolled by `scrollOffset` rows when it does
    /// not fit (the bottom edge then says how to scroll).
    public func render(
        into buffer: inout CellBuffer, area: Rect, theme: Theme, glyphs: Glyphs, scrollOffset: Int = 0
    ) {
        let allRows = rows()
        let (columnWidth, columnCount, capacity) = geometry(rowCount: allRows.count, area: area)
        let maxInnerHeight = max(1, area.height - 2)
        let overflows = allRows.count > capacity
        let offset = overflows ? min(max(0, scrollOffset), allRows.count - capacity) : 0
        let rows = Array(allRows.dropFirst(offset).prefix(capacity))
        let rowsPerColumn = overflows ? maxInnerHeight : (rows.count + columnCount - 1) / columnCount
        let width = min(area.width, columnWidth * columnCount + 2)
        let height = min(area.height, rowsPerColumn + 2)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let borderStyle = theme.focusedBorder
        let horizontal = String(repeating: glyphs.boxHorizontal, count: max(0, width - 2))
        buffer.fill(box)
        buffer.write(glyphs.boxTopLeft + horizontal + glyphs.boxTopRight, x: box.x, y: box.y, style: borderStyle)
        buffer.write(
            glyphs.boxBottomLeft + horizontal + glyphs.boxBottomRight, x: box.x, y: box.maxY - 1, style: borderStyle)
        for row in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            buffer.write(glyphs.boxVertical, x: box.x, y: row, style: borderStyle)
            buffer.write(glyphs.boxVertical, x: box.maxX - 1, y: row, style: borderStyle)
        }
        buffer.write(
            " Help \(glyphs.separator) Esc or ? closes ", x: box.x + 2, y: box.y, style: theme.focusedTitle,
            maxWidth: max(0, width - 4))
        if overflows {
            let position = "\(offset + rows.count)/\(allRows.count)"
            let hint =
                offset + rows.count < allRows.count ? " \(position) \(glyphs.separator) j more " : " \(position) "
            buffer.write(
                hint, x: max(box.x + 1, box.maxX - 2 - DisplayWidth.of(hint)), y: box.maxY - 1,
                style: theme.focusedTitle,
                maxWidth: max(0, width - 2))
        }
        for (index, row) in rows.enumerated() {
            let column = index / max(1, rowsPerColumn)
            let line = index % max(1, rowsPerColumn)
            let x = box.x + 2 + column * columnWidth
            let y = box.y + 1 + line
            guard y < box.maxY - 1, x < box.maxX - 1 else { continue }
            buffer.write(
                row.text, x: x, y: y, style: row.isHeading ? theme.title.adding(.underline) : theme.text,
                maxWidth: box.maxX - 1 - x)
        }
    }
}
