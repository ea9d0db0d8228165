import Foundation
import RuntopCore
import RuntopRender
import RuntopSources
import RuntopTerminal

/// The interactive dashboard: polls a source, merges its events into the store, renders the panes and writes
/// only changed cells to the terminal.
///
/// The curses side runs on one dedicated thread (ncurses is not thread-safe); the poller runs on the
/// cooperative pool and hands events over through an ``EventInbox``.
public enum Dashboard {
    /// Runs until the operator quits or a signal arrives; the terminal is restored on every path.
    public static func run(source: any JobSource, options: DashboardOptions) async throws -> DashboardExit {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try runLoop(source: source, options: options))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "runtop-ui"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Seconds between redraws made only because the clock moved.
    static let clockRedrawSeconds = 5

    /// The loop on the UI thread.
    private static func runLoop(source: any JobSource, options: DashboardOptions) throws -> DashboardExit {
        let terminal = try CursesTerminal(options: TerminalOptions(mouse: options.mouse))
        defer { terminal.restore() }
        let waker = terminal.waker
        var session = PollingSession(source: source, schedule: options.schedule) { waker.wake() }
        var sourceLabel = options.sourceLabel
        defer { session.stop() }
        let actionRunner = OperatorActionRunner { waker.wake() }

        let glyphs = Glyphs.select(ascii: options.ascii || !CursesTerminal.localeIsUTF8)
        // No colours (NO_COLOR, TERM=vt100, …): a theme of attributes only, so nothing relies on colour.
        let theme =
            options.themeForColorCount?(terminal.colorSupport.rawValue)
            ?? (terminal.colorSupport == .none ? Theme.monochrome : (options.theme ?? Theme.defaultDark))
        let environment = ProcessInfo.processInfo.environment
        var store = DataStore(logCapacity: options.logCapacity)
        var view = ViewState()
        view.resize(width: terminal.width, height: terminal.height)
        view.statusMessage = options.startupMessage
        view.contextNames = options.contexts?.names ?? []
        view.currentContext = options.contexts?.current
        view.isReadOnly = options.readOnly
        view.operatorCapabilities = source.actions?.operatorCapabilities ?? .none

        var shownMessage: String?
        var shownMessageAt = Date()
        var renderedRevision = -1
        var renderedView: ViewState?
        var renderedSecond = -1
        var renderedSize = (0, 0)
        // The status bar's `out … B/s`: read only when a frame is drawn anyway, so the figure never causes a redraw.
        var outputRate = OutputRate()
        outputRate.record(totalBytes: terminal.bytesWritten, at: Date())

        func perform(_ effects: [ViewEffect]) -> Bool {
            for effect in effects {
                switch effect {
                case .quit:
                    return true
                case .selectJob(let id):
                    session.select(id)
                case .switchContext(let name):
                    guard let contexts = options.contexts else { continue }
                    do {
                        let opened = try contexts.open(name)
                        session.stop()
                        session = PollingSession(source: opened.source, schedule: opened.schedule) { waker.wake() }
                        sourceLabel = opened.label
                        // A new context is a new world: its own jobs, series and logs; the view keeps its
                        // settings (theme, smoothing, chart mode) but not the selection.
                        store = DataStore(logCapacity: options.logCapacity)
                        store.apply(.setSmoothing(view.smoothingWeight))
                        view.resetForNewContext(named: name)
                        view.isReadOnly = opened.isReadOnly
                        view.operatorCapabilities = opened.source.actions?.operatorCapabilities ?? .none
                    } catch {
                        view.statusMessage = "context \(name): \(error)"
                        terminal.ringBell()
                    }
                case .setSmoothing(let weight):
                    store.apply(.setSmoothing(weight))
                case .copy(let text):
                    terminal.sendControlSequence(
                        TerminalControlSequences.forTmux(
                            TerminalControlSequences.copyToClipboard(text), environment: environment))
                case .bell:
                    terminal.ringBell()
                case .performAction(let request):
                    // Read-only is enforced here as well as in the view: no path sends an action then.
                    guard !view.isReadOnly, let actions = session.source.actions else {
                        view.statusMessage =
                            view.isReadOnly ? ViewState.readOnlyMessage : "\(request.action.kind.rawValue): no actions here"
                        terminal.ringBell()
                        continue
                    }
                    actionRunner.start(request, with: actions)
                }
            }
            return false
        }

        while true {
            if let reason = terminal.pendingTermination { return .signal(String(describing: reason)) }
            let events = session.inbox.drain()
            if !events.isEmpty {
                let before = store
                for event in events { store.apply(event) }
                // A marked job that just finished or failed: bell and desktop notification (OSC 9/777), for
                // runtop sitting in a background tmux window.
                for notification in NotificationRule.transitions(from: before, to: store, marked: view.markedJobIDs) {
                    terminal.ringBell()
                    if options.desktopNotifications {
                        terminal.sendControlSequence(
                            TerminalControlSequences.forTmux(
                                TerminalControlSequences.desktopNotification(
                                    title: notification.title, body: notification.body),
                                environment: environment))
                    }
                    view.statusMessage = notification.title
                }
            }
            // A finished operator action: say how it went and poll its job again at once.
            for outcome in actionRunner.drain() {
                view.statusMessage = outcome.message
                if !outcome.succeeded { terminal.ringBell() }
                session.refresh(outcome.request.jobID)
            }
            if perform(view.reconcile(with: store)) { return .quit }

            let now = Date()
            // A status message is news, not state: it fades after a few seconds.
            if view.statusMessage != shownMessage {
                shownMessage = view.statusMessage
                shownMessageAt = now
            } else if shownMessage != nil, now.timeIntervalSince(shownMessageAt) > 5 {
                view.statusMessage = nil
                shownMessage = nil
            }
            // Ages and staleness move with the clock; redrawing them every 5 s rather than every second keeps an
            // idle dashboard's output to a few bytes a second.
            let second = options.clockRedraws ? Int(now.timeIntervalSince1970) / Self.clockRedrawSeconds : 0
            let size = (terminal.width, terminal.height)
            if store.revision != renderedRevision || view != renderedView || second != renderedSecond
                || size != renderedSize
            {
                outputRate.record(totalBytes: terminal.bytesWritten, at: now)
                let buffer = DashboardView.render(
                    store: store, view: view, now: now, width: size.0, height: size.1,
                    sourceLabel: sourceLabel, theme: theme, glyphs: glyphs,
                    outputBytesPerSecond: outputRate.bytesPerSecond(at: now),
                    // Without clock redraws an idle screen keeps its last frame, so a rate would go stale there:
                    // the running total is true for as long as it is shown.
                    outputTotalBytes: options.clockRedraws ? nil : terminal.bytesWritten)
                terminal.draw(buffer)
                outputRate.record(totalBytes: terminal.bytesWritten, at: Date())
                renderedRevision = store.revision
                renderedView = view
                renderedSecond = second
                renderedSize = size
            }

            // Sleep until input, an event from the poller, or the next clock redraw (ages and staleness).
            let period = Double(Self.clockRedrawSeconds)
            let untilNextTick = Int((period - now.timeIntervalSince1970.truncatingRemainder(dividingBy: period)) * 1000) + 5
            for input in terminal.waitForInput(timeoutMilliseconds: options.clockRedraws ? untilNextTick : 60_000) {
                switch input {
                case .key(let key):
                    if perform(view.handle(key, store: store)) { return .quit }
                case .resize(let width, let height):
                    view.resize(width: width, height: height)
                case .mouse(let event):
                    if perform(view.handle(event, store: store)) { return .quit }
                }
            }
        }
    }
}
