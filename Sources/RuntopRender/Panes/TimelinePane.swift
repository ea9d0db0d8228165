import Foundation
import RuntopCore

/// Pane 2: the selected job's states as a lane over wall time (with durations), then its events with times,
/// newest at the bottom; the event under the cursor is highlighted, and an expanded event's payload follows it
/// as `key: value` lines.
public struct TimelinePane: Sendable {
    /// One stretch of the lane: a state from its start until the next state (or now).
    public struct Segment: Sendable, Equatable {
        /// The state.
        public var status: JobStatus
        /// When the job entered it.
        public var start: Date
        /// When it left it (now for the current state; the start for a terminal one).
        public var end: Date

        /// How long the job stayed in this state.
        public var duration: TimeInterval { end.timeIntervalSince(start) }
    }

    /// Creates the pane.
    public init() {}

    /// The job's state segments, from its transition events, or from its list row when it has none.
    public static func segments(job: JobSummary, events: [JobEvent], now: Date) -> [Segment] {
        var transitions: [(JobStatus, Date)] = events.compactMap { event in
            guard let status = event.status, let timestamp = event.timestamp else { return nil }
            return (status, timestamp)
        }
        if transitions.isEmpty {
            if let created = job.createdAt { transitions.append((.queued, created)) }
            if let started = job.startedAt { transitions.append((.running, started)) }
            if let finished = job.finishedAt, job.status.isTerminal { transitions.append((job.status, finished)) }
        }
        var segments: [Segment] = []
        for (index, (status, start)) in transitions.enumerated() {
            let end: Date
            if index + 1 < transitions.count {
                end = transitions[index + 1].1
            } else {
                end = status.isTerminal ? start : max(start, now)
            }
            segments.append(Segment(status: status, start: start, end: end))
        }
        return segments
    }

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        let events = context.selectedDetail?.events ?? []
        let inner = context.frame(for: .timeline, subtitle: events.isEmpty ? nil : "\(events.count) events")
            .render(into: &buffer, area: area, theme: theme, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        guard let job = context.selectedJob else {
            buffer.write("no job selected", x: inner.x, y: inner.y, style: theme.mutedText, maxWidth: inner.width)
            return
        }
        let segments = Self.segments(job: job, events: events, now: context.now)
        var y = inner.y
        if !segments.isEmpty {
            renderLane(segments, into: &buffer, x: inner.x, y: y, width: inner.width, context: context)
            y += 1
            if inner.height >= 3 {
                renderLabels(segments, into: &buffer, x: inner.x, y: y, width: inner.width, context: context)
                y += 1
            }
        }
        let rows = inner.maxY - y
        guard rows > 0 else { return }
        if events.isEmpty {
            buffer.write("no events yet", x: inner.x, y: y, style: theme.mutedText, maxWidth: inner.width)
            return
        }
        let cursor = context.view.selectedJobTimelineCursor
        let listRows = Self.listRows(events: events, cursor: cursor)
        let start = Self.firstShownRow(of: listRows, visibleRows: rows, cursor: cursor, events: events)
        for (offset, row) in listRows.dropFirst(start).prefix(rows).enumerated() {
            switch row {
            case .event(let index):
                renderEvent(
                    events[index], into: &buffer, x: inner.x, y: y + offset, width: inner.width, context: context)
                if let cursor, events[index] == cursor.event {
                    buffer.setStyle(theme.selection, in: Rect(x: inner.x, y: y + offset, width: inner.width, height: 1))
                }
            case .payload(let text):
                let indent = Self.payloadIndent
                buffer.write(
                    TextFitting.truncate(text, to: inner.width - indent, ellipsis: glyphs.ellipsis),
                    x: inner.x + indent, y: y + offset, style: theme.mutedText, maxWidth: inner.width - indent)
            }
        }
    }

    /// One row of the event list: an event, or a line of an expanded payload.
    enum ListRow: Equatable {
        /// The event at this index of the job's events.
        case event(Int)
        /// A `key: value` line of the payload above.
        case payload(String)
    }

    /// Columns an expanded payload is indented by: past the event's time, and two more.
    static let payloadIndent = 11

    /// The event list's rows, oldest first, each expanded event followed by its payload lines.
    static func listRows(events: [JobEvent], cursor: TimelineEventCursor?) -> [ListRow] {
        var rows: [ListRow] = []
        for (index, event) in events.enumerated() {
            rows.append(.event(index))
            guard let cursor, cursor.expandedEvents.contains(event) else { continue }
            let lines = PayloadFormatting.keyValueLines(event.payload)
            rows += (lines.isEmpty ? ["(no payload)"] : lines).map(ListRow.payload)
        }
        return rows
    }

    /// The first row shown: the newest rows fill the pane, unless the cursor is above them; then the cursor's
    /// event leads, with as much of its expanded payload as fits after it.
    static func firstShownRow(
        of rows: [ListRow], visibleRows: Int, cursor: TimelineEventCursor?, events: [JobEvent]
    ) -> Int {
        let newest = max(0, rows.count - visibleRows)
        guard let cursorIndex = cursor?.index(in: events),
            let cursorRow = rows.firstIndex(of: .event(cursorIndex))
        else { return newest }
        var blockEnd = cursorRow + 1
        while blockEnd < rows.count, case .payload = rows[blockEnd] { blockEnd += 1 }
        var start = min(newest, cursorRow)
        if blockEnd - start > visibleRows { start = min(cursorRow, blockEnd - visibleRows) }
        return start
    }

    /// The lane: each column coloured by the state at its moment; a terminal state is its mark at the end.
    private func renderLane(
        _ segments: [Segment], into buffer: inout CellBuffer, x: Int, y: Int, width: Int, context: PaneContext
    ) {
        guard let first = segments.first, let last = segments.last else { return }
        let start = first.start
        let span = max(1, last.end.timeIntervalSince(start))
        let endsTerminal = last.status.isTerminal
        let laneWidth = endsTerminal ? width - 1 : width
        var segmentIndex = 0
        var previousIndex = -1
        for column in 0..<max(0, laneWidth) {
            let moment = start.addingTimeInterval(span * (Double(column) + 0.5) / Double(max(1, laneWidth)))
            while segmentIndex + 1 < segments.count, segments[segmentIndex + 1].start <= moment { segmentIndex += 1 }
            let status = segments[segmentIndex].status
            // Each segment starts with its state's mark, so states read apart without colour.
            let symbol = segmentIndex != previousIndex ? context.glyphs.mark(for: status) : context.glyphs.laneFill
            buffer.write(symbol, x: x + column, y: y, style: context.theme.style(for: status))
            previousIndex = segmentIndex
        }
        if endsTerminal {
            buffer.write(
                context.glyphs.mark(for: last.status), x: x + width - 1, y: y,
                style: context.theme.style(for: last.status))
        }
    }

    /// Under the lane: `state duration` at each segment's start column, where it fits.
    private func renderLabels(
        _ segments: [Segment], into buffer: inout CellBuffer, x: Int, y: Int, width: Int, context: PaneContext
    ) {
        guard let first = segments.first, let last = segments.last else { return }
        let span = max(1, last.end.timeIntervalSince(first.start))
        var freeFrom = x
        for segment in segments {
            let column = x + Int((segment.start.timeIntervalSince(first.start) / span * Double(width)).rounded(.down))
            let label =
                segment.status.isTerminal && segment.duration == 0
                ? segment.status.description
                : "\(segment.status) \(DurationFormatting.short(segment.duration))"
            let labelX = max(column, freeFrom)
            let labelWidth = DisplayWidth.of(label)
            guard labelX + labelWidth <= x + width else {
                if segment == last, freeFrom + labelWidth <= x + width {
                    // The current state matters most: right-align it rather than drop it.
                    buffer.write(
                        label, x: x + width - labelWidth, y: y, style: context.theme.style(for: segment.status))
                }
                continue
            }
            buffer.write(label, x: labelX, y: y, style: context.theme.style(for: segment.status))
            freeFrom = labelX + labelWidth + 1
        }
    }

    /// `16:05:12 checkpoint step=800`.
    private func renderEvent(
        _ event: JobEvent, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, context: PaneContext
    ) {
        let theme = context.theme
        var column = x
        let time = event.timestamp.map(context.clock) ?? "--:--:--"
        column += buffer.write(time + " ", x: column, y: y, style: theme.mutedText, maxWidth: x + width - column)
        let kindStyle = event.status.map(theme.style(for:)) ?? theme.text
        column += buffer.write(event.kind, x: column, y: y, style: kindStyle, maxWidth: x + width - column)
        let details = Self.details(of: event)
        guard !details.isEmpty, column + 2 < x + width else { return }
        buffer.write(
            " " + TextFitting.truncate(details, to: x + width - column - 1, ellipsis: context.glyphs.ellipsis),
            x: column, y: y, style: theme.mutedText, maxWidth: x + width - column)
    }

    /// An event's payload as `key=value` pairs, or the raw payload when it has no scalar fields.
    static func details(of event: JobEvent) -> String {
        if !event.fields.isEmpty {
            return event.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        let payload = event.payload.trimmingCharacters(in: .whitespaces)
        return payload == "{}" ? "" : payload
    }
}
