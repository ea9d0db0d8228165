import RuntopCore

/// The symbols panes draw with: a Unicode set and a plain-ASCII set for limited terminals.
public struct Glyphs: Sendable, Equatable {
    /// True for the ASCII set; charts then draw with marks instead of braille.
    public var isASCII: Bool
    /// Top-left box corner.
    public var boxTopLeft: String
    /// Top-right box corner.
    public var boxTopRight: String
    /// Bottom-left box corner.
    public var boxBottomLeft: String
    /// Bottom-right box corner.
    public var boxBottomRight: String
    /// Horizontal box edge.
    public var boxHorizontal: String
    /// Vertical box edge.
    public var boxVertical: String
    /// Mark of a queued job.
    public var statusQueued: String
    /// Mark of a running job.
    public var statusRunning: String
    /// Mark of a reclaimed job.
    public var statusReclaimed: String
    /// Mark of a succeeded job.
    public var statusSucceeded: String
    /// Mark of a failed job.
    public var statusFailed: String
    /// Mark of a cancelled job.
    public var statusCancelled: String
    /// Mark of a partially finished job.
    public var statusPartial: String
    /// Mark of an unknown state.
    public var statusOther: String
    /// Sparkline levels, lowest first.
    public var sparkline: [String]
    /// A full progress-bar cell.
    public var progressFull: String
    /// Partial progress-bar cells (1/8 … 7/8), empty for the ASCII set.
    public var progressPartials: [String]
    /// An empty progress-bar cell.
    public var progressEmpty: String
    /// Marks where text was cut.
    public var ellipsis: String
    /// The dots around a gap marker (`···`).
    public var gapDots: String
    /// An arrow from a before value to an after value.
    public var arrow: String
    /// The difference sign.
    public var delta: String
    /// The warning sign in the status bar.
    public var warning: String
    /// The separator between status-bar items.
    public var separator: String
    /// The timeline lane's fill.
    public var laneFill: String
    /// ASCII chart mark of the bright (smoothed) line.
    public var chartMark: String
    /// ASCII chart mark of the faint raw line.
    public var chartFaintMark: String
    /// ASCII chart mark of an overlaid series.
    public var chartOverlayMark: String
    /// Before the top y label when a spike above it was clipped.
    public var clippedAbove: String
    /// Before the bottom y label when a dip below it was clipped.
    public var clippedBelow: String
    /// The chart crosshair's column.
    public var crosshair: String
    /// A checkpoint on a chart's step axis.
    public var checkpointMarker: String
    /// An evaluation on a chart's step axis.
    public var evalMarker: String
    /// A reclaim (resume) on a chart's step axis.
    public var reclaimMarker: String
    /// The mark of a job marked for notifications.
    public var markedJob: String

    /// The status mark of `status`.
    public func mark(for status: JobStatus) -> String {
        switch status {
        case .queued: statusQueued
        case .running: statusRunning
        case .reclaimed: statusReclaimed
        case .succeeded: statusSucceeded
        case .failed: statusFailed
        case .cancelled: statusCancelled
        case .partial: statusPartial
        case .other: statusOther
        }
    }

    /// Box drawing, braille charts and symbol marks.
    public static let unicode = Glyphs(
        isASCII: false,
        boxTopLeft: "┌", boxTopRight: "┐", boxBottomLeft: "└", boxBottomRight: "┘", boxHorizontal: "─",
        boxVertical: "│",
        statusQueued: "◌", statusRunning: "●", statusReclaimed: "↻", statusSucceeded: "✓", statusFailed: "✗",
        statusCancelled: "⊘", statusPartial: "◐", statusOther: "?",
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        progressFull: "█", progressPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], progressEmpty: "░",
        ellipsis: "…", gapDots: "···", arrow: "→", delta: "Δ", warning: "⚠", separator: "·", laneFill: "━",
        chartMark: "*", chartFaintMark: ".", chartOverlayMark: "+",
        clippedAbove: "↑", clippedBelow: "↓", crosshair: "│", checkpointMarker: "◆", evalMarker: "◇",
        reclaimMarker: "↻", markedJob: "✱"
    )

    /// Only printable ASCII: `+-|` boxes, `*`/`.` charts, letter status marks.
    public static let ascii = Glyphs(
        isASCII: true,
        boxTopLeft: "+", boxTopRight: "+", boxBottomLeft: "+", boxBottomRight: "+", boxHorizontal: "-",
        boxVertical: "|",
        statusQueued: "-", statusRunning: ">", statusReclaimed: "~", statusSucceeded: "+", statusFailed: "x",
        statusCancelled: "/", statusPartial: "%", statusOther: "?",
        sparkline: ["_", ".", "-", "~", "=", "+", "*", "#"],
        progressFull: "#", progressPartials: [], progressEmpty: ".",
        ellipsis: "~", gapDots: "...", arrow: "->", delta: "d", warning: "!", separator: "|", laneFill: "=",
        chartMark: "*", chartFaintMark: ".", chartOverlayMark: "+",
        clippedAbove: "^", clippedBelow: "v", crosshair: "|", checkpointMarker: "c", evalMarker: "e",
        reclaimMarker: "~", markedJob: "*"
    )

    /// The Unicode set, or the ASCII set when `ascii` is true.
    public static func select(ascii: Bool) -> Glyphs { ascii ? .ascii : .unicode }
}
