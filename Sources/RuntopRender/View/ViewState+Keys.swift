import RuntopCore

/// Key handling: one key in, the new view state and the effects out.
extension ViewState {
    /// Smoothing weights `+`/`-` step between.
    public static let smoothingRange: ClosedRange<Double> = 0...0.99
    /// How far one `+`/`-` moves the smoothing weight.
    public static let smoothingStep = 0.1
    /// Columns one `←`/`→` shifts unwrapped log lines by.
    public static let horizontalScrollStep = 8

    /// Applies one key using the standard key map; returns what the dashboard loop must do.
    public mutating func handle(_ key: Key, store: DataStore) -> [ViewEffect] {
        handle(key, store: store, keyMap: .standard)
    }

    /// Applies one key using `keyMap`; returns what the dashboard loop must do.
    public mutating func handle(_ key: Key, store: DataStore, keyMap: KeyMap) -> [ViewEffect] {
        statusMessage = nil
        if isHelpVisible {
            switch keyMap.action(for: key, focusedPane: .jobs) {
            case .quit: return [.quit]
            case .toggleHelp, .dismiss:
                isHelpVisible = false
                helpScrollOffset = 0
            case .selectNextJob: scrollHelp(by: 1, keyMap: keyMap)
            case .selectPreviousJob: scrollHelp(by: -1, keyMap: keyMap)
            case .selectPageDown: scrollHelp(by: max(1, screenHeight - 4), keyMap: keyMap)
            case .selectPageUp: scrollHelp(by: -max(1, screenHeight - 4), keyMap: keyMap)
            case .selectFirstJob: helpScrollOffset = 0
            case .selectLastJob: scrollHelp(by: .max / 2, keyMap: keyMap)
            default: break
            }
            return []
        }
        if pendingConfirmation != nil { return answerConfirmation(key) }
        if prompt != nil { return handlePromptKey(key, store: store, keyMap: keyMap) }
        guard let action = keyMap.action(for: key, focusedPane: focusedPane) else { return [.bell] }
        return perform(action, key: key, store: store)
    }

    /// Performs `action` (triggered by `key`, for actions that read it).
    mutating func perform(_ action: KeyAction, key: Key, store: DataStore) -> [ViewEffect] {
        switch action {
        case .quit: return [.quit]
        case .toggleHelp:
            isHelpVisible.toggle()
        case .dismiss:
            if focusedPane == .charts, chartCursorStep != nil {
                chartCursorStep = nil
                return []
            }
            if focusedPane == .timeline, timelineCursor != nil {
                timelineCursor = nil
                return []
            }
            if focusedPane == .artifacts, artifactsCursorKey != nil {
                artifactsCursorKey = nil
                return []
            }
            guard zoomedPane != nil else { return [] }
            zoomedPane = nil
        case .focusNextPane: focus(focusedPane.next)
        case .focusPreviousPane: focus(focusedPane.previous)
        case .focusPaneByNumber:
            guard case .character(let digit) = key, let number = digit.wholeNumberValue,
                let pane = DashboardPane(rawValue: number)
            else { return [.bell] }
            focus(pane)
        case .toggleZoom:
            zoomedPane = zoomedPane == nil ? focusedPane : nil
        case .selectPreviousJob: return moveSelection(by: -1, store: store)
        case .selectNextJob: return moveSelection(by: 1, store: store)
        case .selectFirstJob: return moveSelection(toIndex: 0, store: store)
        case .selectLastJob: return moveSelection(toIndex: .max, store: store)
        case .selectPageUp: return moveSelection(by: -jobListVisibleRows, store: store)
        case .selectPageDown: return moveSelection(by: jobListVisibleRows, store: store)
        case .increaseSmoothing: return changeSmoothing(by: Self.smoothingStep)
        case .decreaseSmoothing: return changeSmoothing(by: -Self.smoothingStep)
        case .cycleChartMode:
            chartMode = chartMode.next
            statusMessage = chartMode.label
        case .copySelection: return copySelection(store: store)
        case .scrollLogUp: scrollLog(by: -1, store: store)
        case .scrollLogDown: scrollLog(by: 1, store: store)
        case .scrollLogPageUp: scrollLog(by: -logVisibleRows, store: store)
        case .scrollLogPageDown: scrollLog(by: logVisibleRows, store: store)
        case .scrollLogToTop:
            guard let logs = selectedLogs(store), !logs.isEmpty else { return [.bell] }
            let shown = shownLogIndices(logs)
            let position = min((shown?.count ?? logs.count) - 1, logVisibleRows - 1)
            guard position >= 0 else { return [.bell] }
            pauseLog(at: logs.lines[shown?[position] ?? position].seq)
        case .resumeLogFollow:
            resumeLogFollow()
        case .toggleLogFollow:
            if logFollow {
                guard let last = selectedLogs(store)?.lastSeq else {
                    logFollow = false
                    statusMessage = "log follow paused"
                    return []
                }
                pauseLog(at: last)
            } else {
                resumeLogFollow()
            }
        case .scrollLogRight:
            guard !logWrap else { return [.bell] }
            logHorizontalOffset += Self.horizontalScrollStep
        case .scrollLogLeft:
            guard logHorizontalOffset > 0 else { return [.bell] }
            logHorizontalOffset = max(0, logHorizontalOffset - Self.horizontalScrollStep)
        case .toggleLogWrap:
            logWrap.toggle()
            logHorizontalOffset = 0
            statusMessage = logWrap ? "log wrap on" : "log wrap off"
        case .toggleLogTimestamps:
            logTimestamps.toggle()
            statusMessage = logTimestamps ? "log timestamps on" : "log timestamps off"
        case .toggleRawArtifacts:
            showRawArtifacts.toggle()
            statusMessage = showRawArtifacts ? "showing internal fields" : "hiding internal fields"
        case .filterJobs:
            prompt = Prompt(.jobFilter, text: jobQuery.text)
        case .cycleStatusFilter:
            jobQuery.status = jobQuery.status.next
            statusMessage = "showing \(jobQuery.status.label) jobs"
            return reconcile(with: store)
        case .cycleSortColumn:
            jobQuery.sort = jobQuery.sort.next
            statusMessage = "sorted by \(jobQuery.sort.rawValue)"
            return reconcile(with: store)
        case .reverseSort:
            jobQuery.isReversed.toggle()
            statusMessage = "sorted by \(jobQuery.sort.rawValue)" + (jobQuery.isReversed ? ", reversed" : "")
            return reconcile(with: store)
        case .toggleJobMark: return toggleJobMark(store: store)
        case .openCommandPrompt:
            prompt = Prompt(.command)
        case .toggleLogFullscreen:
            if zoomedPane == .logs {
                zoomedPane = nil
            } else {
                focusedPane = .logs
                zoomedPane = .logs
            }
        case .searchLog:
            prompt = Prompt(.logSearch, text: logSearch ?? "")
        case .nextLogMatch: return jumpToLogMatch(newer: true, store: store)
        case .previousLogMatch: return jumpToLogMatch(newer: false, store: store)
        case .cycleLogLevelFilter:
            logLevelFilter = logLevelFilter.next
            statusMessage = "log shows \(logLevelFilter.label)"
        case .toggleLogPayload: return toggleLogPayload(store: store)
        case .moveArtifactsCursorUp, .moveArtifactsCursorDown:
            return moveArtifactsCursor(down: action == .moveArtifactsCursorDown, store: store)
        case .nextChartPage, .previousChartPage:
            return turnChartPage(forward: action == .nextChartPage, store: store)
        case .toggleChartLogScale:
            chartLogScale.toggle()
            statusMessage = chartLogScale ? "log-scale y axis" : "linear y axis"
        case .cycleChartStepWindow:
            chartStepWindow = chartStepWindow.next
            statusMessage = "charts show " + (chartStepWindow.label ?? "every step")
        case .moveChartCursorLeft: return moveChartCursor(by: -1, store: store)
        case .moveChartCursorRight: return moveChartCursor(by: 1, store: store)
        case .showLogAtChartCursor:
            guard chartCursorStep != nil else { return perform(.toggleZoom, key: key, store: store) }
            return showLogAtChartCursor(store: store)
        case .moveTimelineCursorUp: return moveTimelineCursor(by: -1, store: store)
        case .moveTimelineCursorDown: return moveTimelineCursor(by: 1, store: store)
        case .toggleTimelinePayload: return toggleTimelinePayload(store: store)
        case .cancelJob: return proposeAction(.cancelJob, store: store)
        case .retryJob: return proposeAction(.retryJob, store: store)
        case .togglePublishCheckpoint: return proposePublishToggle(store: store)
        case .setCheckpointTTL: return promptForCheckpointTTL(store: store)
        case .submitPrompt, .cancelPrompt, .deletePromptCharacter, .clearPrompt:
            return [.bell]
        }
        return []
    }

    /// Scrolls the help overlay by `rows`, within what the screen leaves hidden.
    private mutating func scrollHelp(by rows: Int, keyMap: KeyMap) {
        let maximum = HelpOverlay(keyMap: keyMap).maximumScrollOffset(in: layout.body)
        helpScrollOffset = min(max(0, helpScrollOffset + rows), maximum)
    }

    private mutating func focus(_ pane: DashboardPane) {
        focusedPane = pane
        if zoomedPane != nil { zoomedPane = pane }
    }

    private mutating func moveSelection(by offset: Int, store: DataStore) -> [ViewEffect] {
        let jobs = visibleJobs(in: store)
        guard !jobs.isEmpty else { return [.bell] }
        let current =
            selectedJobID.flatMap { id in jobs.firstIndex(where: { $0.id == id }) }
            ?? min(selectedJobIndexHint, jobs.count - 1)
        let target = offset > 0 && current > .max - offset ? Int.max : current + offset
        return moveSelection(toIndex: target, store: store)
    }

    private mutating func moveSelection(toIndex index: Int, store: DataStore) -> [ViewEffect] {
        let jobs = visibleJobs(in: store)
        guard !jobs.isEmpty else { return [.bell] }
        let clamped = min(max(0, index), jobs.count - 1)
        return select(jobs[clamped].id, in: jobs)
    }

    private mutating func changeSmoothing(by step: Double) -> [ViewEffect] {
        let proposed = ((smoothingWeight + step) * 100).rounded() / 100
        let clamped = min(max(proposed, Self.smoothingRange.lowerBound), Self.smoothingRange.upperBound)
        guard clamped != smoothingWeight else { return [.bell] }
        smoothingWeight = clamped
        statusMessage = "smoothing \(NumberFormatting.fixed(clamped, decimals: 2))"
        return [.setSmoothing(clamped)]
    }

    private mutating func copySelection(store: DataStore) -> [ViewEffect] {
        guard let id = selectedJobID else { return [.bell] }
        if focusedPane == .artifacts, let row = artifactsCursorRow(store), let value = row.copyValue {
            statusMessage = "copied \(value)"
            return [.copy(value)]
        }
        if focusedPane == .artifacts,
            let checkpoint = store.detail(id)?.artifacts.checkpoints.last
        {
            statusMessage = "copied \(checkpoint.path)"
            return [.copy(checkpoint.path)]
        }
        statusMessage = "copied \(id.rawValue)"
        return [.copy(id.rawValue)]
    }

    func selectedLogs(_ store: DataStore) -> LogTail? {
        selectedJobID.flatMap { store.detail($0)?.logs }
    }

    mutating func pauseLog(at seq: Int) {
        if logFollow { statusMessage = "log follow paused, G resumes" }
        logFollow = false
        logScrollAnchorSeq = seq
    }

    private mutating func resumeLogFollow() {
        logFollow = true
        logScrollAnchorSeq = nil
        statusMessage = "following log"
    }

    /// Moves the bottom line shown by `lines` shown lines (negative is up); scrolling up pauses follow.
    mutating func scrollLog(by lines: Int, store: DataStore) {
        guard let logs = selectedLogs(store), !logs.isEmpty else {
            if lines < 0, logFollow {
                logFollow = false
                statusMessage = "log follow paused, G resumes"
            }
            return
        }
        // Positions count the lines the level filter shows.
        let shown = shownLogIndices(logs)
        let count = shown?.count ?? logs.count
        guard count > 0 else { return }
        let bottomPosition: Int
        if logFollow {
            guard lines < 0 else { return }
            bottomPosition = count - 1
        } else {
            let anchor = logScrollAnchorSeq ?? logs.lastSeq ?? 0
            let bottomIndex = min(logs.insertionIndex(of: anchor), logs.count - 1)
            bottomPosition = shown.map { indices in max(0, (indices.firstIndex { $0 > bottomIndex } ?? count) - 1) }
                ?? bottomIndex
        }
        // Never scroll above the first screenful.
        let lowest = min(count - 1, max(0, logVisibleRows - 1))
        let target = min(max(lowest, bottomPosition + lines), count - 1)
        pauseLog(at: logs.lines[shown?[target] ?? target].seq)
    }
}
