/// The one table of key bindings: it drives both key handling and the help overlay.
public struct KeyMap: Sendable {
    /// Bindings in help order.
    public var bindings: [KeyBinding]

    /// Creates a key map from bindings in help order.
    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action of `key` when `pane` is focused: a binding of the pane's context wins over a global one.
    public func action(for key: Key, focusedPane pane: DashboardPane) -> KeyAction? {
        let context = KeyContext.of(pane)
        if context != .global, let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.action
        }
        return bindings.first(where: { $0.context == .global && $0.keys.contains(key) })?.action
    }

    /// The action of `key` in `context` alone, without falling back to the global bindings.
    public func action(for key: Key, in context: KeyContext) -> KeyAction? {
        bindings.first(where: { $0.context == context && $0.keys.contains(key) })?.action
    }

    /// The bindings of one context, in help order.
    public func bindings(in context: KeyContext) -> [KeyBinding] { bindings.filter { $0.context == context } }

    /// runtop's bindings.
    public static let standard = KeyMap(bindings: [
        KeyBinding([.character("q"), .control("c")], .quit, "quit"),
        KeyBinding([.character("?")], .toggleHelp, "toggle this help"),
        KeyBinding([.escape], .dismiss, "close help/cursor/zoom"),
        KeyBinding([.tab], .focusNextPane, "focus next pane"),
        KeyBinding([.backTab], .focusPreviousPane, "focus previous pane"),
        KeyBinding(
            (1...6).map { .character(Character(String($0))) }, .focusPaneByNumber, "focus pane by number",
            keysLabel: "1-6"),
        KeyBinding([.character("z"), .enter], .toggleZoom, "zoom focused pane"),
        KeyBinding([.up, .character("k")], .selectPreviousJob, "previous job"),
        KeyBinding([.down, .character("j")], .selectNextJob, "next job"),
        KeyBinding([.home, .character("g")], .selectFirstJob, "first job"),
        KeyBinding([.end, .character("G")], .selectLastJob, "last job"),
        KeyBinding([.pageUp], .selectPageUp, "job list page up"),
        KeyBinding([.pageDown], .selectPageDown, "job list page down"),
        KeyBinding([.character("+"), .character("=")], .increaseSmoothing, "more smoothing"),
        KeyBinding([.character("-")], .decreaseSmoothing, "less smoothing"),
        KeyBinding([.character("a")], .cycleChartMode, "braille/block/ASCII"),
        KeyBinding([.character("y"), .character("c")], .copySelection, "copy id (5: checkpoint)"),
        KeyBinding([.character("/")], .filterJobs, "filter jobs by text"),
        KeyBinding([.character("F")], .cycleStatusFilter, "cycle status filter"),
        KeyBinding([.character("o")], .cycleSortColumn, "cycle sort column"),
        KeyBinding([.character("O")], .reverseSort, "reverse sort order"),
        KeyBinding([.character(" ")], .toggleJobMark, "mark job: notify on end"),
        KeyBinding([.character(":")], .openCommandPrompt, "command (:job :ctx ...)"),
        KeyBinding([.character("f")], .toggleLogFullscreen, "log fullscreen"),
        KeyBinding([.character("C"), .control("k")], .cancelJob, "cancel job (asks y/N)"),
        KeyBinding([.character("R")], .retryJob, "retry job (asks y/N)"),
        KeyBinding([.up, .character("k")], .moveTimelineCursorUp, "older event", context: .timeline),
        KeyBinding([.down, .character("j")], .moveTimelineCursorDown, "newer event", context: .timeline),
        KeyBinding([.enter], .toggleTimelinePayload, "expand/collapse payload", context: .timeline),
        KeyBinding([.up, .character("k")], .scrollLogUp, "scroll up, pause follow", context: .logs),
        KeyBinding([.down, .character("j")], .scrollLogDown, "scroll down", context: .logs),
        KeyBinding([.pageUp], .scrollLogPageUp, "page up", context: .logs),
        KeyBinding([.pageDown], .scrollLogPageDown, "page down", context: .logs),
        KeyBinding([.home, .character("g")], .scrollLogToTop, "oldest line", context: .logs),
        KeyBinding([.end, .character("G")], .resumeLogFollow, "newest line, follow", context: .logs),
        KeyBinding([.character("s")], .toggleLogFollow, "toggle follow", context: .logs),
        KeyBinding([.character("w")], .toggleLogWrap, "toggle wrap", context: .logs),
        KeyBinding([.right, .character("l")], .scrollLogRight, "scroll right", context: .logs),
        KeyBinding([.left, .character("h")], .scrollLogLeft, "scroll left", context: .logs),
        KeyBinding([.character("t")], .toggleLogTimestamps, "toggle timestamps", context: .logs),
        KeyBinding([.character("/")], .searchLog, "search the log", context: .logs),
        KeyBinding([.character("n")], .nextLogMatch, "next (newer) match", context: .logs),
        KeyBinding([.character("N")], .previousLogMatch, "previous (older) match", context: .logs),
        KeyBinding([.character("L")], .cycleLogLevelFilter, "cycle level filter", context: .logs),
        KeyBinding([.enter], .toggleLogPayload, "expand/collapse payload", context: .logs),
        KeyBinding([.left, .character("h")], .moveChartCursorLeft, "crosshair left", context: .charts),
        KeyBinding([.right, .character("l")], .moveChartCursorRight, "crosshair right", context: .charts),
        KeyBinding([.enter], .showLogAtChartCursor, "log at crosshair step", context: .charts),
        KeyBinding([.character("L")], .toggleChartLogScale, "log-scale y axis", context: .charts),
        KeyBinding([.character("Z"), .character("x")], .cycleChartStepWindow, "cycle step range", context: .charts),
        KeyBinding([.pageDown, .character("]")], .nextChartPage, "next page of charts", context: .charts),
        KeyBinding([.pageUp, .character("[")], .previousChartPage, "previous page of charts", context: .charts),
        KeyBinding([.character("r")], .toggleRawArtifacts, "toggle internal fields", context: .artifacts),
        KeyBinding([.up, .character("k")], .moveArtifactsCursorUp, "row above", context: .artifacts),
        KeyBinding([.down, .character("j")], .moveArtifactsCursorDown, "row below (c copies it)", context: .artifacts),
        KeyBinding([.character("p")], .togglePublishCheckpoint, "publish/unpublish (y/N)", context: .artifacts),
        KeyBinding([.character("T")], .setCheckpointTTL, "checkpoint expiry (ttl)", context: .artifacts),
        KeyBinding([.enter], .submitPrompt, "apply", context: .prompt),
        KeyBinding([.escape], .cancelPrompt, "cancel, clear filter", context: .prompt),
        KeyBinding([.backspace], .deletePromptCharacter, "delete a character", context: .prompt),
        KeyBinding([.control("u")], .clearPrompt, "clear the line", context: .prompt),
    ])
}
