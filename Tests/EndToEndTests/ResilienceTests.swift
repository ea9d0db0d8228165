import Foundation
import Testing

/// The dashboard survives what a terminal does to it: resize storms, job control, a crash.
@Suite("Resilience", .enabled(if: TmuxSession.isTmuxAvailable))
struct ResilienceTests {
    static let allTitles = ["1 Jobs", "2 Timeline", "3 Charts", "4 Logs", "5 Artifacts", "6 Result"]

    /// What a correctly laid-out `width`×`height` wide screen looks like: a header, frames closed on both
    /// sides of the two columns on every body row, and the status bar; nil when it does, else what is wrong.
    static func layoutProblem(_ screen: [String], width: Int, height: Int) -> String? {
        guard screen.count == height else { return "\(screen.count) rows, expected \(height)" }
        let rows = screen.map { Array($0) }
        if let wide = rows.firstIndex(where: { $0.count > width }) { return "row \(wide) is wider than \(width)" }
        guard screen[0].contains("runtop") else { return "no header: \(screen[0])" }
        guard screen[height - 1].contains("q quit") else { return "no status bar: \(screen[height - 1])" }
        let split = width * 2 / 5
        for y in 1...(height - 2) {
            let row = rows[y]
            guard row.count == width else { return "row \(y) is \(row.count) columns, expected \(width)" }
            let edges = String([row[0], row[split - 1], row[split], row[width - 1]])
            let fine =
                switch y {
                case 1: edges == "┌┐┌┐"
                case height - 2: edges == "└┘└┘"
                // Inside, the right column's panes start and end on their own rows.
                default: edges.hasPrefix("││") && "│┌└".contains(row[split]) && row[width - 1] != " "
                }
            guard fine else { return "row \(y): the frame edges read \(edges)" }
        }
        return nil
    }

    @Test func aResizeStormLeavesAWorkingCorrectlyDrawnDashboard() async throws {
        let url = try await SharedReferenceServer.shared.baseURL()
        let dashboard = try DashboardUnderShell(["--url", url], width: 120, height: 40)
        let session = dashboard.session
        defer { session.kill() }
        try await session.waitFor(text: "6 Result", timeout: 20)
        let pid = try #require(dashboard.runtopPID)

        var generator = SystemRandomNumberGenerator()
        let start = Date()
        var resizes = 0
        while resizes < 300, Date().timeIntervalSince(start) < 6 {
            // Mostly usable sizes, some below the minimum, a few degenerate.
            let width = Int.random(in: 10...220, using: &generator)
            let height = Int.random(in: 3...70, using: &generator)
            try session.resize(width: width, height: height)
            resizes += 1
        }
        let (finalWidth, finalHeight) = (110, 36)
        try session.resize(width: finalWidth, height: finalHeight)
        #expect(resizes >= 100, "the storm sent \(resizes) resizes in \(Date().timeIntervalSince(start)) s")
        #expect(ProcessTable.isAlive(pid), "runtop survives \(resizes) resizes")

        var problem: String?
        try await session.waitFor("a correct \(finalWidth)x\(finalHeight) layout", timeout: 10) { screen in
            problem = Self.layoutProblem(screen, width: finalWidth, height: finalHeight)
            return problem == nil && Self.allTitles.allSatisfy(screen.joined(separator: "\n").contains)
        }
        #expect(problem == nil)
        #expect(ProcessTable.isAlive(pid))
        try session.sendKeys("q")
        #expect(try await dashboard.waitForExitStatus() == 0)
    }

    /// Ctrl-Z in an interactive shell (real job control): the dashboard leaves the screen to the shell, stops,
    /// and repaints when `fg` continues it; q still quits.
    @Test func ctrlZStopsTheDashboardAndFgRepaintsIt() async throws {
        let url = try await SharedReferenceServer.shared.baseURL()
        let session = try TmuxSession(
            command: ["/bin/bash", "--norc", "--noprofile", "-i"], width: 120, height: 40, environment: ["PS1": "$ "])
        defer { session.kill() }
        let runtop = try locateBuiltProduct("runtop")
        try await session.waitFor(text: "$", timeout: 10)
        try session.sendText("\(TmuxSession.shellQuoted(runtop)) --url \(url)")
        try session.sendKeys("Enter")
        try await session.waitFor(text: "6 Result", timeout: 20)
        #expect(session.isAlternateScreen)
        // The pane runs the harness's wrapper, then bash, then runtop.
        let shell = try #require(session.programPID)
        let pid = try #require(ProcessTable.firstChild(of: shell))
        #expect(ProcessTable.runs(pid, program: runtop))

        try session.sendKeys("C-z")
        try await session.waitFor(text: "Stopped", timeout: 5)
        #expect(ProcessTable.isStopped(pid), "runtop is stopped, state \(ProcessTable.state(pid).map(String.init) ?? "gone")")
        #expect(!session.isAlternateScreen, "the stopped dashboard gives the normal screen back")
        #expect(session.isCursorVisible, "and the cursor")

        try session.sendText("fg")
        try session.sendKeys("Enter")
        try await session.waitFor("the dashboard to repaint", timeout: 10) { screen in
            Self.allTitles.allSatisfy(screen.joined(separator: "\n").contains)
                && !screen.joined().contains("Stopped")
        }
        #expect(session.isAlternateScreen)
        #expect(ProcessTable.isAlive(pid) && !ProcessTable.isStopped(pid))

        try session.sendKeys("q")
        #expect(try await ProcessTable.waitForExit(pid, timeout: 5) != nil, "q quits after a stop")
        try session.sendText("echo RUNTOP_EXIT=$?")
        try session.sendKeys("Enter")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 5)
        #expect(!session.isAlternateScreen)
        #expect(session.isCursorVisible)
    }

    /// SIGSTOP cannot be caught (no chance to tidy up); SIGCONT must still bring back a complete screen.
    @Test func sigstopThenSigcontRepaintsAndQStillQuits() async throws {
        let url = try await SharedReferenceServer.shared.baseURL()
        let dashboard = try DashboardUnderShell(["--url", url], width: 120, height: 40)
        let session = dashboard.session
        defer { session.kill() }
        try await session.waitFor(text: "6 Result", timeout: 20)
        let pid = try #require(dashboard.runtopPID)

        #expect(kill(pid, SIGSTOP) == 0)
        try await session.waitFor("runtop to stop", timeout: 5) { _ in ProcessTable.isStopped(pid) }
        // Something else scribbles over the screen while it is stopped.
        try session.tmuxCommand(["send-keys", "-t", "runtop-e2e", "-R"])
        try session.tmuxCommand(["clear-history", "-t", "runtop-e2e"])
        #expect(kill(pid, SIGCONT) == 0)
        try await session.waitFor("a repaint with every pane", timeout: 10) { screen in
            Self.layoutProblem(screen, width: 120, height: 40) == nil
                && Self.allTitles.allSatisfy(screen.joined(separator: "\n").contains)
        }
        try session.sendKeys("q")
        #expect(try await dashboard.waitForExitStatus() == 0)
        #expect(!session.isAlternateScreen)
        #expect(session.isCursorVisible)
    }

    /// A crash (SIGSEGV) still restores the terminal: normal screen, cursor shown, and the crash's status.
    @Test func aCrashRestoresTheTerminal() async throws {
        let url = try await SharedReferenceServer.shared.baseURL()
        let dashboard = try DashboardUnderShell(
            ["--url", url], width: 120, height: 40, environment: ["SWIFT_BACKTRACE": "enable=no"])
        let session = dashboard.session
        defer { session.kill() }
        try await session.waitFor(text: "1 Jobs", timeout: 20)
        #expect(session.isAlternateScreen)
        #expect(!session.isCursorVisible)
        let pid = try #require(dashboard.runtopPID)

        #expect(kill(pid, SIGSEGV) == 0)
        #expect(try await dashboard.waitForExitStatus(timeout: 10) == 128 + Int(SIGSEGV))
        #expect(!session.isAlternateScreen, "a crash leaves the alternate screen")
        #expect(session.isCursorVisible, "a crash shows the cursor again")
    }
}
