import Foundation
import RuntopCore

/// A line chart of series over steps: a legend line, y-axis labels, the plot, and x-axis step labels.
///
/// Cost is O(width): every dot column asks each series for a summary of its step bucket, never for points.
///
/// In block mode the topmost line (the bright smoothed one, or the raw one when unsmoothed) is the chart's
/// area: each column filled in eighth blocks up to its bucket's maximum, so a spike in any column stays
/// visible. The other lines (the faint raw line, val_loss) are drawn as their marks, as in ASCII mode but
/// placed with 8 levels per cell; where a mark and the area share a cell the area wins.
public struct LineChart: Sendable {
    /// The lines, drawn in order (later ones on top).
    public var lines: [ChartLine]
    /// Braille, block or ASCII.
    public var mode: ChartMode
    /// How many of the latest steps are shown.
    public var stepWindow: ChartStepWindow = .all
    /// True for a logarithmic y axis (ignored when a value is not positive).
    public var isLogarithmic = false
    /// The step under the crosshair, nil for none: the legend then shows every value at that step.
    public var cursorStep: Int?
    /// Checkpoints, evals and reclaims to mark on the step axis.
    public var markers: [ChartMarker] = []
    /// True to clip a spike in at most 1% of the columns when it would flatten the rest of the plot.
    public var clipsOutliers = true

    /// The share of columns (at least one) a spike may span and still be clipped.
    static let outlierFraction = 0.01

    /// Creates a chart of `lines` (drawn in order, later lines on top).
    public init(lines: [ChartLine], mode: ChartMode) {
        self.lines = lines
        self.mode = mode
    }

    /// The steps shown: what every line together covers, narrowed to the step window; nil when there is no data.
    public var stepRange: ClosedRange<Int>? {
        let firsts = lines.compactMap(\.series.firstStep)
        let lasts = lines.compactMap(\.series.lastStep)
        guard let first = firsts.min(), let last = lasts.max() else { return nil }
        return stepWindow.apply(to: first...last)
    }

    /// The y range over `steps` from `columns` bucket summaries per line (O(columns)): the robust range
    /// when a spike in at most 1% of the columns at either end would more than double the span of the rest,
    /// with flags saying which ends were clipped. Logarithmic when asked and every value is positive.
    func robustValueRange(steps: ClosedRange<Int>, columns: Int) -> (
        range: ValueRange, clippedAbove: Bool, clippedBelow: Bool
    )? {
        var maxima: [Double] = []
        var minima: [Double] = []
        for line in lines {
            for column in 0..<max(1, columns) {
                guard let bucket = Self.bucket(column, of: max(1, columns), steps: steps) else { continue }
                let summary = line.series.summary(steps: bucket, smoothed: line.smoothed)
                guard !summary.isEmpty else { continue }
                maxima.append(summary.maximum)
                minima.append(summary.minimum)
            }
        }
        guard let fullMaximum = maxima.max(), let fullMinimum = minima.min() else { return nil }
        let logarithmic = isLogarithmic && fullMinimum > 0
        let transform: (Double) -> Double = logarithmic ? { log10($0) } : { $0 }
        var upper = fullMaximum
        var lower = fullMinimum
        var clippedAbove = false
        var clippedBelow = false
        if clipsOutliers, maxima.count >= 20 {
            let dropped = max(1, Int(Double(maxima.count) * Self.outlierFraction))
            let robustUpper = maxima.sorted(by: >)[dropped]
            let robustLower = minima.sorted()[dropped]
            let robustSpan = transform(robustUpper) - transform(robustLower)
            if robustSpan > 0 {
                if transform(fullMaximum) - transform(robustUpper) > robustSpan {
                    upper = robustUpper
                    clippedAbove = true
                }
                if transform(robustLower) - transform(fullMinimum) > robustSpan {
                    lower = robustLower
                    clippedBelow = true
                }
            }
        }
        let range =
            logarithmic
            ? ValueRange(logarithmicMinimum: lower, maximum: upper) : ValueRange(minimum: lower, maximum: upper)
        return (range, clippedAbove, clippedBelow)
    }

    /// The dot column of `columns` whose bucket holds `step`, nil outside `steps`.
    static func column(of step: Int, columns: Int, steps: ClosedRange<Int>) -> Int? {
        guard steps.contains(step), columns > 0 else { return nil }
        let total = steps.upperBound - steps.lowerBound + 1
        let column = Int((Double(step - steps.lowerBound) * Double(columns) / Double(total)).rounded(.down))
        // Rounding in `bucket` can put the step one column further: take the column whose bucket holds it.
        for candidate in [column, column + 1, column - 1] where candidate >= 0 && candidate < columns {
            if let bucket = bucket(candidate, of: columns, steps: steps), bucket.contains(step) { return candidate }
        }
        return min(columns - 1, column)
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
        let dotsPerCell = mode == .braille ? 2 : 1
        guard let steps = stepRange,
            let (range, clippedAbove, clippedBelow) = robustValueRange(
                steps: steps, columns: max(1, area.width - 5) * dotsPerCell)
        else {
            let message = "waiting for data"
            let y = area.y + area.height / 2
            buffer.write(
                message, x: area.x + max(0, (area.width - message.count) / 2), y: max(area.y + 1, y),
                style: theme.mutedText, maxWidth: area.width)
            return
        }
        let plotRows = area.height - 2
        guard plotRows >= 1 else { return }
        var labels = Self.yLabels(range: range, rows: plotRows)
        for index in labels.indices {
            if clippedAbove, labels[index].row == 0 { labels[index].text = glyphs.clippedAbove + labels[index].text }
            if clippedBelow, labels[index].row == plotRows - 1, plotRows > 1 {
                labels[index].text = glyphs.clippedBelow + labels[index].text
            }
        }
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
        for (index, line) in lines.enumerated() {
            if mode == .block, index == lines.count - 1 {
                fillArea(line, on: &canvas, steps: steps, range: range)
            } else {
                plot(line, on: &canvas, steps: steps, range: range)
            }
        }
        canvas.render(into: &buffer, x: plotX, y: area.y + 1)
        if let cursorStep, let column = Self.column(of: cursorStep, columns: canvas.dotColumns, steps: steps) {
            renderCrosshair(
                into: &buffer, x: plotX + column / dotsPerCell, y: area.y + 1, rows: plotRows, theme: theme,
                glyphs: glyphs)
        }
        // X axis labels, then markers where the labels leave room
        renderStepLabels(into: &buffer, y: area.maxY - 1, x: plotX, width: plotWidth, steps: steps, theme: theme)
        for marker in markers {
            guard let column = Self.column(of: marker.step, columns: canvas.dotColumns, steps: steps) else {
                continue
            }
            let x = plotX + column / dotsPerCell
            guard buffer[x, area.maxY - 1].symbol == " " else { continue }
            buffer.write(
                marker.glyph(glyphs), x: x, y: area.maxY - 1, style: theme.chartAxis.adding(.bold), maxWidth: 1)
        }
    }

    /// A vertical line in the crosshair's column: drawn in empty cells, reversing plotted ones.
    private func renderCrosshair(
        into buffer: inout CellBuffer, x: Int, y: Int, rows: Int, theme: Theme, glyphs: Glyphs
    ) {
        for row in y..<(y + rows) {
            if buffer[x, row].symbol == " " {
                buffer.write(glyphs.crosshair, x: x, y: row, style: theme.chartAxis, maxWidth: 1)
            } else {
                buffer.setStyle(buffer[x, row].style.adding(.reverse), in: Rect(x: x, y: row, width: 1, height: 1))
            }
        }
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

    /// Block mode's area: per column, eighth blocks from the bottom up to the bucket's maximum; an empty
    /// bucket (no finite value: a NaN gap, a sparse series) leaves its column empty.
    func fillArea(_ line: ChartLine, on canvas: inout ChartCanvas, steps: ClosedRange<Int>, range: ValueRange) {
        let columns = canvas.dotColumns
        for column in 0..<columns {
            guard let bucket = Self.bucket(column, of: columns, steps: steps) else { continue }
            let summary = line.series.summary(steps: bucket, smoothed: line.smoothed)
            guard !summary.isEmpty else { continue }
            canvas.fill(x: column, upToRow: range.row(of: summary.maximum, rows: canvas.dotRows), style: line.style)
        }
    }

    /// Labels at the top, bottom and (when tall enough) middle rows, with just enough digits to tell them apart.
    static func yLabels(range: ValueRange, rows: Int) -> [(row: Int, text: String)] {
        var values = [(0, range.upper)]
        if rows >= 2 { values.append((rows - 1, range.lower)) }
        if rows >= 5 {
            let middle = (rows - 1) / 2
            values.append((middle, range.value(atFraction: Double(middle) / Double(rows - 1))))
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
        let entries = lines.enumerated().reversed().filter { $0.element.legend != nil }.map { index, line in
            (line: line, isArea: index == lines.count - 1, text: legendText(line), detail: legendDetail(line))
        }
        var x = area.x
        if let cursorStep {
            x += buffer.write("@\(cursorStep) ", x: x, y: area.y, style: theme.text.adding(.bold), maxWidth: area.width)
        }
        let fullWidth = entries.reduce(x - area.x) { $0 + 4 + DisplayWidth.of($1.text + ($1.detail ?? "")) }
        let withDetails = fullWidth <= area.width
        for entry in entries {
            guard x < area.maxX else { continue }
            let marker: String
            switch mode {
            case _ where glyphs.isASCII, .ascii: marker = entry.line.mark
            case .block: marker = entry.isArea ? ChartCanvas.eighthBlocks[7] : entry.line.mark
            case .braille: marker = "━"
            }
            let text = withDetails ? entry.text + (entry.detail ?? "") : entry.text
            x += buffer.write(marker + " ", x: x, y: area.y, style: entry.line.style, maxWidth: area.maxX - x)
            x += buffer.write(text + "  ", x: x, y: area.y, style: theme.text, maxWidth: area.maxX - x)
        }
    }

    /// A line's legend: its latest value, or its value at the crosshair (the last one at or before the step).
    private func legendText(_ line: ChartLine) -> String {
        guard let cursorStep else { return line.legend ?? "" }
        let value = Self.lastIndex(atOrBefore: cursorStep, in: line.series).map { line.series.values[$0] }
        return "\(line.name) " + (value.map(NumberFormatting.legend) ?? "-")
    }

    /// A line's legend detail: the smoothed value, at the crosshair when there is one.
    private func legendDetail(_ line: ChartLine) -> String? {
        guard let cursorStep, line.legendDetail != nil else { return line.legendDetail }
        guard let index = Self.lastIndex(atOrBefore: cursorStep, in: line.series) else { return nil }
        return " sm \(NumberFormatting.legend(Double(line.series.smoothed[index])))"
    }

    /// The index of the last sample at or before `step`, nil when the series starts after it.
    static func lastIndex(atOrBefore step: Int, in series: MetricSeries) -> Int? {
        let index = series.insertionIndex(of: step == .max ? step : step + 1) - 1
        return index >= 0 && index < series.count ? index : nil
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
