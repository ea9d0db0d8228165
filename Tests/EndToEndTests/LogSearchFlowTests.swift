import Foundation
import RuntopServer
import Testing

/// Log search typed into the real binary in tmux: `/` in the log pane, a match, `n`/`N`, and no match.
@Suite("Log search end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct LogSearchFlowTests {
    @Test func slashInTheLogPaneFindsAMatchPausesThereAndNWalksTheMatches() async throws {
        let server = try await DashboardEndToEndTests.startServer(jobs: 2)
        defer { Task { await server.stop() } }
        let session = try DashboardEndToEndTests.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }
        // The result pane also says "step N/M": wait for the log pane's own lines before searching.
        try await session.waitFor("training lines in the log pane", timeout: 30) { lines in
            lines.filter { $0.contains("· loss ") && $0.contains("step ") }.count >= 3
        }
        try session.sendKeys("4", "/")
        try session.sendText("LOSS")
        try session.sendKeys("Enter")
        try await session.waitFor("a match, counted", timeout: 5) { lines in
            lines.joined(separator: "\n").range(of: #"match \d+/\d+"#, options: .regularExpression) != nil
        }
        try await session.waitFor(text: "paused", timeout: 5)
        try await session.waitFor(text: "/LOSS", timeout: 5)
        #expect((try session.capture()).contains { $0.contains("· loss ") }, "the match is a training line")
        try session.sendKeys("N")
        try await session.waitFor("an older match", timeout: 5) { lines in
            lines.joined(separator: "\n").range(of: #"match \d+/\d+"#, options: .regularExpression) != nil
        }

        // Reopening the search edits the kept text; Ctrl-U clears it.
        try session.sendKeys("/", "C-u")
        try session.sendText("no-such-text")
        try session.sendKeys("Enter")
        try await session.waitFor(text: "no match for \"no-such-text\"", timeout: 5)
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
