/// What a key binding does.
public enum KeyAction: Sendable, Hashable {
    /// Leave runtop.
    case quit
    /// Show or hide the help overlay.
    case toggleHelp
    /// Esc: close the help, else leave the zoom.
    case dismiss
    /// Focus the next pane (Tab).
    case focusNextPane
    /// Focus the previous pane (Shift-Tab).
    case focusPreviousPane
    /// Focus the pane whose number is the key's digit.
    case focusPaneByNumber
    /// Show the focused pane alone, or stop.
    case toggleZoom
    /// Select the job above.
    case selectPreviousJob
    /// Select the job below.
    case selectNextJob
    /// Select the first job.
    case selectFirstJob
    /// Select the last job.
    case selectLastJob
    /// Select a page of jobs up.
    case selectPageUp
    /// Select a page of jobs down.
    case selectPageDown
    /// Smooth charts more.
    case increaseSmoothing
    /// Smooth charts less.
    case decreaseSmoothing
    /// Switch between braille and ASCII charts.
    case toggleChartMode
    /// Copy the job id (or, in the artifacts pane, the newest checkpoint path).
    case copySelection
    /// Scroll the log up a line, pausing follow.
    case scrollLogUp
    /// Scroll the log down a line.
    case scrollLogDown
    /// Scroll the log up a page.
    case scrollLogPageUp
    /// Scroll the log down a page.
    case scrollLogPageDown
    /// Show the oldest held log lines.
    case scrollLogToTop
    /// Show the newest log lines and follow them.
    case resumeLogFollow
    /// Pause or resume following the log.
    case toggleLogFollow
    /// Wrap or cut long log lines.
    case toggleLogWrap
    /// Shift unwrapped log lines left to read further right.
    case scrollLogRight
    /// Shift unwrapped log lines back towards their start.
    case scrollLogLeft
    /// Show or hide log timestamps.
    case toggleLogTimestamps
    /// Show or hide worker-internal artifact fields.
    case toggleRawArtifacts
}
