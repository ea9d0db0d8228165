import Foundation
import RuntopServer
import Testing

/// `:ctx NAME` in the real binary: the dashboard drops one server's jobs and polls another's.
@Suite("Context switching end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct ContextSwitchTests {
    @Test func colonCtxSwitchesToAnotherContextsServerAndListsContexts() async throws {
        let lab = try await DashboardEndToEndTests.startServer(jobs: 1)
        defer { Task { await lab.stop() } }
        var configuration = ReferenceServerConfiguration()
        configuration.simulatedJobs = 2
        configuration.secondsPerStep = 0.15
        configuration.randomSeed = 97
        let prod = try await ReferenceServer.start(configuration)
        defer { Task { await prod.stop() } }
        let labNames = try await DashboardEndToEndTests.jobNames(lab)
        let prodOnly = try await DashboardEndToEndTests.jobNames(prod).filter { !labNames.contains($0) }
        let prodName = try #require(prodOnly.first, "the two servers' jobs must differ by name")

        let home = NSTemporaryDirectory() + "runtop-e2e-ctx-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home + "/runtop", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try """
            default_context = "lab"

            [contexts.lab]
            dialect = "fusion"
            url = "\(lab.baseURL)"

            [contexts.prod]
            dialect = "fusion"
            url = "\(prod.baseURL)"
            """.write(toFile: home + "/runtop/config.toml", atomically: true, encoding: .utf8)
        let command = [try locateBuiltProduct("runtop")].map(TmuxSession.shellQuoted).joined(separator: " ")
        let session = try TmuxSession(
            command: ["/bin/sh", "-c", command + "; echo RUNTOP_EXIT=$?; sleep 60"], width: 120, height: 40,
            environment: ["XDG_CONFIG_HOME": home])
        defer { session.kill() }
        try await session.waitFor(text: "lab ·", timeout: 20)
        try await session.waitFor(text: "running", timeout: 20)

        try session.sendKeys(":", "c", "t", "x", "Enter")
        try await session.waitFor(text: "contexts: *lab prod", timeout: 5)
        try session.sendKeys(":", "c", "t", "x", " ", "n", "o", "p", "e", "Enter")
        try await session.waitFor(text: "no context \"nope\"", timeout: 5)
        try await session.waitFor(text: "lab ·", timeout: 2)

        try session.sendKeys(":", "c", "t", "x", " ", "p", "r", "Enter")
        try await session.waitFor(text: "prod ·", timeout: 10)
        try await session.waitFor(text: prodName, timeout: 20)
        try await session.waitFor("the lab server's label to go", timeout: 5) { !$0.joined().contains("lab ·") }

        try session.sendKeys(":", "c", "t", "x", " ", "l", "a", "b", "Enter")
        try await session.waitFor(text: "lab ·", timeout: 10)
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
