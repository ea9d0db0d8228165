import Foundation
import RuntopCore

/// Pane 1: every job with status, name, type, model, progress, last loss, age, ETA and retries; the selected row
/// highlighted and kept in view. Narrow widths drop the least important columns first.
public struct JobListPane: Sendable {
    /// The columns a row can have, in display order.
    public enum Column: CaseIterable, Sendable, Hashable {
        /// The notification mark (only while some job is marked).
        case flag
        /// The status mark (● ✓ ✗ …).
        case mark
        /// The status word.
        case status
        /// The job's name (takes the width left over).
        case name
        /// The job's type (`train`, `contract`, …).
        case type
        /// The model it trains (shown when the list is wide, e.g. zoomed).
        case model
        /// `step/total`, or the latest step.
        case progress
        /// A progress bar, when the total is known.
        case bar
        /// The last finite loss.
        case loss
        /// The loss trend as a sparkline.
        case trend
        /// Time since the job was created.
        case age
        /// Estimated time to finish a running job, at its pace so far.
        case eta
        /// Times the job was reclaimed.
        case retries
    }

    /// Columns added, most important first, while they fit next to a readable name.
    static let priority: [Column] = [.progress, .loss, .age, .status, .type, .retries, .bar, .eta, .trend, .model]
    /// The narrowest the name column gets before other columns are dropped.
    static let minimumNameWidth = 16
    static let barWidth = 8
    static let trendWidth = 10
    static let modelWidth = 18
    /// The trend column only appears when the name keeps at least this many columns.
    static let nameWidthWithTrend = 24

    /// Creates the pane.
    public init() {}

    /// The columns that fit in `width` with their widths (the name takes what is left).
    static func columns(width: Int, progressWidth: Int, showsFlags: Bool = false) -> [(Column, Int)] {
        func fixedWidth(_ column: Column) -> Int {
            switch column {
            case .flag, .mark: 1
            case .status: 9
            case .name: minimumNameWidth
            case .type: 8
            case .progress: progressWidth
            case .bar: barWidth
            case .loss: 6
            case .trend: trendWidth
            case .age: 4
            case .eta: 5
            case .model: modelWidth
            case .retries: 2
            }
        }
        var chosen: Set<Column> = [.mark, .name]
        var used = fixedWidth(.mark) + 1 + minimumNameWidth
        if showsFlags {
            chosen.insert(.flag)
            used += 2
        }
        for column in priority where used + 1 + fixedWidth(column) <= width {
            if column == .trend, used + 1 + trendWidth + nameWidthWithTrend - minimumNameWidth > width { continue }
            chosen.insert(column)
            used += 1 + fixedWidth(column)
        }
        let nameWidth = max(1, minimumNameWidth + width - used)
        return Column.allCases.filter(chosen.contains).map { ($0, $0 == .name ? nameWidth : fixedWidth($0)) }
    }

    /// The progress text of a job: `800/1000`, or the latest step held when the total is unknown.
    static func progressText(_ job: JobSummary, detail: JobDetail?) -> String {
        let step = job.currentStep ?? detail?.latestStep
        if let total = job.totalSteps { return "\(step ?? 0)/\(total)" }
        return step.map(String.init) ?? ""
    }

    /// The width of ``progressText(_:detail:)`` without building it.
    static func progressWidth(_ job: JobSummary, detail: JobDetail?) -> Int {
        func digits(_ value: Int) -> Int {
            var count = value < 0 ? 2 : 1
            var rest = abs(value)
            while rest >= 10 {
                rest /= 10
                count += 1
            }
            return count
        }
        let step = job.currentStep ?? detail?.latestStep
        if let total = job.totalSteps { return digits(step ?? 0) + 1 + digits(total) }
        return step.map(digits) ?? 0
    }

    /// The first row shown so that `selectedIndex` is visible, starting from the view's offset.
    static func scrollOffset(requested: Int, selectedIndex: Int?, rows: Int, count: Int) -> Int {
        var offset = requested
        if let selectedIndex {
            if selectedIndex < offset { offset = selectedIndex }
            if selectedIndex >= offset + rows { offset = selectedIndex - rows + 1 }
        }
        return max(0, min(offset, count - rows))
    }

    /// The title's words: the count (`2/4 jobs` when filtered), the query, and how many jobs are marked.
    static func subtitle(shown: Int, context: PaneContext) -> String? {
        let total = context.store.jobs.count
        guard total > 0 else { return nil }
        let view = context.view
        let separator = context.glyphs.separator
        var parts = [shown == total && !view.jobQuery.isFiltering ? "\(total) jobs" : "\(shown)/\(total) jobs"]
        let query = view.jobQuery.summary(separator: separator)
        if !query.isEmpty { parts.append(query) }
        if !view.markedJobIDs.isEmpty { parts.append("\(view.markedJobIDs.count) marked") }
        return parts.joined(separator: " \(separator) ")
    }

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let store = context.store
        let theme = context.theme
        let glyphs = context.glyphs
        let view = context.view
        let jobs = view.visibleJobs(in: store)
        let inner = context.frame(for: .jobs, subtitle: Self.subtitle(shown: jobs.count, context: context))
            .render(into: &buffer, area: area, theme: theme, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        if jobs.isEmpty {
            let message = store.jobs.isEmpty ? "no jobs yet" : "no job matches the filter"
            buffer.write(message, x: inner.x + 1, y: inner.y, style: theme.mutedText, maxWidth: inner.width - 1)
            return
        }
        // The column fits the widest progress of every job (so it does not jump while scrolling), measured
        // without building a string per job: a frame costs the rows shown, not the length of the list.
        let progressWidth = min(13, max(4, jobs.map { Self.progressWidth($0, detail: store.detail($0.id)) }.max() ?? 0))
        let showsFlags = !view.markedJobIDs.isEmpty
        let columns = Self.columns(width: inner.width, progressWidth: progressWidth, showsFlags: showsFlags)

        // Header
        var x = inner.x
        for (column, width) in columns {
            let label = Self.heading(column, glyphs: glyphs)
            let aligned =
                Self.isRightAligned(column)
                ? TextFitting.rightAligned(label, to: width, ellipsis: glyphs.ellipsis)
                : TextFitting.padded(label, to: width, ellipsis: glyphs.ellipsis)
            buffer.write(aligned, x: x, y: inner.y, style: theme.mutedText.adding(.bold), maxWidth: inner.maxX - x)
            x += width + 1
        }

        let rows = inner.height - 1
        guard rows > 0 else { return }
        let selectedIndex = context.view.selectedJobID.flatMap { id in jobs.firstIndex(where: { $0.id == id }) }
        let offset = Self.scrollOffset(
            requested: context.view.jobListScrollOffset, selectedIndex: selectedIndex, rows: rows, count: jobs.count)
        for row in 0..<rows {
            let index = offset + row
            guard index < jobs.count else { break }
            let job = jobs[index]
            let y = inner.y + 1 + row
            let isSelected = index == selectedIndex
            let highlight: @Sendable (CellStyle) -> CellStyle = { style in isSelected ? theme.selected(style) : style }
            if isSelected {
                buffer.fill(
                    Rect(x: inner.x, y: y, width: inner.width, height: 1),
                    with: Cell(symbol: " ", style: theme.selected(theme.text)))
            }
            var x = inner.x
            for (column, width) in columns {
                if column == .trend {
                    if let loss = store.detail(job.id)?.metrics[SeriesName.loss] {
                        buffer.write(
                            Sparkline(series: loss).text(width: width, glyphs: glyphs), x: x, y: y,
                            style: highlight(theme.chartStyle(at: 0)), maxWidth: min(width, inner.maxX - x))
                    }
                } else if column == .bar {
                    if let progress = job.progress {
                        ProgressBar(fraction: progress).render(
                            into: &buffer, x: x, y: y, width: width, theme: theme, glyphs: glyphs, highlight: highlight)
                    }
                } else {
                    let detail = store.detail(job.id)
                    let (text, style) = cell(
                        column, job: job, detail: detail,
                        progress: column == .progress ? Self.progressText(job, detail: detail) : "", context: context)
                    let aligned =
                        Self.isRightAligned(column)
                        ? TextFitting.rightAligned(text, to: width, ellipsis: glyphs.ellipsis)
                        : TextFitting.truncate(text, to: width, ellipsis: glyphs.ellipsis)
                    buffer.write(aligned, x: x, y: y, style: highlight(style), maxWidth: min(width, inner.maxX - x))
                }
                x += width + 1
            }
        }
    }

    private func cell(_ column: Column, job: JobSummary, detail: JobDetail?, progress: String, context: PaneContext)
        -> (String, CellStyle)
    {
        let theme = context.theme
        switch column {
        case .flag:
            return (context.view.markedJobIDs.contains(job.id) ? context.glyphs.markedJob : "", theme.warning)
        case .mark: return (context.glyphs.mark(for: job.status), theme.style(for: job.status))
        case .status: return (job.status.description, theme.style(for: job.status))
        case .name: return (job.name, theme.text)
        case .type: return (job.kind, theme.mutedText)
        case .model: return (job.model ?? "", theme.mutedText)
        case .eta:
            return (
                job.estimatedSecondsRemaining(now: context.now).map { DurationFormatting.age($0) } ?? "",
                theme.mutedText
            )
        case .progress: return (progress, theme.text)
        case .bar, .trend: return ("", theme.text)
        case .loss:
            let loss = detail?.metrics[SeriesName.loss]?.lastFiniteValue
            return (loss.map { NumberFormatting.compact($0, significantDigits: 3) } ?? "", theme.text)
        case .age:
            let since = job.createdAt ?? job.startedAt
            return (since.map { DurationFormatting.age(context.now.timeIntervalSince($0)) } ?? "", theme.mutedText)
        case .retries:
            return (job.retries > 0 ? "\(job.retries)" : "", job.retries > 0 ? theme.warning : theme.mutedText)
        }
    }

    private static func heading(_ column: Column, glyphs: Glyphs) -> String {
        switch column {
        case .flag, .mark: ""
        case .status: "STATUS"
        case .name: "NAME"
        case .type: "TYPE"
        case .progress: "STEP"
        case .bar: "PROGRESS"
        case .loss: "LOSS"
        case .trend: "TREND"
        case .age: "AGE"
        case .eta: "ETA"
        case .model: "MODEL"
        case .retries: glyphs.statusReclaimed
        }
    }

    private static func isRightAligned(_ column: Column) -> Bool {
        switch column {
        case .progress, .loss, .age, .eta, .retries: true
        default: false
        }
    }
}
