import Glibc
import Synchronization

/// What signal handlers share with the curses thread. Only atomics and pointers allocated up front, so the
/// handlers never allocate, lock, or trip exclusivity checks.
enum SignalState {
    /// The signal number of a pending SIGINT/SIGTERM/SIGHUP/SIGQUIT, or 0.
    static let pendingTermination = Atomic<Int32>(0)
    /// SIGTSTP arrived: the curses thread should leave curses mode and stop.
    static let suspendRequested = Atomic<Bool>(false)
    /// SIGCONT arrived: the curses thread should restore the terminal modes and repaint.
    static let continued = Atomic<Bool>(false)
    /// SIGWINCH arrived: the curses thread should re-read the size.
    static let resized = Atomic<Bool>(false)
    /// A terminal is in curses mode, so crash and exit paths must reset it.
    static let terminalActive = Atomic<Bool>(false)
    /// ``savedTermios`` holds the modes from before curses started.
    static let savedTermiosValid = Atomic<Bool>(false)

    /// The terminal modes from before curses started.
    nonisolated(unsafe) static let savedTermios: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()

    /// The actions that were installed before ours, indexed by signal number.
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
        pointer.initialize(repeating: sigaction(), count: signalSlots)
        return pointer
    }()

    /// Room for every standard and real-time signal number.
    static let signalSlots = 65

    /// Touches every lazily initialised global so no handler ever runs an initialiser.
    static func prepare() {
        _ = pendingTermination.load(ordering: .relaxed)
        _ = suspendRequested.load(ordering: .relaxed)
        _ = continued.load(ordering: .relaxed)
        _ = resized.load(ordering: .relaxed)
        _ = terminalActive.load(ordering: .relaxed)
        _ = savedTermiosValid.load(ordering: .relaxed)
        _ = savedTermios
        _ = previousActions
        _ = WakePipe.descriptors
        _ = TerminalResetSequence.bytes
    }
}
