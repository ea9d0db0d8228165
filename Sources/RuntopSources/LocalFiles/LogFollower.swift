import Foundation
import RuntopCore

/// Follows a plain-text log beside a run's metrics: each line becomes a ``LogLine`` whose sequence number is
/// its line number (numbering continues, never restarts, if the file is rewritten).
struct LogFollower: Sendable {
    /// The file followed.
    var path: String { tail.path }
    private var tail: FileTail
    private var lines: [LogLine] = []
    private var lastSeq = 0

    /// Lines held in memory; the store holds its own copy.
    static let capacity = 20_000
    /// Lines returned by one call at most; the poller asks again while more are waiting.
    static let pageSize = 5_000

    init(path: String) { tail = FileTail(path: path) }

    /// Reads the lines appended since the last call.
    mutating func refresh() {
        for text in tail.read().lines {
            lastSeq += 1
            lines.append(LogLine(seq: lastSeq, stream: Self.stream(of: text), text: text))
        }
        if lines.count > 2 * Self.capacity { lines.removeFirst(lines.count - Self.capacity) }
    }

    /// The lines after `sinceSeq` (the newest page when nil), a page at most.
    func delta(sinceSeq: Int?) -> LogDelta {
        let start =
            sinceSeq.map { since in lines.firstIndex { $0.seq > since } ?? lines.count }
            ?? max(0, lines.count - Self.pageSize)
        let page = Array(lines[start..<min(lines.count, start + Self.pageSize)])
        return LogDelta(lines: page, latestSeq: lastSeq == 0 ? nil : lastSeq, sinceSeq: sinceSeq)
    }

    /// A level named near the start of a Python `logging` line, else `stdout`.
    static func stream(of text: String) -> String {
        let start = text.prefix(80)
        for level in ["ERROR", "CRITICAL", "WARNING", "INFO", "DEBUG"] where start.contains(level) {
            return level == "CRITICAL" ? "error" : level.lowercased()
        }
        return "stdout"
    }

    /// The log file of a run in `directory`: tinker-cookbook's `logs.log`, a usual name, or the only `*.log`.
    static func logPath(inDirectory directory: String, filePrefix: String?) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if let prefix = filePrefix {
            let stem = String(prefix.dropLast())
            return [stem + ".log", prefix + "logs.log", prefix + "log.txt", prefix + "logs.txt"]
                .first(where: names.contains).map { directory + "/" + $0 }
        }
        let preferred = ["logs.log", "logs.txt", "log.txt", "train.log", "training.log", "output.log"]
        if let name = preferred.first(where: names.contains) { return directory + "/" + name }
        let logs = names.filter { $0.hasSuffix(".log") }
        return logs.count == 1 ? directory + "/" + logs[0] : nil
    }
}
