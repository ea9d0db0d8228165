import Foundation

/// The dashboard's own output to its terminal, as a rolling rate over the last few seconds.
///
/// Fed the terminal's running byte count with the time it was read; the rate is what was written inside the
/// window ending at the moment asked, divided by the whole window (so a burst fades out over it).
public struct OutputRate: Sendable {
    /// The seconds the rate looks back over.
    public let window: TimeInterval
    /// Bytes written between two readings, at the later reading's time, oldest first.
    private var increments: [(at: Date, bytes: Int)] = []
    /// The running byte count at the last reading, nil before the first.
    private var lastTotal: Int?

    /// An empty rate over `window` seconds (10 unless told).
    public init(window: TimeInterval = 10) {
        self.window = max(1, window)
    }

    /// Records that the terminal had been sent `totalBytes` in all at `time`; the first reading is the baseline.
    public mutating func record(totalBytes: Int, at time: Date) {
        defer { lastTotal = max(lastTotal ?? totalBytes, totalBytes) }
        guard let lastTotal, totalBytes > lastTotal else { return }
        increments.append((time, totalBytes - lastTotal))
        increments.removeAll { $0.at <= time.addingTimeInterval(-window) }
    }

    /// Bytes a second written in the window ending at `now`.
    public func bytesPerSecond(at now: Date) -> Double {
        let since = now.addingTimeInterval(-window)
        let bytes = increments.reduce(0) { $1.at > since && $1.at <= now ? $0 + $1.bytes : $0 }
        return Double(bytes) / window
    }

    /// `out 12 KB`: everything written so far, for a dashboard that does not redraw with the clock.
    public static func label(totalBytes: Int) -> String {
        "out " + NumberFormatting.bytes(Double(max(0, totalBytes)))
    }

    /// `out 0 B/s`, `out 340 B/s`, `out 1.2 KB/s`, `out 15 KB/s`, `out 2.3 MB/s` (1 KB = 1000 bytes).
    public static func label(bytesPerSecond rate: Double) -> String {
        "out " + NumberFormatting.bytes(max(0, rate)) + "/s"
    }
}
