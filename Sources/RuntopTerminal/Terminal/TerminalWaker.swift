/// Interrupts ``CursesTerminal/waitForInput(timeoutMilliseconds:)`` from any thread.
public struct TerminalWaker: Sendable {
    /// A waker for the process's terminal.
    public init() {}

    /// Makes the current (or next) input wait return at once.
    public func wake() { WakePipe.wake() }
}
