import RuntopCore

/// Pane 3: the selected job's metrics as braille (or block, or ASCII) line charts: loss with val_loss overlaid, the
/// learning rate beside it, and the other series in a grid when there is room.
public struct ChartPane: Sendable {
    /// The smallest useful chart: legend, a few plot rows and the step labels.
    static let minimumChartWidth = 30
    static let minimumChartHeight = 7
    /// Series shown raw only (a schedule or a gauge has nothing to smooth).
    static let unsmoothedSeries: Set<String> = [SeriesName.learningRate, SeriesName.vram]

    /// Creates the pane.
    public init() {}

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let weight = context.store.smoothingWeight
        let mode: ChartMode = context.glyphs.isASCII ? .ascii : context.view.chartMode
        var subtitle = "smoothing \(NumberFormatting.fixed(weight, decimals: 2))"
        let separator = " \(context.glyphs.separator) "
        if mode == .ascii { subtitle += separator + "ascii" }
        if mode == .block { subtitle += separator + "blocks" }
        if context.view.chartLogScale { subtitle += separator + "log y" }
        if let window = context.view.chartStepWindow.label { subtitle += separator + window }
        let inner = context.frame(for: .charts, subtitle: subtitle)
            .render(into: &buffer, area: area, theme: context.theme, glyphs: context.glyphs)
        guard !inner.isEmpty else { return }
        guard context.selectedJob != nil else {
            writeCentred("no job selected", in: inner, buffer: &buffer, style: context.theme.mutedText)
            return
        }
        let charts = Self.charts(for: context.selectedDetail, smoothingWeight: weight, mode: mode, context: context)
        guard !charts.isEmpty else {
            writeCentred("waiting for data", in: inner, buffer: &buffer, style: context.theme.mutedText)
            return
        }
        let markers = ChartMarker.markers(from: context.selectedDetail?.events ?? [])
        let paging = ChartPaging(chartCount: charts.count, capacity: Self.capacity(in: inner), page: context.view.chartPage)
        if paging.pageCount > 1 {
            let label = " \(paging.page + 1)/\(paging.pageCount) ] "
            let x = area.maxX - 1 - DisplayWidth.of(label)
            if x > area.x + 2 {
                buffer.write(label, x: x, y: area.y, style: context.theme.mutedText, maxWidth: area.maxX - 1 - x)
            }
        }
        let shown = Array(charts[paging.range])
        for (chart, rect) in zip(shown, Self.grid(count: shown.count, in: inner)) {
            var chart = chart
            chart.stepWindow = context.view.chartStepWindow
            chart.isLogarithmic = context.view.chartLogScale
            chart.cursorStep = context.view.chartCursorStep
            chart.markers = markers
            chart.render(into: &buffer, area: rect, theme: context.theme, glyphs: context.glyphs)
        }
    }

    /// The steps a job's charts cover, narrowed to `window`; nil without data.
    static func stepRange(of detail: JobDetail, window: ChartStepWindow) -> ClosedRange<Int>? {
        let firsts = detail.metrics.values.compactMap(\.firstStep)
        let lasts = detail.metrics.values.compactMap(\.lastStep)
        guard let first = firsts.min(), let last = lasts.max() else { return nil }
        return window.apply(to: first...last)
    }

    /// The charts of a job in display order: loss (+ val_loss), then every other series.
    static func charts(for detail: JobDetail?, smoothingWeight: Double, mode: ChartMode, context: PaneContext)
        -> [LineChart]
    {
        guard let detail else { return [] }
        let theme = context.theme
        let glyphs = context.glyphs
        var charts: [LineChart] = []
        var names = detail.seriesNames
        let validation = detail.metrics[SeriesName.validationLoss].flatMap { $0.isEmpty ? nil : $0 }
        if validation != nil, !names.contains(SeriesName.loss) { names.insert(SeriesName.loss, at: 0) }
        for (index, name) in names.enumerated() {
            let series = detail.metrics[name] ?? MetricSeries(smoothingWeight: smoothingWeight)
            let style = theme.chartStyle(at: name == SeriesName.loss ? 0 : index + 1)
            var lines = seriesLines(
                name: name, series: series, style: style, smoothingWeight: smoothingWeight, glyphs: glyphs)
            if name == SeriesName.loss, let validation {
                let validationLine = ChartLine(
                    name: SeriesName.validationLoss, series: validation, smoothed: false,
                    style: theme.chartStyle(at: 1),
                    mark: glyphs.chartOverlayMark,
                    legend: legend(SeriesName.validationLoss, validation.lastFiniteValue))
                // Under the bright smoothed loss line, over the faint raw one.
                lines.insert(validationLine, at: max(0, lines.count - 1))
            }
            charts.append(LineChart(lines: lines, mode: mode))
        }
        return charts
    }

    /// A series as lines: faint raw under bright smoothed, or raw alone when smoothing is off or pointless.
    static func seriesLines(
        name: String, series: MetricSeries, style: CellStyle, smoothingWeight: Double, glyphs: Glyphs
    )
        -> [ChartLine]
    {
        guard smoothingWeight > 0, !unsmoothedSeries.contains(name) else {
            return [
                ChartLine(
                    name: name, series: series, smoothed: false, style: style, mark: glyphs.chartMark,
                    legend: legend(name, series.lastFiniteValue))
            ]
        }
        var detail: String?
        if let smoothedLast = series.smoothed.last.map(Double.init), smoothedLast.isFinite {
            detail = " sm \(NumberFormatting.legend(smoothedLast))"
        }
        return [
            ChartLine(
                name: name, series: series, smoothed: false, style: style.adding(.dim), mark: glyphs.chartFaintMark,
                legend: nil),
            ChartLine(
                name: name, series: series, smoothed: true, style: style.adding(.bold), mark: glyphs.chartMark,
                legend: legend(name, series.lastFiniteValue), legendDetail: detail),
        ]
    }

    /// `name value` for the legend.
    static func legend(_ name: String, _ value: Double?) -> String {
        value.map { "\(name) \(NumberFormatting.legend($0))" } ?? name
    }

    /// How many charts fit in `area` at once: at least one.
    static func capacity(in area: Rect) -> Int {
        max(1, (area.width + 1) / (minimumChartWidth + 1)) * max(1, area.height / minimumChartHeight)
    }

    /// The inside of the chart pane's frame in `area`.
    static func innerArea(of area: Rect) -> Rect {
        Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 2))
    }

    /// How many charts a job's series make: loss (with val_loss overlaid) and one per other series.
    static func chartCount(for detail: JobDetail?) -> Int {
        guard let detail else { return 0 }
        let hasValidation = detail.metrics[SeriesName.validationLoss].map { !$0.isEmpty } ?? false
        let needsLossChart = hasValidation && !detail.seriesNames.contains(SeriesName.loss)
        return detail.seriesNames.count + (needsLossChart ? 1 : 0)
    }

    /// Cells for `count` charts in `area`: as many columns and rows as fit, at least one chart.
    static func grid(count: Int, in area: Rect) -> [Rect] {
        let maxColumns = max(1, (area.width + 1) / (minimumChartWidth + 1))
        let maxRows = max(1, area.height / minimumChartHeight)
        let shown = min(count, maxColumns * maxRows)
        let columns = min(maxColumns, shown)
        let rows = (shown + columns - 1) / columns
        var rects: [Rect] = []
        for index in 0..<shown {
            let row = index / columns
            let column = index % columns
            let x0 = area.x + column * (area.width + 1) / columns
            let x1 = area.x + (column + 1) * (area.width + 1) / columns - 1
            let y0 = area.y + row * area.height / rows
            let y1 = area.y + (row + 1) * area.height / rows
            rects.append(Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0))
        }
        return rects
    }

    private func writeCentred(_ text: String, in area: Rect, buffer: inout CellBuffer, style: CellStyle) {
        buffer.write(
            text, x: area.x + max(0, (area.width - DisplayWidth.of(text)) / 2), y: area.y + area.height / 2,
            style: style, maxWidth: area.width)
    }
}
