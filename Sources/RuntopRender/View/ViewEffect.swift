import RuntopCore

/// Something a key asks the dashboard loop to do beyond changing the view state.
public enum ViewEffect: Sendable, Equatable {
    /// Leave the dashboard.
    case quit
    /// The selected job changed; the poller should follow it.
    case selectJob(JobID?)
    /// The chart smoothing weight changed; the store should recompute smoothed series.
    case setSmoothing(Double)
    /// Put this text on the clipboard.
    case copy(String)
    /// Ring the terminal bell (nothing to do for that key).
    case bell
    /// Send a confirmed operator action (cancel, retry, publish, …) to the control plane.
    case performAction(OperatorRequest)
    /// Poll another context from the config file (`:ctx NAME`).
    case switchContext(String)
}
