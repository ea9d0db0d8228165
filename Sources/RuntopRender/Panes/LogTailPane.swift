import RuntopCore

/// Pane 4: the selected job's log tail, following the newest line or scrolled back, with stream and level
/// colours and a dim marker wherever lines were never retrieved.
public struct LogTailPane: Sendable {
    /// One screen row of the pane.
    struct Row {
        var text: String
        var style: CellStyle
        var prefix: String = ""
        /// True for a gap marker, which never scrolls sideways.
        var isMarker = false
        /// The sequence number of the line the row shows (nil for markers and payload rows).
        var seq: Int?
    }

    /// Creates the pane.
    public init() {}

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        let view = context.view
        let logs = context.selectedDetail?.logs
        var flags: [String] = []
        if let logs, !logs.isEmpty { flags.append("\(logs.count) lines") }
        if view.logWrap { flags.append("wrap") }
        if view.logLevelFilter != .all { flags.append(view.logLevelFilter.label) }
        if let search = view.logSearch { flags.append("/" + search) }
        var badge = "follow"
        if !view.logFollow {
            let newer = logs.map { $0.isEmpty ? 0 : $0.count - 1 - Self.bottomIndex(logs: $0, view: view) } ?? 0
            let separator = " \(glyphs.separator) "
            let candidates = [
                "paused" + (newer > 0 ? "\(separator)\(newer) newer" : "") + "\(separator)G follows",
                "paused\(separator)G follows", "paused",
            ]
            // The frame drops a badge wider than half the top edge: take the longest that fits.
            badge = candidates.first { DisplayWidth.of($0) + 2 <= (area.width - 4) / 2 } ?? "paused"
        }
        let inner = context.frame(
            for: .logs, subtitle: flags.joined(separator: " \(glyphs.separator) "), badge: badge,
            badgeStyle: view.logFollow ? theme.mutedText : theme.warning
        ).render(into: &buffer, area: area, theme: theme, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        guard let logs, !logs.isEmpty else {
            buffer.write(
                context.selectedJob == nil ? "no job selected" : "no log lines yet", x: inner.x, y: inner.y,
                style: theme.mutedText, maxWidth: inner.width)
            return
        }
        let rows = Self.rows(logs: logs, height: inner.height, width: inner.width, context: context)
        for (offset, row) in rows.enumerated() {
            let y = inner.y + offset
            var x = inner.x
            if !row.prefix.isEmpty {
                x += buffer.write(row.prefix, x: x, y: y, style: theme.log.timestamp, maxWidth: inner.maxX - x)
            }
            var text = row.text
            if !view.logWrap {
                if view.logHorizontalOffset > 0, !row.isMarker {
                    text = TextFitting.dropLeading(text, columns: view.logHorizontalOffset, ellipsis: glyphs.ellipsis)
                }
                text = TextFitting.truncate(text, to: inner.maxX - x, ellipsis: glyphs.ellipsis)
            }
            let isCurrent = row.seq != nil && row.seq == view.logSearchMatchSeq
            buffer.write(
                text, x: x, y: y, style: isCurrent ? row.style.adding(.underline) : row.style, maxWidth: inner.maxX - x)
            if let search = view.logSearch, !search.isEmpty, !row.isMarker {
                highlight(search, in: text, x: x, y: y, maxX: inner.maxX, buffer: &buffer, theme: theme)
            }
        }
    }

    /// Restyles every occurrence of `search` (case-insensitive) in `text`, drawn at (`x`, `y`), as a match.
    private func highlight(
        _ search: String, in text: String, x: Int, y: Int, maxX: Int, buffer: inout CellBuffer, theme: Theme
    ) {
        var start = text.startIndex
        while let range = text.range(of: search, options: .caseInsensitive, range: start..<text.endIndex) {
            let column = x + DisplayWidth.of(String(text[..<range.lowerBound]))
            let width = min(DisplayWidth.of(String(text[range])), maxX - column)
            if width > 0 {
                for cellX in column..<(column + width) {
                    buffer.setStyle(
                        theme.selection, in: Rect(x: cellX, y: y, width: 1, height: 1))
                }
            }
            start = range.upperBound
            if range.isEmpty { break }
        }
    }

    /// The rows to show, top to bottom: the window ending at the follow/scroll position, gap markers included.
    static func rows(logs: LogTail, height: Int, width: Int, context: PaneContext) -> [Row] {
        let view = context.view
        let bottomIndex = Self.bottomIndex(logs: logs, view: view)
        var above: [Row] = []  // bottom-up
        let filter = view.logLevelFilter
        var index = bottomIndex
        while index >= 0, above.count < height {
            if filter.admits(logs.lines[index]) {
                above.append(contentsOf: lineRows(logs.lines[index], width: width, context: context).reversed())
            }
            if let marker = gapMarker(logs: logs, index: index, context: context) { above.append(marker) }
            index -= 1
        }
        if above.count >= height { return Array(above.prefix(height).reversed()) }
        // Scrolled to the top: fill the rest of the window with the lines after the anchor.
        var rows = Array(above.reversed())
        index = bottomIndex + 1
        while index < logs.count, rows.count < height {
            if let marker = gapMarker(logs: logs, index: index, context: context) { rows.append(marker) }
            if filter.admits(logs.lines[index]) {
                rows.append(contentsOf: lineRows(logs.lines[index], width: width, context: context))
            }
            index += 1
        }
        return Array(rows.prefix(height))
    }

    /// The index of the bottom line shown: the newest when following, else the scroll anchor's line.
    static func bottomIndex(logs: LogTail, view: ViewState) -> Int {
        guard !view.logFollow else { return logs.count - 1 }
        let anchor = view.logScrollAnchorSeq ?? (logs.lastSeq ?? 0)
        let index = logs.insertionIndex(of: anchor)
        let exact = index < logs.count && logs.lines[index].seq == anchor
        return min(logs.count - 1, exact ? index : max(0, index - 1))
    }

    /// The dim `··· N lines not retrieved ···` row before line `index`, when lines are missing there.
    static func gapMarker(logs: LogTail, index: Int, context: PaneContext) -> Row? {
        // Filtered lines hide where gaps are; the title says lines are filtered.
        guard context.view.logLevelFilter == .all else { return nil }
        var missing = logs.missingBefore(index: index)
        if index == 0, missing == 0, let first = logs.firstSeq, first > 1 { missing = first - 1 }
        guard missing > 0 else { return nil }
        let dots = context.glyphs.gapDots
        let noun = missing == 1 ? "line" : "lines"
        return Row(
            text: "\(dots) \(missing) \(noun) not retrieved \(dots)", style: context.theme.log.gap, isMarker: true)
    }

    /// The rows of one line: one, or several when wrapping.
    static func lineRows(_ line: LogLine, width: Int, context: PaneContext) -> [Row] {
        let style = context.theme.log.style(forStream: line.stream, text: line.text)
        var prefix = ""
        if context.view.logTimestamps, let timestamp = line.timestamp { prefix = context.clock(timestamp) + " " }
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        var rows: [Row]
        if context.view.logWrap {
            let room = max(1, width - DisplayWidth.of(prefix))
            rows = TextFitting.wrap(line.text, to: room).enumerated().map { offset, piece in
                Row(text: piece, style: style, prefix: offset == 0 ? prefix : indent, seq: line.seq)
            }
        } else {
            rows = [Row(text: line.text, style: style, prefix: prefix, seq: line.seq)]
        }
        if let payload = line.payload, context.view.expandedLogSeqs.contains(line.seq) {
            for text in PayloadFormatting.lines(payload) {
                rows.append(Row(text: "  " + text, style: context.theme.mutedText, prefix: indent))
            }
        }
        return rows
    }
}
