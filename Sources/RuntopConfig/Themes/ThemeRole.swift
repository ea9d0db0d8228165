import RuntopRender

/// A single-style semantic role of a theme, named by its dotted key in theme files (the schema of `themes/`).
///
/// The chart series palette is the one role that is a list; it is `chart.series`, handled by `ThemeDefinition`.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable {
    case text
    case mutedText = "muted"
    case header
    case title
    case focusedTitle = "focused_title"
    case border
    case focusedBorder = "focused_border"
    case selection
    case statusBar = "status_bar"
    case keyHint = "key_hint"
    case warning
    case error
    case statusQueued = "status.queued"
    case statusRunning = "status.running"
    case statusReclaimed = "status.reclaimed"
    case statusSucceeded = "status.succeeded"
    case statusFailed = "status.failed"
    case statusCancelled = "status.cancelled"
    case statusPartial = "status.partial"
    case statusOther = "status.other"
    case chartAxis = "chart.axis"
    case logStandardOutput = "log.stdout"
    case logStandardError = "log.stderr"
    case logDebug = "log.debug"
    case logWarning = "log.warning"
    case logError = "log.error"
    case logTimestamp = "log.timestamp"
    case logGap = "log.gap"
    case progressFilled = "progress.filled"
    case progressEmpty = "progress.empty"

    /// The dotted key of the chart series palette.
    public static let chartSeriesKey = "chart.series"

    /// The dotted key in theme files.
    public var key: String { rawValue }

    /// Where the role lives in a `Theme`.
    public var keyPath: WritableKeyPath<Theme, CellStyle> {
        switch self {
        case .text: \.text
        case .mutedText: \.mutedText
        case .header: \.header
        case .title: \.title
        case .focusedTitle: \.focusedTitle
        case .border: \.border
        case .focusedBorder: \.focusedBorder
        case .selection: \.selection
        case .statusBar: \.statusBar
        case .keyHint: \.keyHint
        case .warning: \.warning
        case .error: \.error
        case .statusQueued: \.status.queued
        case .statusRunning: \.status.running
        case .statusReclaimed: \.status.reclaimed
        case .statusSucceeded: \.status.succeeded
        case .statusFailed: \.status.failed
        case .statusCancelled: \.status.cancelled
        case .statusPartial: \.status.partial
        case .statusOther: \.status.other
        case .chartAxis: \.chartAxis
        case .logStandardOutput: \.log.standardOutput
        case .logStandardError: \.log.standardError
        case .logDebug: \.log.debug
        case .logWarning: \.log.warning
        case .logError: \.log.error
        case .logTimestamp: \.log.timestamp
        case .logGap: \.log.gap
        case .progressFilled: \.progressFilled
        case .progressEmpty: \.progressEmpty
        }
    }
}
