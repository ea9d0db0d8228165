import RuntopCore

/// Pane 6: the selected job's headline result (perplexity, parameters, preservation, GPU time, tokens, cost)
/// and its scalar summaries as a grid; progress while it is unfinished.
public struct ResultPane: Sendable {
    /// Creates the pane.
    public init() {}

    /// One line of the card: a label, its value, and a shorter value for narrow cards.
    struct Item: Equatable {
        var label: String
        var value: String
        var shortValue: String?
    }

    /// The lines of a result card, most telling first.
    static func items(_ result: JobResult, glyphs: Glyphs) -> [Item] {
        var items: [Item] = []
        if let before = result.perplexityBaseline, let after = result.perplexityFinal {
            var text =
                "\(NumberFormatting.compact(before, significantDigits: 4)) \(glyphs.arrow) "
                + NumberFormatting.compact(after, significantDigits: 4)
            let short = text
            if let delta = result.perplexityDeltaPercent ?? (before != 0 ? (after - before) / before * 100 : nil) {
                text += " (\(NumberFormatting.signedPercent(delta)))"
            }
            items.append(Item(label: "perplexity", value: text, shortValue: short))
        } else if let after = result.perplexityFinal {
            items.append(Item(label: "perplexity", value: NumberFormatting.compact(after, significantDigits: 4)))
        }
        if let before = result.parametersBefore, let after = result.parametersAfter {
            let short = "\(NumberFormatting.humanCount(before)) \(glyphs.arrow) \(NumberFormatting.humanCount(after))"
            let delta = result.parametersDelta ?? (after - before)
            let text = short + " (\(glyphs.delta) \(NumberFormatting.signedHumanCount(delta)))"
            items.append(Item(label: "params", value: text, shortValue: short))
        } else if let delta = result.parametersDelta {
            items.append(Item(label: "params \(glyphs.delta)", value: NumberFormatting.signedHumanCount(delta)))
        }
        if let preservation = result.functionPreservation {
            items.append(
                Item(label: "fn preserved", value: NumberFormatting.compact(preservation, significantDigits: 3)))
        }
        if let seconds = result.gpuSeconds {
            items.append(Item(label: "GPU time", value: DurationFormatting.clock(seconds)))
        }
        if let tokens = result.tokensProcessed {
            items.append(Item(label: "tokens", value: NumberFormatting.humanCount(tokens)))
        }
        if let cost = result.costUSD { items.append(Item(label: "cost", value: NumberFormatting.dollars(cost))) }
        if let loss = result.lossFinal {
            items.append(Item(label: "final loss", value: NumberFormatting.compact(loss, significantDigits: 4)))
        }
        return items
    }

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        let job = context.selectedJob
        let inner = context.frame(for: .result, subtitle: job.map { $0.status.description })
            .render(into: &buffer, area: area, theme: theme, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        guard let job else {
            buffer.write("no job selected", x: inner.x, y: inner.y, style: theme.mutedText, maxWidth: inner.width)
            return
        }
        guard let result = context.selectedDetail?.result else {
            renderProgress(job, into: &buffer, inner: inner, context: context)
            return
        }
        var y = inner.y
        let items = Self.items(result, glyphs: glyphs)
        let labelWidth = items.map { DisplayWidth.of($0.label) }.max() ?? 0
        for item in items where y < inner.maxY {
            buffer.write(
                TextFitting.padded(item.label, to: labelWidth, ellipsis: glyphs.ellipsis), x: inner.x, y: y,
                style: theme.mutedText, maxWidth: inner.width)
            let valueX = inner.x + labelWidth + 1
            let room = inner.maxX - valueX
            let value = DisplayWidth.of(item.value) <= room ? item.value : (item.shortValue ?? item.value)
            buffer.write(
                TextFitting.truncate(value, to: room, ellipsis: glyphs.ellipsis), x: valueX, y: y,
                style: theme.text, maxWidth: room)
            y += 1
        }
        renderScalars(
            result.scalars, into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y),
            context: context)
    }

    /// `name value` cells in as many columns as fit.
    private func renderScalars(_ scalars: [NamedValue], into buffer: inout CellBuffer, area: Rect, context: PaneContext)
    {
        guard !scalars.isEmpty, !area.isEmpty else { return }
        let texts = scalars.map { (name: $0.name, value: NumberFormatting.compact($0.value, significantDigits: 4)) }
        let nameWidth = min(24, texts.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let valueWidth = texts.map(\.value.count).max() ?? 0
        let cellWidth = nameWidth + 1 + valueWidth
        let columns = max(1, (area.width + 2) / (cellWidth + 2))
        for (index, text) in texts.enumerated() {
            let row = index / columns
            guard row < area.height else { break }
            let x = area.x + (index % columns) * (cellWidth + 2)
            let y = area.y + row
            buffer.write(
                TextFitting.padded(text.name, to: nameWidth, ellipsis: context.glyphs.ellipsis), x: x, y: y,
                style: context.theme.mutedText, maxWidth: area.maxX - x)
            buffer.write(
                TextFitting.rightAligned(text.value, to: valueWidth, ellipsis: context.glyphs.ellipsis),
                x: x + nameWidth + 1, y: y, style: context.theme.text, maxWidth: max(0, area.maxX - x - nameWidth - 1))
        }
    }

    /// "no result yet", the step and a progress bar for an unfinished job.
    private func renderProgress(_ job: JobSummary, into buffer: inout CellBuffer, inner: Rect, context: PaneContext) {
        let theme = context.theme
        let message = job.status.isTerminal ? "no result reported" : "no result yet"
        buffer.write(message, x: inner.x, y: inner.y, style: theme.mutedText, maxWidth: inner.width)
        guard inner.height >= 2 else { return }
        let step = job.currentStep ?? context.selectedDetail?.latestStep
        var text: String
        if let step, let total = job.totalSteps {
            text = "step \(step)/\(total)"
            if let progress = job.progress { text += " (\(Int((progress * 100).rounded(.down)))%)" }
        } else if let step {
            text = "step \(step)"
        } else {
            text = job.status.description
        }
        let used = buffer.write(text, x: inner.x, y: inner.y + 1, style: theme.text, maxWidth: inner.width)
        if let progress = job.progress, inner.width - used > 4 {
            ProgressBar(fraction: progress).render(
                into: &buffer, x: inner.x + used + 1, y: inner.y + 1, width: min(20, inner.width - used - 1),
                theme: theme, glyphs: context.glyphs)
        }
        if let error = job.error, inner.height >= 3 {
            buffer.write(
                TextFitting.truncate(error, to: inner.width, ellipsis: context.glyphs.ellipsis), x: inner.x,
                y: inner.y + 2, style: theme.error, maxWidth: inner.width)
        }
    }
}
