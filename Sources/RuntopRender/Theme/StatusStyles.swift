import RuntopCore

/// One style per job lifecycle state.
public struct StatusStyles: Sendable, Equatable {
    /// Waiting to start.
    public var queued: CellStyle
    /// Training.
    public var running: CellStyle
    /// Interrupted, resuming from a checkpoint.
    public var reclaimed: CellStyle
    /// Finished well.
    public var succeeded: CellStyle
    /// Finished badly.
    public var failed: CellStyle
    /// Stopped by someone.
    public var cancelled: CellStyle
    /// Finished with part of its work.
    public var partial: CellStyle
    /// A state runtop does not know.
    public var other: CellStyle

    /// Creates the styles from one per state.
    public init(
        queued: CellStyle, running: CellStyle, reclaimed: CellStyle, succeeded: CellStyle, failed: CellStyle,
        cancelled: CellStyle, partial: CellStyle, other: CellStyle
    ) {
        self.queued = queued
        self.running = running
        self.reclaimed = reclaimed
        self.succeeded = succeeded
        self.failed = failed
        self.cancelled = cancelled
        self.partial = partial
        self.other = other
    }

    /// The style of `status`.
    public func style(for status: JobStatus) -> CellStyle {
        switch status {
        case .queued: queued
        case .running: running
        case .reclaimed: reclaimed
        case .succeeded: succeeded
        case .failed: failed
        case .cancelled: cancelled
        case .partial: partial
        case .other: other
        }
    }
}
