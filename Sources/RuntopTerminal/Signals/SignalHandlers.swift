import Glibc
import Synchronization

/// Installs and removes the backend's signal handlers. Handlers only touch ``SignalState`` and the wake pipe;
/// the curses thread does the real work.
enum SignalHandlers {
    /// Signals that ask the dashboard to stop.
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Signals that mean the process crashed.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    /// Job control and resize.
    static let controlSignals: [Int32] = [SIGTSTP, SIGCONT, SIGWINCH]

    private static let exitHandlerRegistered = Atomic<Bool>(false)
    private static let alternateStackSize = 1 << 16

    /// Installs every handler (call before curses starts, so curses keeps its hands off them).
    static func install() {
        SignalState.prepare()
        if !exitHandlerRegistered.exchange(true, ordering: .sequentiallyConsistent) {
            atexit { EmergencyReset.perform() }
        }
        installAlternateStack()
        for signal in terminationSignals { installHandler(terminationHandler, for: signal) }
        installHandler(suspendHandler, for: SIGTSTP)
        installHandler(continueHandler, for: SIGCONT)
        installHandler(resizeHandler, for: SIGWINCH)
        for signal in crashSignals { installCrashHandler(for: signal) }
    }

    /// Puts back the handlers that were there before ``install()``.
    static func uninstall() {
        for signal in terminationSignals + controlSignals + crashSignals {
            _ = sigaction(signal, SignalState.previousActions + Int(signal), nil)
        }
    }

    /// Stops the process group the way SIGTSTP's default would, and returns once it is continued.
    static func stopProcessGroup() {
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&defaultAction.sa_mask)
        _ = sigaction(SIGTSTP, &defaultAction, nil)
        var pending = sigset_t()
        sigemptyset(&pending)
        sigaddset(&pending, SIGTSTP)
        _ = pthread_sigmask(SIG_UNBLOCK, &pending, nil)
        _ = kill(0, SIGTSTP)
        installHandler(suspendHandler, for: SIGTSTP, rememberPrevious: false)
    }

    private static func installHandler(
        _ handler: @convention(c) (Int32) -> Void, for signal: Int32, rememberPrevious: Bool = true
    ) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, rememberPrevious ? SignalState.previousActions + Int(signal) : nil)
    }

    private static func installCrashHandler(for signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = crashHandler
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, SignalState.previousActions + Int(signal))
    }

    /// An alternate stack for this thread, so a stack overflow can still reset the terminal.
    private static func installAlternateStack() {
        var current = stack_t()
        if sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) == 0, current.ss_sp != nil { return }
        guard let memory = malloc(alternateStackSize) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = alternateStackSize
        stack.ss_flags = 0
        _ = sigaltstack(&stack, nil)
    }
}

/// SIGINT/SIGTERM/SIGHUP/SIGQUIT: record the first one and wake the loop; a second one while the first is still
/// pending means the loop is stuck, so reset the terminal and exit.
private func terminationHandler(_ signal: Int32) {
    let savedErrno = errno
    let exchanged = SignalState.pendingTermination.compareExchange(
        expected: 0, desired: signal, ordering: .sequentiallyConsistent
    ).exchanged
    if !exchanged, SignalState.terminalActive.load(ordering: .sequentiallyConsistent) {
        EmergencyReset.perform()
        _exit(128 + signal)
    }
    WakePipe.wake()
    errno = savedErrno
}

/// SIGTSTP: ask the curses thread to suspend.
private func suspendHandler(_ signal: Int32) {
    let savedErrno = errno
    SignalState.suspendRequested.store(true, ordering: .sequentiallyConsistent)
    WakePipe.wake()
    errno = savedErrno
}

/// SIGCONT: ask the curses thread to restore modes and repaint.
private func continueHandler(_ signal: Int32) {
    let savedErrno = errno
    SignalState.continued.store(true, ordering: .sequentiallyConsistent)
    WakePipe.wake()
    errno = savedErrno
}

/// SIGWINCH: ask the curses thread to re-read the size.
private func resizeHandler(_ signal: Int32) {
    let savedErrno = errno
    SignalState.resized.store(true, ordering: .sequentiallyConsistent)
    WakePipe.wake()
    errno = savedErrno
}

/// A crash: reset the terminal, then hand the signal to whoever handled it before (the Swift backtracer or the
/// default action). Faults raised by an instruction re-fault on return; sent signals are raised again.
private func crashHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    EmergencyReset.perform()
    _ = sigaction(signal, SignalState.previousActions + Int(signal), nil)
    let sentByProcess = (info?.pointee.si_code ?? 0) <= 0
    if signal == SIGABRT || sentByProcess { _ = raise(signal) }
}
