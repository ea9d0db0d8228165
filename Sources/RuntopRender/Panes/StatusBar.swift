import Foundation
import RuntopCore

/// The last line: source, latency, staleness and its cause, job counts, the dashboard's output rate, and key
/// hints.
public struct StatusBar: Sendable {
    /// Where the data comes from.
    public var sourceLabel: String
    /// Seconds without fresh data before the bar says how old the data is, even without an error.
    public var staleAfter: Double = 15

    /// Creates the status bar for `sourceLabel`.
    public init(sourceLabel: String) { self.sourceLabel = sourceLabel }

    /// Draws the status bar into `area` (one line).
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        buffer.fill(area, with: Cell(symbol: " ", style: theme.statusBar))
        if let request = context.view.pendingConfirmation {
            ConfirmationLine(request: request).render(into: &buffer, area: area, theme: theme, glyphs: glyphs)
            return
        }
        if let prompt = context.view.prompt {
            renderPrompt(prompt, into: &buffer, area: area, context: context)
            return
        }
        let hints = " ? help  q quit "
        let hintsWidth = DisplayWidth.of(hints)
        var segments: [(String, CellStyle)] = [(" " + sourceLabel, theme.statusBar)]
        let health = context.store.health
        let separator = " \(glyphs.separator) "
        let staleness = Staleness.assess(store: context.store, job: context.view.selectedJobID, now: context.now)
        if let pending = health.problem == nil ? health.pendingRequest : nil {
            // A request the server keeps waiting, in place of the latency; the clock redraw grows the figure.
            segments.append((separator, theme.statusBar))
            segments.append((Self.noAnswer(pending, now: context.now, glyphs: glyphs), theme.warning))
        } else if health.problem == nil, health.lastSuccessAt == nil {
            segments.append((separator + "connecting" + glyphs.ellipsis, theme.statusBar))
        } else if health.problem == nil, let latency = health.lastLatency {
            segments.append((separator + "\(Int((latency * 1000).rounded()))ms", theme.statusBar))
        }
        if health.problem != nil || health.lastSuccessAt != nil {
            if let staleness {
                // Why the data is old and for how long: API unreachable, auth failed, job silent, step stuck.
                segments.append((separator, theme.statusBar))
                var text = "\(glyphs.warning) \(staleness)"
                if case .source = staleness.cause, staleness.dataAge == nil { text += "\(separator)no data yet" }
                segments.append((text, theme.statusBar.adding(.bold)))
            } else if let age = health.staleness(now: context.now), age >= staleAfter {
                segments.append((separator + "data \(DurationFormatting.age(age)) old", theme.statusBar.adding(.bold)))
            }
        }
        if let message = context.view.statusMessage {
            segments.append((separator + message, theme.statusBar.adding(.bold)))
        }
        let counts = Self.counts(context.store.jobs, glyphs: glyphs)
        if !counts.isEmpty { segments.append((separator + counts, theme.statusBar)) }

        var room = area.width - hintsWidth
        // The dashboard's own output rate sits left of the hints, and is the first thing dropped when short of room.
        let figure = context.outputTotalBytes.map { OutputRate.label(totalBytes: $0) + " " }
            ?? context.outputBytesPerSecond.map { OutputRate.label(bytesPerSecond: $0) + " " }
        if let figure {
            let figureWidth = DisplayWidth.of(figure)
            if segments.reduce(0, { $0 + DisplayWidth.of($1.0) }) + 1 + figureWidth <= room {
                room -= figureWidth
                buffer.write(figure, x: area.x + room, y: area.y, style: theme.statusBar)
            }
        }
        var x = area.x
        for (text, style) in segments where x < area.x + room {
            let fitted = TextFitting.truncate(text, to: area.x + room - x, ellipsis: glyphs.ellipsis)
            x += buffer.write(fitted, x: x, y: area.y, style: style, maxWidth: area.x + room - x)
        }
        if area.width >= hintsWidth + 10 {
            buffer.write(hints, x: area.maxX - hintsWidth, y: area.y, style: theme.keyHint)
        }
    }

    /// The open prompt: its leader, the text (its end kept in view) and a cursor, then how to leave it.
    private func renderPrompt(_ prompt: Prompt, into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let hints = prompt.purpose == .command ? " Enter run  Esc cancel " : " Enter keep  Esc clear "
        let hintsWidth = area.width >= DisplayWidth.of(hints) + 20 ? DisplayWidth.of(hints) : 0
        let room = max(1, area.width - hintsWidth - 3 - DisplayWidth.of(prompt.leader))
        var text = prompt.text
        if DisplayWidth.of(text) > room {
            text = String(
                TextFitting.dropLeading(
                    text, columns: DisplayWidth.of(text) - room + 1, ellipsis: context.glyphs.ellipsis))
        }
        var x = area.x
        x += buffer.write(" " + prompt.leader + text, x: x, y: area.y, style: theme.statusBar.adding(.bold))
        buffer.write(" ", x: x, y: area.y, style: theme.text)
        if hintsWidth > 0 {
            buffer.write(hints, x: area.maxX - hintsWidth, y: area.y, style: theme.keyHint)
        }
    }

    /// `⚠ no answer for 4s`: how long the oldest unanswered request has waited (short, so the job counts still fit
    /// at 80 columns; the failure that may follow names the problem).
    static func noAnswer(_ pending: PendingRequest, now: Date, glyphs: Glyphs) -> String {
        "\(glyphs.warning) no answer for \(DurationFormatting.age(pending.waited(now: now)))"
    }

    /// Job counts by status in lifecycle order (`●2 ◌1 ✓3`).
    static func counts(_ jobs: [JobSummary], glyphs: Glyphs) -> String {
        var counts: [JobStatus: Int] = [:]
        for job in jobs { counts[job.status, default: 0] += 1 }
        let order: [JobStatus] = [.running, .reclaimed, .queued, .succeeded, .partial, .failed, .cancelled]
        var parts = order.compactMap { status in counts[status].map { "\(glyphs.mark(for: status))\($0)" } }
        let others = counts.filter { if case .other = $0.key { true } else { false } }.values.reduce(0, +)
        if others > 0 { parts.append("\(glyphs.statusOther)\(others)") }
        return parts.joined(separator: " ")
    }
}
