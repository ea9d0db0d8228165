import Foundation

/// Writes to stdout and stderr that never crash: after an SSH drop the terminal is gone and a write fails with
/// EIO, which `FileHandle.write(_:)` turns into a crash. A lost message is better than a stuck process.
enum StandardStreams {
    /// Writes `text` followed by a newline to standard error, ignoring failures.
    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    /// Writes `text` followed by a newline to standard output, ignoring failures.
    static func output(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }
}
