import Foundation
import RuntopServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `runtop` binary in a real terminal (tmux) against the real reference server over HTTP.
@Suite("Dashboard end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct DashboardEndToEndTests {
    static let paneTitles = ["1 Jobs", "2 Timeline", "3 Charts", "4 Logs", "5 Artifacts", "6 Result"]

    static func startServer(port: Int = 0, jobs: Int = 3) async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration()
        configuration.port = port
        configuration.simulatedJobs = jobs
        configuration.secondsPerStep = 0.15
        configuration.seedHistory = true
        configuration.randomSeed = 11
        return try await ReferenceServer.start(configuration)
    }

    /// The names of the server's jobs, read over plain HTTP.
    static func jobNames(_ server: RunningReferenceServer) async throws -> [String] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs")!)
        let jobs = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return jobs.compactMap { ($0["hyperparams"] as? [String: Any])?["output_name"] as? String }
    }

    /// True while `pid` runs (a zombie waiting for tmux to reap it has ended).
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }

    static func containsBraille(_ lines: [String]) -> Bool {
        lines.contains { line in line.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }
    }

    @Test func everyPaneShowsLiveDataAndQRestoresTheTerminal() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let session = try Self.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }

        for title in Self.paneTitles { try await session.waitFor(text: title, timeout: 20) }
        #expect(session.isAlternateScreen)
        // A job name the server knows (the list column may shorten it, so match its first characters).
        let names = try await Self.jobNames(server)
        let name = try #require(names.first)
        try await session.waitFor(text: String(name.prefix(10)), timeout: 10)
        // A log line of the selected job, braille in the charts, and the timeline's transition.
        try await session.waitFor("a log line", timeout: 20) { lines in
            lines.contains { $0.contains("step ") && $0.contains("loss") }
        }
        try await session.waitFor("braille chart cells", timeout: 20) { Self.containsBraille($0) }
        try await session.waitFor(text: "running", timeout: 10)

        // The data moves: the screen changes within 5 s without a key press.
        let before = try session.capture()
        try await session.waitFor("the screen to update", timeout: 5) { $0 != before }

        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
        #expect(!session.isAlternateScreen, "q leaves the alternate screen")
    }

    @Test func selectingAnotherJobFollowsIt() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let session = try Self.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }
        try await session.waitFor(text: "1 Jobs", timeout: 20)
        try await session.waitFor("a log line", timeout: 20) { $0.contains { $0.contains("step ") } }
        let header = try session.capture()[0]
        try session.sendKeys("j")
        try await session.waitFor("the header to name another job", timeout: 5) { $0.first != header }
        try session.sendKeys("Down")
        try session.sendKeys("k")
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    /// runtop under a shell that outlives it, so the terminal's state after exit can be read (tmux reports a
    /// dead pane's cursor as hidden whatever the program left).
    static func dashboardUnderShell(_ arguments: [String]) throws -> TmuxSession {
        let command = ([try locateBuiltProduct("runtop")] + arguments).map(TmuxSession.shellQuoted).joined(separator: " ")
        // The shell traps Ctrl-C (so it survives it) without passing the trap on to runtop.
        return try TmuxSession(
            command: ["/bin/sh", "-c", "trap true INT; " + command + "; echo RUNTOP_EXIT=$?; sleep 60"], width: 120, height: 40)
    }

    @Test(arguments: [("INT", SIGINT, 130), ("TERM", SIGTERM, 143), ("HUP", SIGHUP, 129), ("QUIT", SIGQUIT, 131)])
    func signalsExitAndRestoreTheTerminal(name: String, signal: Int32, status: Int) async throws {
        let server = try await Self.startServer(jobs: 1)
        defer { Task { await server.stop() } }
        let session = try Self.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }
        try await session.waitFor(text: "1 Jobs", timeout: 20)
        #expect(session.isAlternateScreen)
        #expect(!session.isCursorVisible, "the dashboard hides the cursor while it runs")
        let shell = try #require(session.programPID)
        let runtop = try #require(Self.childProcess(of: shell))
        if signal == SIGINT {
            try session.sendKeys("C-c")
        } else {
            #expect(kill(runtop, signal) == 0)
        }
        let start = Date()
        while Self.isAlive(runtop), Date().timeIntervalSince(start) < 5 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(Date().timeIntervalSince(start) < 1.0, "SIG\(name) ends runtop within a second")
        try await session.waitFor(text: "RUNTOP_EXIT=\(status)", timeout: 5)
        #expect(!session.isAlternateScreen, "SIG\(name) leaves the alternate screen")
        #expect(session.isCursorVisible, "SIG\(name) shows the cursor again")
    }

    @Test func quitRestoresTheCursorAndTheNormalScreen() async throws {
        let server = try await Self.startServer(jobs: 1)
        defer { Task { await server.stop() } }
        let session = try Self.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }
        try await session.waitFor(text: "1 Jobs", timeout: 20)
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 5)
        #expect(!session.isAlternateScreen)
        #expect(session.isCursorVisible)
    }

    /// The first child process of `parent` (runtop under its shell).
    static func childProcess(of parent: pid_t) -> pid_t? {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let children = try? String(
                contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8),
                let first = children.split(separator: " ").first.flatMap({ pid_t($0) })
            {
                return first
            }
            usleep(20_000)
        }
        return nil
    }

    @Test func anUnreachableServerIsReportedAndPollingResumesWhenItReturns() async throws {
        let probe = try await Self.startServer(jobs: 0)
        let port = probe.port
        await probe.stop()

        let session = try Self.dashboardUnderShell(["--url", "http://127.0.0.1:\(port)"])
        defer { session.kill() }
        try await session.waitFor(text: "unreachable", timeout: 15)
        #expect(!(try session.screenText()).contains("RUNTOP_EXIT"), "a server that is down is a message, not a crash")

        let server = try await Self.startServer(port: port, jobs: 2)
        defer { Task { await server.stop() } }
        try await session.waitFor("jobs to appear", timeout: 40) { lines in
            lines.contains { $0.contains("running") } && !lines.joined().contains("unreachable")
        }
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func demoStartsItsOwnServerAndIsLabelledAsADemo() async throws {
        let session = try Self.dashboardUnderShell(["demo", "--speed", "4"])
        defer { session.kill() }
        try await session.waitFor(text: "demo", timeout: 20)
        for title in Self.paneTitles { try await session.waitFor(text: title, timeout: 20) }
        try await session.waitFor("braille chart cells", timeout: 20) { Self.containsBraille($0) }
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
        #expect(!session.isAlternateScreen)
        #expect(session.isCursorVisible)
    }

    @Test func copyPutsTheSelectedJobIdOnTheClipboardWithOSC52() async throws {
        let server = try await Self.startServer(jobs: 1)
        defer { Task { await server.stop() } }
        let session = try Self.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }
        try session.tmuxCommand(["set", "-s", "set-clipboard", "on"])
        try await session.waitFor(text: "1 Jobs", timeout: 20)
        try await session.waitFor(text: "running", timeout: 20)
        try session.sendKeys("y")
        try await session.waitFor(text: "copied", timeout: 5)
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs")!)
        let ids = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]]).compactMap { $0["id"] as? String }
        let clipboard = try session.tmuxCommand(["show-buffer"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ids.contains(clipboard), "the clipboard holds a job id, got \(clipboard)")
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func aContextFromTheConfigFileNamesTheServerAndAMalformedThemeFallsBackWithAMessage() async throws {
        let server = try await Self.startServer(jobs: 1)
        defer { Task { await server.stop() } }
        let home = NSTemporaryDirectory() + "runtop-e2e-config-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home + "/runtop/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try """
            default_context = "lab"
            theme = "broken"

            [contexts.lab]
            dialect = "fusion"
            url = "\(server.baseURL)"
            """.write(toFile: home + "/runtop/config.toml", atomically: true, encoding: .utf8)
        try "[status.failed]\nfg = \"#zz0000\"\n".write(
            toFile: home + "/runtop/themes/broken.toml", atomically: true, encoding: .utf8)
        let command = [try locateBuiltProduct("runtop")].map(TmuxSession.shellQuoted).joined(separator: " ")
        let session = try TmuxSession(
            command: ["/bin/sh", "-c", command + "; echo RUNTOP_EXIT=$?; sleep 60"], width: 120, height: 40,
            // swift test exports NO_COLOR=1, which would force monochrome without reading the theme.
            environment: ["XDG_CONFIG_HOME": home, "NO_COLOR": ""])
        defer { session.kill() }
        try await session.waitFor(text: "lab ·", timeout: 20)
        try await session.waitFor(text: "is not a colour", timeout: 5)
        try await session.waitFor(text: "running", timeout: 20)
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
