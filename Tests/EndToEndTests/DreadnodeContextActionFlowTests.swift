import Foundation
import RuntopServer
import Testing

/// A Dreadnode context with `tinker_url` opened in the real dashboard (tmux) against `runtop serve`: its
/// `tinker://` checkpoints can be published through the Tinker API, as with `--tinker-url`.
@Suite("Checkpoint actions of a Dreadnode context end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct DreadnodeContextActionFlowTests {
    /// Whether `job`'s `final` checkpoint is public, as `runtop snapshot --context lab --json` reads it.
    static func finalIsPublic(_ job: String, environment: [String: String]) throws -> Bool? {
        let snapshot = try HeadlessCommandTests.runtop(
            ["snapshot", "--context", "lab", "--job", job, "--json"], environment: environment)
        let checkpoints = try DreadnodeContextSnapshotTests.checkpoints(in: snapshot.output)
        return checkpoints.first { $0["name"] as? String == "final" }?["public"] as? Bool
    }

    @Test func publishInAContextWithTinkerURLPublishesTheCheckpoint() async throws {
        let server = try await DreadnodeContextSnapshotTests.startServer()
        defer { Task { await server.stop() } }
        let job = try await DreadnodeContextSnapshotTests.succeededJob(server)
        let home = try DreadnodeContextSnapshotTests.configHome(
            DreadnodeContextSnapshotTests.labContext(
                server, extra: "tinker_url = \"\(server.baseURL)\"\ntinker_token_env = \"RUNTOP_E2E_TINKER_KEY\""))
        defer { try? FileManager.default.removeItem(atPath: home) }
        let key = DreadnodeContextSnapshotTests.key
        let environment = [
            "XDG_CONFIG_HOME": home, "RUNTOP_E2E_DREADNODE_KEY": key, "RUNTOP_E2E_TINKER_KEY": key,
        ]
        #expect(try Self.finalIsPublic(job, environment: environment) == false)

        let dashboard = try DashboardUnderShell(["--context", "lab"], environment: environment)
        let session = dashboard.session
        defer { session.kill() }
        try await session.waitFor(text: "lab · dreadnode", timeout: 20)
        try session.sendKeys(":")
        try session.sendText("job \(job)")
        try session.sendKeys("Enter")
        try await session.waitFor(text: "output model", timeout: 20)
        try session.sendKeys(":")
        try session.sendText("publish final")
        try session.sendKeys("Enter")
        try await session.waitFor("the confirmation line", timeout: 5) { lines in
            lines.contains { $0.contains("Publish checkpoint") && $0.contains("y/N") }
        }
        #expect(try Self.finalIsPublic(job, environment: environment) == false, "nothing is sent before y")
        try session.sendKeys("y")
        let deadline = Date().addingTimeInterval(10)
        var published = false
        while !published, Date() < deadline {
            published = try Self.finalIsPublic(job, environment: environment) == true
            if !published { try await Task.sleep(for: .milliseconds(200)) }
        }
        let screen = try session.screenText()
        #expect(published, "the dashboard published it through the context's Tinker API:\n\(screen)")
        try session.sendKeys("q")
        #expect(try await dashboard.waitForExitStatus() == 0)
    }
}
