/// What a key binding does.
public enum KeyAction: Sendable, Hashable {
    case quit
    case toggleHelp
    /// Esc: close the help, else leave the zoom.
    case dismiss
    case focusNextPane
    case focusPreviousPane
    /// Focus the pane whose number is the key's digit.
    case focusPaneByNumber
    case toggleZoom
    case selectPreviousJob
    case selectNextJob
    case selectFirstJob
    case selectLastJob
    case selectPageUp
    case selectPageDown
    case increaseSmoothing
    case decreaseSmoothing
    case toggleChartMode
    case copySelection
    case scrollLogUp
    case scrollLogDown
    case scrollLogPageUp
    case scrollLogPageDown
    case scrollLogToTop
    case resumeLogFollow
    case toggleLogFollow
    case toggleLogWrap
    case toggleLogTimestamps
    case toggleRawArtifacts
}
