import RuntopCore

/// The styles every pane draws with, by semantic role; a plain struct so a theme file can fill it.
public struct Theme: Sendable, Equatable {
    /// Ordinary text.
    public var text: CellStyle
    /// Secondary text: column headers, units, hints, ages.
    public var mutedText: CellStyle
    /// The first screen line.
    public var header: CellStyle
    /// A pane's title in its border.
    public var title: CellStyle
    /// The focused pane's title.
    public var focusedTitle: CellStyle
    /// A pane's border.
    public var border: CellStyle
    /// The focused pane's border.
    public var focusedBorder: CellStyle
    /// The selected row of a list.
    public var selection: CellStyle
    /// The last screen line.
    public var statusBar: CellStyle
    /// Key names in the status bar and the help overlay.
    public var keyHint: CellStyle
    /// Something that needs attention (stale data, paused follow).
    public var warning: CellStyle
    /// Something that went wrong.
    public var error: CellStyle
    /// Job status colours.
    public var status: StatusStyles
    /// Chart series colours, in the order series are assigned them.
    public var chartSeries: [CellStyle]
    /// Axis labels and tick text of charts.
    public var chartAxis: CellStyle
    /// Log line styles by stream and level.
    public var log: LogStyles
    /// The filled part of a progress bar.
    public var progressFilled: CellStyle
    /// The empty part of a progress bar.
    public var progressEmpty: CellStyle

    /// Creates a theme from every role.
    public init(
        text: CellStyle, mutedText: CellStyle, header: CellStyle, title: CellStyle, focusedTitle: CellStyle,
        border: CellStyle, focusedBorder: CellStyle, selection: CellStyle, statusBar: CellStyle,
        keyHint: CellStyle, warning: CellStyle, error: CellStyle, status: StatusStyles,
        chartSeries: [CellStyle], chartAxis: CellStyle, log: LogStyles, progressFilled: CellStyle,
        progressEmpty: CellStyle
    ) {
        self.text = text
        self.mutedText = mutedText
        self.header = header
        self.title = title
        self.focusedTitle = focusedTitle
        self.border = border
        self.focusedBorder = focusedBorder
        self.selection = selection
        self.statusBar = statusBar
        self.keyHint = keyHint
        self.warning = warning
        self.error = error
        self.status = status
        self.chartSeries = chartSeries
        self.chartAxis = chartAxis
        self.log = log
        self.progressFilled = progressFilled
        self.progressEmpty = progressEmpty
    }

    /// The style of the chart series at `index` in the palette (wrapping around).
    public func chartStyle(at index: Int) -> CellStyle {
        guard !chartSeries.isEmpty else { return text }
        return chartSeries[((index % chartSeries.count) + chartSeries.count) % chartSeries.count]
    }

    /// The style of a job status.
    public func style(for jobStatus: JobStatus) -> CellStyle { status.style(for: jobStatus) }
}
