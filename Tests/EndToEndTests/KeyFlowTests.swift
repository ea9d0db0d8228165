import Foundation
import RuntopServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The key flows operators use, typed into the real binary in tmux: help, filter, follow/pause, zoom.
@Suite("Key flows end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct KeyFlowTests {
    static func dashboard() async throws -> (RunningReferenceServer, TmuxSession) {
        let server = try await DashboardEndToEndTests.startServer(jobs: 2)
        let session = try DashboardEndToEndTests.dashboardUnderShell(["--url", server.baseURL])
        try await session.waitFor(text: "1 Jobs", timeout: 20)
        try await session.waitFor("log lines", timeout: 20) { $0.contains { $0.contains("step ") } }
        return (server, session)
    }

    @Test func helpOpensWithQuestionMarkAndClosesWithEscape() async throws {
        let (server, session) = try await Self.dashboard()
        defer { session.kill(); Task { await server.stop() } }
        try session.sendKeys("?")
        try await session.waitFor(text: "Help", timeout: 5)
        try await session.waitFor(text: "quit", timeout: 5)
        try session.sendKeys("Escape")
        try await session.waitFor("help to close", timeout: 5) { !$0.joined().contains("Esc or ? closes") }
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func slashFiltersTheJobListByName() async throws {
        let (server, session) = try await Self.dashboard()
        defer { session.kill(); Task { await server.stop() } }
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs")!)
        let names = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            .compactMap { ($0["hyperparams"] as? [String: Any])?["output_name"] as? String }
        let name = try #require(names.first { candidate in names.filter { $0.hasPrefix(String(candidate.prefix(12))) }.count == 1 })
        let needle = String(name.prefix(12))
        try session.sendKeys("/")
        try session.sendText(needle)
        try session.sendKeys("Enter")
        try await session.waitFor(text: "1/\(names.count) jobs", timeout: 5)
        try await session.waitFor(text: "/\(needle)", timeout: 5)
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func scrollingUpPausesTheLogAndGResumesFollowing() async throws {
        let (server, session) = try await Self.dashboard()
        defer { session.kill(); Task { await server.stop() } }
        try await session.waitFor(text: "follow", timeout: 5)
        try session.sendKeys("4", "k", "k")
        try await session.waitFor(text: "paused", timeout: 5)
        try session.sendKeys("G")
        try await session.waitFor("follow again", timeout: 5) { lines in
            let text = lines.joined(separator: "\n")
            return text.contains("follow") && !text.contains("paused")
        }
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func zoomShowsOnePaneAloneAndEscapeBringsTheRestBack() async throws {
        let (server, session) = try await Self.dashboard()
        defer { session.kill(); Task { await server.stop() } }
        try session.sendKeys("4", "z")
        try await session.waitFor("the log pane alone", timeout: 5) { lines in
            let text = lines.joined(separator: "\n")
            return text.contains("4 Logs") && !text.contains("1 Jobs") && !text.contains("3 Charts")
        }
        try session.sendKeys("Escape")
        try await session.waitFor(text: "1 Jobs", timeout: 5)
        try await session.waitFor(text: "3 Charts", timeout: 5)
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
