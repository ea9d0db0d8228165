import Foundation

/// A failure of the tmux harness, with the screen as it last looked.
struct TmuxHarnessError: Error, CustomStringConvertible {
    var message: String
    var lastScreen: [String] = []

    var description: String {
        guard !lastScreen.isEmpty else { return message }
        let framed = lastScreen.enumerated().map { index, line in
            String(format: "%3d│", index) + line
        }
        return message + "\nLast screen:\n" + framed.joined(separator: "\n")
    }
}

/// How the program in a pane ended.
///
/// Read from the wrapper shell's `$?`, which reports death by signal N as 128+N: a program that itself exits
/// with 130 looks like SIGINT. Check ``status`` when you expect an exit code, ``signal`` when you expect a signal.
struct PaneExit: Equatable, Sendable, CustomStringConvertible {
    /// The exit status, when the process exited normally.
    var status: Int32?
    /// The signal that killed it, when one did.
    var signal: Int32?

    /// Decodes a shell's `$?`.
    init(shellStatus code: Int32) {
        status = code
        signal = code > 128 ? code - 128 : nil
    }

    /// An exit with the given fields.
    init(status: Int32?, signal: Int32?) {
        self.status = status
        self.signal = signal
    }

    var description: String {
        if let signal { return "exited with status \(status ?? 128 + signal) (signal \(signal)?)" }
        return "exited with status \(status.map(String.init) ?? "?")"
    }
}

/// A program running in a detached tmux session on a private server, for end-to-end tests of the real binary.
///
/// Each session has its own server socket (`tmux -L <unique>`), a config with `remain-on-exit on` and no status
/// line (so the pane is exactly `width`×`height`), and is torn down (server killed) on ``kill()`` or deinit.
final class TmuxSession: Sendable {
    /// The private server's socket name.
    let socketName: String
    /// Columns and rows the session was created with.
    let initialSize: (width: Int, height: Int)

    private let workDirectory: String
    private let configPath: String
    private let statusPath: String
    private static let target = "runtop-e2e"

    /// Environment every session gets unless the caller overrides it.
    static let defaultEnvironment = [
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        // A crash must not wait 30 s for a keypress in the interactive backtracer.
        "SWIFT_BACKTRACE": "interactive=no",
    ]

    /// True when a tmux binary can be found (use with `.enabled(if:)`).
    static var isTmuxAvailable: Bool { executablePath(named: "tmux") != nil }

    /// Starts `command` (an argument vector, shell-quoted) in a detached `width`×`height` session.
    ///
    /// The command runs under a small `/bin/sh` wrapper that records its exit code in a file once it ends
    /// (tmux 3.3 sometimes loses `#{pane_dead_status}`); the wrapper traps INT/QUIT/TERM/HUP with a no-op, so
    /// it outlives the program and the program still starts with default handlers. `environment` adds to (and overrides) ``defaultEnvironment``; TERM
    /// also sets tmux's default-terminal.
    init(
        command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        workingDirectory: String? = nil
    ) throws {
        guard Self.isTmuxAvailable else { throw TmuxHarnessError(message: "tmux is not installed (not on PATH)") }
        socketName = "runtop-e2e-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        initialSize = (width, height)
        let merged = Self.defaultEnvironment.merging(environment) { _, new in new }
        let terminalName = merged["TERM"] ?? "xterm-256color"
        workDirectory = NSTemporaryDirectory() + socketName
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        configPath = workDirectory + "/tmux.conf"
        statusPath = workDirectory + "/exit-status"
        let config = """
            set -g remain-on-exit on
            set -g default-shell /bin/sh
            set -g status off
            set -g default-terminal "\(terminalName)"
            set -g history-limit 2000
            set -g escape-time 0
            """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)

        var arguments = ["-f", configPath, "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)"]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        let program = command.map(Self.shellQuoted).joined(separator: " ")
        arguments.append("trap : INT QUIT TERM HUP; \(program); echo $? > \(Self.shellQuoted(statusPath))")
        let result = try run(arguments)
        guard result.status == 0 else {
            try? FileManager.default.removeItem(atPath: workDirectory)
            throw TmuxHarnessError(message: "tmux new-session failed (\(result.status)): \(result.error)")
        }
    }

    deinit { kill() }

    // MARK: Driving

    /// Sends tmux key names (`Up`, `Enter`, `C-c`, `F5`, `BTab`, `q`, …), one argument per key.
    func sendKeys(_ keys: String...) throws {
        try sendKeys(keys)
    }

    /// Sends tmux key names, one element per key.
    func sendKeys(_ keys: [String]) throws {
        let result = try run(["send-keys", "-t", Self.target] + keys)
        guard result.status == 0 else {
            throw TmuxHarnessError(message: "send-keys \(keys) failed: \(result.error)", lastScreen: lastScreen())
        }
    }

    /// Types `text` literally (no key-name interpretation).
    func sendText(_ text: String) throws {
        let result = try run(["send-keys", "-t", Self.target, "-l", "--", text])
        guard result.status == 0 else {
            throw TmuxHarnessError(message: "send-keys -l failed: \(result.error)", lastScreen: lastScreen())
        }
    }

    /// Resizes the window (and so the pane) to `width`×`height`.
    func resize(width: Int, height: Int) throws {
        let result = try run(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
        guard result.status == 0 else { throw TmuxHarnessError(message: "resize-window failed: \(result.error)") }
    }

    /// Sends `signal` to the program (not to its wrapper shell).
    func sendSignal(_ signal: Int32) throws {
        guard let pid = programPID else {
            throw TmuxHarnessError(message: "no running program to signal", lastScreen: lastScreen())
        }
        guard Foundation.kill(pid, signal) == 0 else {
            throw TmuxHarnessError(message: "kill(\(pid), \(signal)) failed: errno \(errno)")
        }
    }

    // MARK: Observing

    /// The visible screen, one string per row (`capture-pane -p`); with `escapes`, SGR sequences included (`-e`).
    func capture(escapes: Bool = false) throws -> [String] {
        var arguments = ["capture-pane", "-p", "-t", Self.target]
        if escapes { arguments.append("-e") }
        let result = try run(arguments)
        guard result.status == 0 else { throw TmuxHarnessError(message: "capture-pane failed: \(result.error)") }
        var lines = result.output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The screen as one string (rows joined by newlines).
    func screenText() throws -> String { try capture().joined(separator: "\n") }

    /// Waits until the screen contains `text`; throws with the last screen after `timeout` seconds.
    func waitFor(text: String, timeout: TimeInterval = 10) async throws {
        try await waitFor("screen to contain \"\(text)\"", timeout: timeout) { lines in
            lines.joined(separator: "\n").contains(text)
        }
    }

    /// Waits until `condition` holds for the captured screen; throws with the last screen after `timeout`.
    func waitFor(
        _ description: String, timeout: TimeInterval = 10, condition: ([String]) -> Bool
    ) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while true {
            screen = (try? capture()) ?? screen
            if condition(screen) { return }
            if Date() >= deadline {
                throw TmuxHarnessError(
                    message: "timed out after \(timeout) s waiting for \(description)", lastScreen: screen)
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
    }

    /// Waits until the program has exited and reports how; throws with the last screen after `timeout`.
    @discardableResult
    func waitUntilExited(timeout: TimeInterval = 10) async throws -> PaneExit {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let exit = paneExit { return exit }
            if Date() >= deadline {
                throw TmuxHarnessError(
                    message: "timed out after \(timeout) s waiting for the program to exit",
                    lastScreen: lastScreen())
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
    }

    /// How the program ended, or nil while it still runs.
    var paneExit: PaneExit? {
        guard let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
            let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return PaneExit(shellStatus: code)
    }

    /// True while the program runs.
    var isRunning: Bool { paneExit == nil && (try? format("#{pane_dead}")) == "0" }

    /// True when the pane shows the alternate screen (`#{alternate_on}`).
    var isAlternateScreen: Bool { (try? format("#{alternate_on}")) == "1" }

    /// True when the cursor is visible (`#{cursor_flag}`).
    var isCursorVisible: Bool { (try? format("#{cursor_flag}")) == "1" }

    /// The pane's process id (`#{pane_pid}`): the wrapper shell.
    var panePID: pid_t? { (try? format("#{pane_pid}")).flatMap { pid_t($0) } }

    /// The program's process id: the wrapper shell's child (nil before it started or after it ended).
    var programPID: pid_t? {
        guard let parent = panePID else { return nil }
        return Self.childProcesses(of: parent).first
    }

    /// Processes whose parent is `parent`, from /proc.
    static func childProcesses(of parent: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let commandEnd = stat.range(of: ")", options: .backwards)
            else { return nil }
            // After "pid (command)": state, then the parent's pid.
            let fields = stat[commandEnd.upperBound...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent ? pid : nil
        }.sorted()
    }

    /// The pane's current size (`#{pane_width}`×`#{pane_height}`).
    var paneSize: (width: Int, height: Int)? {
        guard let text = try? format("#{pane_width} #{pane_height}") else { return nil }
        let parts = text.split(separator: " ").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    /// Runs any tmux command on this session's private server (e.g. `set -s set-clipboard on`, `show-buffer`)
    /// and returns its output.
    @discardableResult
    func tmuxCommand(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw TmuxHarnessError(message: "tmux \(arguments.joined(separator: " ")) failed: \(result.error)")
        }
        return result.output
    }

    /// Expands a tmux format for the pane (`display-message -p`).
    func format(_ format: String) throws -> String {
        let result = try run(["display-message", "-p", "-t", Self.target, format])
        guard result.status == 0 else { throw TmuxHarnessError(message: "display-message failed: \(result.error)") }
        return result.output.trimmingCharacters(in: .newlines)
    }

    // MARK: Teardown

    /// Kills the program, its wrapper and the private tmux server. Idempotent.
    func kill() {
        // The wrapper shrugs off SIGHUP (its trap), so the server's hang-up alone would leave it and the program.
        if let wrapper = panePID {
            for child in Self.childProcesses(of: wrapper) { Foundation.kill(child, SIGKILL) }
            Foundation.kill(wrapper, SIGKILL)
        }
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: workDirectory)
        // A server that died uncleanly leaves its socket behind.
        let socketDirectory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: "\(socketDirectory)/\(socketName)")
    }

    // MARK: Plumbing

    private func lastScreen() -> [String] { (try? capture()) ?? [] }

    /// Runs one tmux client command on the private server.
    private func run(_ arguments: [String], timeout: TimeInterval = 10) throws -> CleanProcess.Result {
        guard let tmux = Self.executablePath(named: "tmux") else {
            throw TmuxHarnessError(message: "tmux is not installed (not on PATH)")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        return try CleanProcess.run(tmux, ["-L", socketName] + arguments, environment: environment, timeout: timeout)
    }

    /// `text` as one single-quoted shell word.
    static func shellQuoted(_ text: String) -> String {
        if !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }) {
            return text
        }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The first executable called `name` on PATH.
    static func executablePath(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
