/// Which signal asked the dashboard to stop.
public enum TerminationReason: Sendable, Hashable {
    /// SIGINT (Ctrl-C).
    case interrupt
    /// SIGTERM.
    case terminate
    /// SIGHUP (the terminal went away).
    case hangup
    /// SIGQUIT (Ctrl-\).
    case quit

    /// The conventional exit status for a process ended by this signal (128 + signal number).
    public var exitStatus: Int32 { 128 + signalNumber }

    /// The POSIX signal number.
    public var signalNumber: Int32 {
        switch self {
        case .interrupt: 2
        case .terminate: 15
        case .hangup: 1
        case .quit: 3
        }
    }

    /// The reason for signal `number`, if it is one of the four.
    init?(signalNumber number: Int32) {
        switch number {
        case 2: self = .interrupt
        case 15: self = .terminate
        case 1: self = .hangup
        case 3: self = .quit
        default: return nil
        }
    }
}
