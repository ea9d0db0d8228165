import Foundation

/// One line of a job's console or structured log.
public struct LogLine: Sendable, Equatable {
    /// The server's sequence number; lines are ordered and de-duplicated by it.
    public var seq: Int
    public var timestamp: Date?
    /// `stdout`/`stderr` for consoles, or a level (`info`, `warning`, `error`) for structured logs.
    public var stream: String
    /// Display-safe text: control characters are already neutralised.
    public var text: String
    /// A structured payload rendered as compact JSON, if the line carried one.
    public var payload: String?

    public init(seq: Int, timestamp: Date? = nil, stream: String = "stdout", text: String, payload: String? = nil) {
        self.seq = seq
        self.timestamp = timestamp
        self.stream = stream
        self.text = text
        self.payload = payload
    }
}

/// New log lines for one job, as one response delivered them.
public struct LogDelta: Sendable, Equatable {
    public var lines: [LogLine]
    /// The latest sequence number the server says it holds.
    public var latestSeq: Int?
    /// The `since` cursor the request used; lines the server no longer holds between it and the first line
    /// returned are recorded as a gap.
    public var sinceSeq: Int?

    public init(lines: [LogLine], latestSeq: Int? = nil, sinceSeq: Int? = nil) {
        self.lines = lines
        self.latestSeq = latestSeq
        self.sinceSeq = sinceSeq
    }
}
