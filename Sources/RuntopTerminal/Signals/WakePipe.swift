import Glibc

/// The process-wide self-pipe that wakes the input wait: written by signal handlers and wakers, drained by
/// the curses thread. Created once and never closed, so a late wake can never hit a reused descriptor.
enum WakePipe {
    /// Read end (first) and write end (second), both non-blocking and close-on-exec; -1 if pipe() failed.
    static let descriptors: (read: Int32, write: Int32) = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        for descriptor in ends {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }()

    /// Writes one byte (async-signal-safe; a full pipe already means "wake up").
    static func wake() {
        let descriptor = descriptors.write
        guard descriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// Reads everything pending so the next poll blocks again.
    static func drain() {
        let descriptor = descriptors.read
        guard descriptor >= 0 else { return }
        var scratch = [UInt8](repeating: 0, count: 256)
        while scratch.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
}
