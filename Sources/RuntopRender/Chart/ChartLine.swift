import RuntopCore

/// One line of a chart: a series, raw or smoothed, and how it looks.
public struct ChartLine: Sendable {
    /// The series name, for the legend.
    public var name: String
    /// The data.
    public var series: MetricSeries
    /// True to draw the smoothed column.
    public var smoothed: Bool
    /// The colour and attributes of the line.
    public var style: CellStyle
    /// What ASCII mode draws for this line.
    public var mark: String
    /// The legend entry, or nil for a line the legend does not mention (the faint raw line).
    public var legend: String?
    /// Extra legend words dropped first when the legend is too wide (` sm 0.70`).
    public var legendDetail: String?

    /// Creates a line.
    public init(
        name: String, series: MetricSeries, smoothed: Bool, style: CellStyle, mark: String, legend: String?,
        legendDetail: String? = nil
    ) {
        self.legendDetail = legendDetail
        self.name = name
        self.series = series
        self.smoothed = smoothed
        self.style = style
        self.mark = mark
        self.legend = legend
    }
}
