import Glibc

/// The bytes that put a terminal back into a usable state without curses: reset attributes, stop mouse
/// reporting, show the cursor, leave the alternate screen.
enum TerminalResetSequence {
    /// The sequence as text.
    static let text = "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?25h\u{1B}[?1049l"

    /// The sequence in memory that is never freed, for signal handlers.
    nonisolated(unsafe) static let bytes: UnsafeBufferPointer<UInt8> = {
        let utf8 = Array(text.utf8)
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: utf8.count)
        pointer.initialize(from: utf8, count: utf8.count)
        return UnsafeBufferPointer(start: pointer, count: utf8.count)
    }()
}

/// Resets the terminal from any context, once: crash handlers, exit handlers, a forced second Ctrl-C.
enum EmergencyReset {
    /// Writes the reset sequence and restores the saved terminal modes if a terminal is active
    /// (async-signal-safe).
    static func perform() {
        guard SignalState.terminalActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        let bytes = TerminalResetSequence.bytes
        var offset = 0
        while offset < bytes.count {
            let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { break }
            offset += written
        }
        if SignalState.savedTermiosValid.load(ordering: .sequentiallyConsistent) {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, SignalState.savedTermios)
        }
    }
}
