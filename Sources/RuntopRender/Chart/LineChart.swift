import RuntopCore

/// A line chart of series over steps: a legend line, y-axis labels, the plot, and x-axis step labels.
///
/// Cost is O(width): every dot column asks each series for a summary of its step bucket, never for points.
public struct LineChart: Sendable {
    /// The lines, drawn in order (later ones on top).
    public var lines: [ChartLine]
    /// Braille or ASCII.
    public var mode: ChartMode

    /// Creates a chart of `lines` (drawn in order, later lines on top).
    public init(lines: [ChartLine], mode: ChartMode) {
        self.lines = lines
        self.mode = mode
    }

    /// The steps every line together covers, nil when there is no data.
    public var stepRange: ClosedRange<Int>? {
        let firsts = lines.compactMap(\.series.firstStep)
        let lasts = lines.compactMap(\.series.lastStep)
        guard let first = firsts.min(), let last = lasts.max() else { return nil }
        return first...last
    }

    /// The y range of every finite value in `steps`, nil when there is none.
    public func valueRange(steps: ClosedRange<Int>) -> ValueRange? {
        var total = BucketSummary.empty
        for line in lines { total.add(line.series.summary(steps: steps, smoothed: line.smoothed)) }
        guard !total.isEmpty else { return nil }
        return ValueRange(minimum: total.minimum, maximum: total.maximum)
    }

    /// The steps dot column `column` of `columns` covers (nil when the bucket holds no step).
    static func bucket(_ column: Int, of columns: Int, steps: ClosedRange<Int>) -> ClosedRange<Int>? {
        let total = steps.upperBound - steps.lowerBound + 1
        let lower = steps.lowerBound + Int((Double(column) * Double(total) / Double(columns)).rounded(.down))
        let upper = steps.lowerBound + Int((Double(column + 1) * Double(total) / Double(columns)).rounded(.down)) - 1
        return upper >= lower ? lower...min(upper, steps.upperBound) : nil
    }

    /// Draws the chart into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, theme: Theme, glyphs: Glyphs) {
        guard area.width >= 8, area.height >= 2 else { return }
        renderLegend(into: &buffer, area: area, theme: theme, glyphs: glyphs)
        guard let steps = stepRange, let range = valueRange(steps: steps) else {
            let message = "waiting for data"
            let y = area.y + area.height / 2
            buffer.write(
                message, x: area.x + max(0, (area.width - message.count) / 2), y: max(area.y + 1, y),
                style: theme.mutedText, maxWidth: area.width)
            return
        }
        let plotRows = area.height - 2
        guard plotRows >= 1 else { return }
        let labels = Self.yLabels(range: range, rows: plotRows)
        let labelWidth = labels.map { DisplayWidth.of($0.text) }.max() ?? 0
        let plotX = area.x + labelWidth + 1
        let plotWidth = area.maxX - plotX
        guard plotWidth >= 2 else { return }
        // Y axis
        for row in 0..<plotRows {
            let label = labels.first { $0.row == row }
            if let label {
                buffer.write(
                    TextFitting.rightAligned(label.text, to: labelWidth, ellipsis: glyphs.ellipsis), x: area.x,
                    y: area.y + 1 + row, style: theme.chartAxis)
            }
            let axis = glyphs.isASCII ? (label == nil ? "|" : "+") : (label == nil ? "│" : "┤")
            buffer.write(axis, x: plotX - 1, y: area.y + 1 + row, style: theme.chartAxis)
        }
        // Plot
        var canvas = ChartCanvas(width: plotWidth, height: plotRows, mode: mode)
        for line in lines { plot(line, on: &canvas, steps: steps, range: range) }
        canvas.render(into: &buffer, x: plotX, y: area.y + 1)
        // X axis labels
        renderStepLabels(into: &buffer, y: area.maxY - 1, x: plotX, width: plotWidth, steps: steps, theme: theme)
    }

    /// Plots one line: per dot column the bucket's min–max span, joined to the previous column's last value.
    func plot(_ line: ChartLine, on canvas: inout ChartCanvas, steps: ClosedRange<Int>, range: ValueRange) {
        let columns = canvas.dotColumns
        let rows = canvas.dotRows
        var previous: (column: Int, row: Int)?
        for column in 0..<columns {
            guard let bucket = Self.bucket(column, of: columns, steps: steps) else { continue }
            let summary = line.series.summary(steps: bucket, smoothed: line.smoothed)
            guard !summary.isEmpty else { continue }
            let top = range.row(of: summary.maximum, rows: rows)
            let bottom = range.row(of: summary.minimum, rows: rows)
            let last = range.row(of: summary.last, rows: rows)
            if let previous, column - previous.column > 1 {
                // Join across empty columns (sparse series such as val_loss) by interpolating.
                let span = column - previous.column
                var fromRow = previous.row
                for step in 1..<span {
                    let row = previous.row + Int((Double(last - previous.row) * Double(step) / Double(span)).rounded())
                    canvas.plotVertical(
                        x: previous.column + step, from: fromRow, to: row, style: line.style, mark: line.mark)
                    fromRow = row
                }
                canvas.plotVertical(x: column, from: fromRow, to: last, style: line.style, mark: line.mark)
            } else if let previous {
                canvas.plotVertical(x: column, from: previous.row, to: last, style: line.style, mark: line.mark)
            }
            canvas.plotVertical(x: column, from: top, to: bottom, style: line.style, mark: line.mark)
            previous = (column, last)
        }
    }

    /// Labels at the top, bottom and (when tall enough) middle rows, with just enough digits to tell them apart.
    static func yLabels(range: ValueRange, rows: Int) -> [(row: Int, text: String)] {
        var values = [(0, range.upper)]
        if rows >= 2 { values.append((rows - 1, range.lower)) }
        if rows >= 5 {
            let middle = (rows - 1) / 2
            values.append((middle, range.upper - (range.upper - range.lower) * Double(middle) / Double(rows - 1)))
        }
        var digits = 2
        while digits < 6,
            Set(values.map { NumberFormatting.compact($0.1, significantDigits: digits) }).count < values.count
        {
            digits += 1
        }
        return values.map { ($0.0, NumberFormatting.compact($0.1, significantDigits: digits)) }
    }

    private func renderLegend(into buffer: inout CellBuffer, area: Rect, theme: Theme, glyphs: Glyphs) {
        // The topmost line (drawn last) leads the legend; details go first when it is too wide.
        let entries = lines.reversed().filter { $0.legend != nil }
        let fullWidth = entries.reduce(0) { $0 + 4 + DisplayWidth.of(($1.legend ?? "") + ($1.legendDetail ?? "")) }
        let withDetails = fullWidth <= area.width
        var x = area.x
        for line in entries {
            guard let legend = line.legend, x < area.maxX else { continue }
            let marker = mode == .ascii || glyphs.isASCII ? line.mark : "━"
            let text = withDetails ? legend + (line.legendDetail ?? "") : legend
            x += buffer.write(marker + " ", x: x, y: area.y, style: line.style, maxWidth: area.maxX - x)
            x += buffer.write(text + "  ", x: x, y: area.y, style: theme.text, maxWidth: area.maxX - x)
        }
    }

    private func renderStepLabels(
        into buffer: inout CellBuffer, y: Int, x: Int, width: Int, steps: ClosedRange<Int>, theme: Theme
    ) {
        let first = NumberFormatting.tick(Double(steps.lowerBound))
        let last = NumberFormatting.tick(Double(steps.upperBound))
        buffer.write(first, x: x, y: y, style: theme.chartAxis, maxWidth: width)
        let lastX = x + width - last.count
        if lastX > x + first.count + 1 { buffer.write(last, x: lastX, y: y, style: theme.chartAxis) }
        let middleStep = steps.lowerBound + (steps.upperBound - steps.lowerBound) / 2
        let middle = NumberFormatting.tick(Double(middleStep))
        let middleX = x + width / 2 - middle.count / 2
        if width >= 24, middleX > x + first.count + 2, middleX + middle.count < lastX - 2 {
            buffer.write(middle, x: middleX, y: y, style: theme.chartAxis)
        }
    }
}
