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
    /// Cycle the chart mode: braille, block, ASCII.
    case cycleChartMode
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
    /// Type a filter for the job list (name, id, type or status).
    case filterJobs
    /// Cycle the job list's status filter: all, running, failed, finished.
    case cycleStatusFilter
    /// Cycle the job list's sort column.
    case cycleSortColumn
    /// Reverse the job list's sort order.
    case reverseSort
    /// Mark or unmark the selected job for notifications.
    case toggleJobMark
    /// Open the `:` command prompt.
    case openCommandPrompt
    /// Show the log pane alone, or stop.
    case toggleLogFullscreen
    /// Type a search for the log.
    case searchLog
    /// Show the next (newer) search match.
    case nextLogMatch
    /// Show the previous (older) search match.
    case previousLogMatch
    /// Cycle the log filter: all, warnings and errors, errors, stderr.
    case cycleLogLevelFilter
    /// Expand or collapse the structured payload of the current log line.
    case toggleLogPayload
    /// Switch the charts' y axis between linear and logarithmic.
    case toggleChartLogScale
    /// Cycle the charts' step range: all, the last 1000, the last 100.
    case cycleChartStepWindow
    /// Move the artifacts cursor to the row above (the first press shows it on the last row).
    case moveArtifactsCursorUp
    /// Move the artifacts cursor to the row below (the first press shows it on the first row).
    case moveArtifactsCursorDown
    /// Show the next page of charts when they do not all fit.
    case nextChartPage
    /// Show the previous page of charts.
    case previousChartPage
    /// Move the chart crosshair to earlier steps.
    case moveChartCursorLeft
    /// Move the chart crosshair to later steps.
    case moveChartCursorRight
    /// Show the log line nearest the crosshair's step (zoom when there is no crosshair).
    case showLogAtChartCursor
    /// Move the timeline's event cursor to the older event (the first press shows it on the newest).
    case moveTimelineCursorUp
    /// Move the timeline's event cursor to the newer event.
    case moveTimelineCursorDown
    /// Expand or collapse the payload of the event under the timeline cursor (zoom when there is no cursor).
    case toggleTimelinePayload
    /// Cancel the selected job (after a confirmation).
    case cancelJob
    /// Retry the selected failed or cancelled job (after a confirmation).
    case retryJob
    /// Publish the selected checkpoint, or unpublish a public one (after a confirmation).
    case togglePublishCheckpoint
    /// Set when the selected checkpoint expires (prompts for the duration, then confirms).
    case setCheckpointTTL
    /// Apply what the prompt holds.
    case submitPrompt
    /// Close the prompt (a filter or search typed in it is cleared).
    case cancelPrompt
    /// Delete the prompt's last character.
    case deletePromptCharacter
    /// Clear the prompt's text.
    case clearPrompt
}
