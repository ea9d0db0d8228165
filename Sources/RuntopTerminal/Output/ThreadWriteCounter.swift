import Glibc

/// Counts the bytes the calling thread has written, from Linux's per-thread I/O accounting
/// (`/proc/thread-self/io`, field `wchar`).
///
/// ncurses writes to the terminal's file descriptor directly (a stdio cookie stream has no descriptor, which
/// breaks its terminal-mode calls), so the backend measures the bytes each refresh costs as the difference of
/// this counter around the call, on the one thread that talks to curses.
final class ThreadWriteCounter {
    private let descriptor: Int32
    private var scratch = [UInt8](repeating: 0, count: 512)

    /// Opens the calling thread's accounting file; the counter is bound to this thread.
    init() {
        descriptor = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// True when the counter can measure anything (false outside Linux or without /proc).
    var isAvailable: Bool { descriptor >= 0 }

    /// Bytes written by this thread so far (0 when unavailable).
    func bytesWrittenSoFar() -> Int {
        guard descriptor >= 0 else { return 0 }
        let count = scratch.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return 0 }
        return Self.writtenCharacters(inAccountingText: scratch[0..<count]) ?? 0
    }

    /// The `wchar:` value of an accounting file's text.
    static func writtenCharacters(inAccountingText text: some Collection<UInt8>) -> Int? {
        let key = Array("wchar:".utf8)
        let bytes = Array(text)
        var index = 0
        while index + key.count <= bytes.count {
            let atLineStart = index == 0 || bytes[index - 1] == UInt8(ascii: "\n")
            if atLineStart, Array(bytes[index..<index + key.count]) == key {
                var position = index + key.count
                while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
                var value = 0
                var digits = 0
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                    position += 1
                    digits += 1
                }
                return digits > 0 ? value : nil
            }
            index += 1
        }
        return nil
    }
}
