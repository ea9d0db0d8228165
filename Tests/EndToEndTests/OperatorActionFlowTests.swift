import Foundation
import RuntopServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Operator actions typed into the real binary in tmux against the real reference server: cancel asks, `y`
/// sends it and the job shows cancelled; `--read-only` refuses without sending anything.
@Suite("Operator actions end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct OperatorActionFlowTests {
    /// A server running one simulated job slowly enough to stay running through the test.
    static func startServer() async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration()
        configuration.simulatedJobs = 1
        configuration.secondsPerStep = 0.5
        configuration.randomSeed = 5
        return try await ReferenceServer.start(configuration)
    }

    /// The job's status as the server says it now.
    static func status(of id: String, on server: RunningReferenceServer) async throws -> String? {
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs/\(id)")!)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["status"] as? String
    }

    /// The dashboard on `server`, once it shows the running job selected; returns the job's id.
    static func dashboard(_ server: RunningReferenceServer, extra: [String] = []) async throws
        -> (TmuxSession, String)
    {
        let session = try DashboardEndToEndTests.dashboardUnderShell(["--url", server.baseURL] + extra)
        try await session.waitFor(text: "(running)", timeout: 20)
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs")!)
        let jobs = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let id = try #require(jobs.first { $0["status"] as? String == "running" }?["id"] as? String)
        return (session, id)
    }

    @Test func cancelKeyAsksThenYCancelsTheRunningJob() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (session, id) = try await Self.dashboard(server)
        defer { session.kill() }
        try session.sendKeys("C")
        try await session.waitFor("the confirmation line", timeout: 5) { lines in
            lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
                $0.contains("Cancel job") && $0.contains("y/N")
            } ?? false
        }
        #expect(try await Self.status(of: id, on: server) == "running", "nothing is sent before y")
        try session.sendKeys("y")
        try await session.waitFor(text: "(cancelled)", timeout: 10)
        try await session.waitFor(text: "cancelled ", timeout: 5)
        #expect(try await Self.status(of: id, on: server) == "cancelled")
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func readOnlyRefusesCancelAndSendsNothing() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (session, id) = try await Self.dashboard(server, extra: ["--read-only"])
        defer { session.kill() }
        try await session.waitFor(text: "[read-only]", timeout: 5)
        try session.sendKeys("C")
        try await session.waitFor(text: "read-only: actions are disabled", timeout: 5)
        #expect(!(try session.screenText()).contains("y/N"))
        try session.sendKeys("y")
        try await Task.sleep(for: .milliseconds(1500))
        #expect(try await Self.status(of: id, on: server) == "running")
        #expect(!(try session.screenText()).contains("(cancelled)"))
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
