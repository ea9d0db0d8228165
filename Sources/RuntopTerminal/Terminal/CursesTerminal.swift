import CNcursesw
import Glibc
import RuntopRender
import Synchronization

/// The ncursesw backend: draws ``CellBuffer``s, reads keys, and keeps the terminal sane on every exit path.
///
/// Not Sendable: create it, draw and wait for input on one dedicated thread. Only ``waker`` crosses threads.
public final class CursesTerminal {
    /// Columns of the terminal.
    public private(set) var width: Int
    /// Rows of the terminal.
    public private(set) var height: Int
    /// Bytes actually sent to the terminal since this terminal started (0 where Linux I/O accounting is missing).
    public private(set) var bytesWritten: Int = 0
    /// The colour level in use after detection, NO_COLOR and the terminal's limits.
    public let colorSupport: ColorSupport
    /// Wakes ``waitForInput(timeoutMilliseconds:)`` from any thread.
    public let waker = TerminalWaker()

    /// The signal that asked the program to stop, if one arrived.
    public var pendingTermination: TerminationReason? {
        TerminationReason(signalNumber: SignalState.pendingTermination.load(ordering: .sequentiallyConsistent))
    }

    /// Adopts the environment's locale (`setlocale(LC_ALL, "")`) and reports whether it is UTF-8; without it,
    /// use ASCII glyphs.
    public static var localeIsUTF8: Bool { TerminalLocale.adoptEnvironmentLocale() }

    private static let active = Atomic<Bool>(false)

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let outputFile: UnsafeMutablePointer<FILE>
    private let inputFile: UnsafeMutablePointer<FILE>
    private let inputDescriptor: Int32
    private let usesUTF8: Bool
    private let writeCounter = ThreadWriteCounter()
    private var styleEncoder: CursesStyleEncoder
    private var previousFrame: CellBuffer?
    private var needsFullRepaint = true
    private var isRestored = false

    /// Puts the terminal into curses mode (alternate screen, no echo, keypad, hidden cursor).
    ///
    /// - Throws: ``TerminalError/notATerminal`` when stdin or stdout is not a terminal,
    ///   ``TerminalError/unsupportedTerminal(_:)`` for TERM=dumb, unknown or unset, or a terminal without cursor
    ///   addressing, ``TerminalError/alreadyActive`` when another instance is live.
    public init(options: TerminalOptions = TerminalOptions()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        let term = getenv("TERM").map { String(cString: $0) }
        guard TerminalSupportCheck.mayBeSupported(term: term), let term else {
            throw TerminalError.unsupportedTerminal(term ?? "")
        }
        guard !Self.active.exchange(true, ordering: .sequentiallyConsistent) else { throw TerminalError.alreadyActive }
        var cleanUp: [() -> Void] = [{ Self.active.store(false, ordering: .sequentiallyConsistent) }]
        func fail(_ error: TerminalError) -> TerminalError {
            for step in cleanUp.reversed() { step() }
            return error
        }

        usesUTF8 = TerminalLocale.adoptEnvironmentLocale()
        SignalState.pendingTermination.store(0, ordering: .sequentiallyConsistent)
        SignalState.suspendRequested.store(false, ordering: .sequentiallyConsistent)
        SignalState.continued.store(false, ordering: .sequentiallyConsistent)
        SignalState.resized.store(false, ordering: .sequentiallyConsistent)
        if tcgetattr(STDIN_FILENO, SignalState.savedTermios) == 0 {
            SignalState.savedTermiosValid.store(true, ordering: .sequentiallyConsistent)
        }
        // Before newterm: ncurses only installs its own handlers where none exist.
        SignalHandlers.install()
        cleanUp.append { SignalHandlers.uninstall() }

        guard let output = fdopen(dup(STDOUT_FILENO), "w"), let input = fdopen(dup(STDIN_FILENO), "r") else {
            throw fail(.initializationFailed("could not open the terminal's streams"))
        }
        cleanUp.append {
            fclose(output)
            fclose(input)
        }
        let bytesBefore = writeCounter.bytesWrittenSoFar()
        guard let screen = newterm(term, output, input) else { throw fail(.unsupportedTerminal(term)) }
        guard let window = runtop_stdscr() else {
            delscreen(screen)
            throw fail(.initializationFailed("no standard screen"))
        }
        // "cup" is absent (nil) or not a string capability (-1) on terminals that cannot address the cursor.
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
            endwin()
            delscreen(screen)
            throw fail(.unsupportedTerminal(term))
        }
        self.screen = screen
        self.window = window
        outputFile = output
        inputFile = input
        inputDescriptor = fileno(input)

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        scrollok(window, false)
        idlok(window, false)
        wtimeout(window, 0)
        curs_set(0)
        set_escdelay(Int32(max(0, options.escapeDelayMilliseconds)))
        Self.disableFlowControl(descriptor: fileno(output))
        def_prog_mode()

        let resolvedSupport = ColorSupport.resolve(
            requested: options.colorSupport, terminalHasColors: has_colors(),
            terminalColors: Int(tigetnum("colors")), noColorValue: getenv("NO_COLOR").map { String(cString: $0) })
        var defaultColorsAvailable = false
        var pairCapacity = 1
        if resolvedSupport != .none, start_color() == OK {
            defaultColorsAvailable = use_default_colors() == OK
            pairCapacity = Int(runtop_color_pairs())
            colorSupport = resolvedSupport
        } else {
            colorSupport = .none
        }
        styleEncoder = CursesStyleEncoder(
            support: colorSupport, defaultColorsAvailable: defaultColorsAvailable, pairCapacity: pairCapacity)

        if options.mouse {
            mousemask(MouseDecoding.reportedMask, nil)
            mouseinterval(0)
        }
        width = Int(runtop_columns())
        height = Int(runtop_lines())
        bytesWritten = writeCounter.bytesWrittenSoFar() - bytesBefore
        SignalState.terminalActive.store(true, ordering: .sequentiallyConsistent)
    }

    deinit { restore() }

    // MARK: Output

    /// Writes the cells that changed since the last draw (all of them after a resize or resume), then refreshes
    /// once. An unchanged buffer sends nothing.
    public func draw(_ buffer: CellBuffer) {
        guard !isRestored else { return }
        let fullRepaint = needsFullRepaint || previousFrame == nil
        let changes = buffer.changes(since: fullRepaint ? nil : previousFrame)
        previousFrame = buffer
        guard fullRepaint || !changes.isEmpty else { return }
        measuringOutput {
            if fullRepaint {
                werase(window)
                clearok(runtop_curscr(), true)
            }
            for change in changes where change.x < width && change.y < height {
                put(change.cell, x: change.x, y: change.y)
            }
            wnoutrefresh(window)
            doupdate()
        }
        needsFullRepaint = false
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let encoded = styleEncoder.encode(cell.style)
        var characters = GlyphEncoding.wideCharacters(for: cell.symbol, localeIsUTF8: usesUTF8)
        var columns = Int(runtop_wcwidth(characters[0]))
        if columns < 0 || columns > Int(max(cell.width, 1)) {
            // The locale cannot show it, or curses would take more room than the layout gave it.
            characters = [0x3F, 0]
            columns = 1
        }
        var character = cchar_t()
        if setcchar(&character, characters, encoded.attributes, encoded.pair, nil) == ERR {
            _ = setcchar(&character, [0x3F, 0], encoded.attributes, encoded.pair, nil)
            columns = 1
        }
        // At the bottom-right cell this returns ERR (the cursor cannot advance) but the cell is stored, and
        // scrolling is off, so nothing scrolls.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
        // Keep curses' idea of the row aligned with the layout when it measures the glyph narrower.
        var column = x + max(columns, 1)
        while column < x + Int(cell.width), column < width {
            var blank = cchar_t()
            _ = setcchar(&blank, [0x20, 0], encoded.attributes, encoded.pair, nil)
            _ = mvwadd_wch(window, Int32(y), Int32(column), &blank)
            column += 1
        }
    }

    /// Writes a control sequence (OSC 52 clipboard, OSC 9/777 notification) straight to the terminal, between
    /// frames; curses' idea of the screen is unaffected because these sequences draw nothing.
    public func sendControlSequence(_ sequence: String) {
        guard !isRestored else { return }
        measuringOutput {
            fputs(sequence, outputFile)
            fflush(outputFile)
        }
    }

    /// Rings the terminal bell.
    public func ringBell() {
        guard !isRestored else { return }
        measuringOutput {
            beep()
            fflush(outputFile)
        }
    }

    private func measuringOutput(_ body: () -> Void) {
        let before = writeCounter.bytesWrittenSoFar()
        body()
        bytesWritten += max(0, writeCounter.bytesWrittenSoFar() - before)
    }

    // MARK: Input

    /// Waits up to `timeoutMilliseconds` for input, a signal or a wake-up; returns the decoded events ([] on
    /// timeout, wake-up or a termination signal — check ``pendingTermination``).
    public func waitForInput(timeoutMilliseconds: Int) -> [InputEvent] {
        guard !isRestored else { return [] }
        var events = handleSignalRequests()
        events += readAvailableInput()
        if !events.isEmpty || pendingTermination != nil { return Self.coalescingResizes(events) }

        var descriptors = [
            pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: WakePipe.descriptors.read, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, 2, Int32(clamping: max(0, timeoutMilliseconds)))
        if ready > 0 {
            if descriptors[1].revents != 0 { WakePipe.drain() }
            let inputEvents = descriptors[0].revents
            if inputEvents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, inputEvents & Int16(POLLIN) == 0 {
                // The terminal went away: nothing more will ever arrive.
                _ = SignalState.pendingTermination.compareExchange(
                    expected: 0, desired: SIGHUP, ordering: .sequentiallyConsistent)
            }
        }
        events += handleSignalRequests()
        if ready > 0, descriptors[0].revents & Int16(POLLIN) != 0 { events += readAvailableInput() }
        return Self.coalescingResizes(events)
    }

    /// Reads everything curses has buffered or the terminal has sent, without blocking.
    private func readAvailableInput() -> [InputEvent] {
        var events: [InputEvent] = []
        var value: wint_t = 0
        for _ in 0..<4096 {
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                let code = Int32(bitPattern: value)
                if code == KEY_RESIZE {
                    if let event = noteSizeChange() { events.append(event) }
                } else if code == KEY_MOUSE {
                    if let event = readMouseEvent() { events.append(event) }
                } else if let key = KeyDecoding.key(for: .keyCode(code)) {
                    events.append(.key(key))
                }
            } else if let key = KeyDecoding.key(for: .character(value)) {
                events.append(.key(key))
            }
        }
        return events
    }

    private func readMouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK, let action = MouseDecoding.action(forButtonState: event.bstate) else {
            return nil
        }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), action: action))
    }

    /// Acts on what signal handlers asked for: suspend, resume, resize.
    private func handleSignalRequests() -> [InputEvent] {
        var events: [InputEvent] = []
        if SignalState.suspendRequested.exchange(false, ordering: .sequentiallyConsistent) {
            measuringOutput { endwin() }
            fflush(outputFile)
            SignalState.terminalActive.store(false, ordering: .sequentiallyConsistent)
            SignalHandlers.stopProcessGroup()
            SignalState.terminalActive.store(true, ordering: .sequentiallyConsistent)
            SignalState.continued.store(true, ordering: .sequentiallyConsistent)
        }
        if SignalState.continued.exchange(false, ordering: .sequentiallyConsistent) {
            resumeAfterStop()
            SignalState.resized.store(true, ordering: .sequentiallyConsistent)
        }
        if SignalState.resized.exchange(false, ordering: .sequentiallyConsistent) {
            var rows: Int32 = 0
            var columns: Int32 = 0
            if runtop_terminal_size(inputDescriptor, &rows, &columns) == 0, rows > 0, columns > 0,
                rows != runtop_lines() || columns != runtop_columns()
            {
                resizeterm(rows, columns)
            }
            if let event = noteSizeChange() { events.append(event) }
        }
        return events
    }

    /// Restores curses' terminal modes (the shell may have changed them while we were stopped) and repaints the
    /// whole screen from curses' copy of it.
    private func resumeAfterStop() {
        measuringOutput {
            reset_prog_mode()
            clearok(runtop_curscr(), true)
            wrefresh(window)
        }
    }

    /// Updates the size from curses; returns a resize event when it changed.
    private func noteSizeChange() -> InputEvent? {
        let newWidth = Int(runtop_columns())
        let newHeight = Int(runtop_lines())
        guard newWidth != width || newHeight != height else { return nil }
        width = newWidth
        height = newHeight
        needsFullRepaint = true
        return .resize(width: newWidth, height: newHeight)
    }

    /// Keeps only the last resize of a batch (a drag produces many).
    static func coalescingResizes(_ events: [InputEvent]) -> [InputEvent] {
        guard let lastResize = events.lastIndex(where: { if case .resize = $0 { true } else { false } }) else {
            return events
        }
        return events.enumerated().compactMap { index, event in
            if case .resize = event, index != lastResize { return nil }
            return event
        }
    }

    // MARK: Restore

    /// Leaves curses mode: endwin (alternate screen off, cursor shown, modes restored) and the previous signal
    /// handlers back. Safe to call more than once; also runs on deinit.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        measuringOutput {
            curs_set(1)
            endwin()
            // tmux keeps the cursor mode of the alternate screen's entry, so the cursor shown before leaving it
            // stays hidden on the normal screen: show it again once we are there.
            if let showCursor = tigetstr("cnorm"), Int(bitPattern: showCursor) != -1 {
                fputs(showCursor, outputFile)
            }
            fflush(outputFile)
        }
        SignalState.terminalActive.store(false, ordering: .sequentiallyConsistent)
        delscreen(screen)
        fclose(outputFile)
        fclose(inputFile)
        SignalHandlers.uninstall()
        Self.active.store(false, ordering: .sequentiallyConsistent)
    }

    /// Turns off XON/XOFF so Ctrl-S and Ctrl-Q reach the dashboard instead of freezing output.
    private static func disableFlowControl(descriptor: Int32) {
        var modes = termios()
        guard tcgetattr(descriptor, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(descriptor, TCSANOW, &modes)
    }
}
