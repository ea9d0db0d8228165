import Foundation
import RuntopServer
import Testing

/// The dashboard against a misbehaving server: it keeps running, says what is wrong, and the data still arrives.
@Suite("Dashboard against a faulty server", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct FaultyServerTests {
    @Test func rateLimitsErrorsAndGarbageAreReportedWhileDataKeepsArriving() async throws {
        var configuration = ReferenceServerConfiguration()
        configuration.port = 0
        configuration.simulatedJobs = 1
        configuration.secondsPerStep = 0.2
        configuration.randomSeed = 9
        configuration.faults = FaultPlan(rateLimit: 3, truncateRate: 0.1, malformedRate: 0.1)
        let server = try await ReferenceServer.start(configuration)
        defer { Task { await server.stop() } }
        let session = try DashboardEndToEndTests.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }

        // Something goes wrong and the status bar says what.
        try await session.waitFor("a problem in the status bar", timeout: 30) { lines in
            let status = lines.last ?? ""
            return status.contains("rate limited") || status.contains("malformed") || status.contains("closed")
        }
        // Yet the selected job's data arrives: log lines and chart cells.
        try await session.waitFor("log lines", timeout: 40) { $0.contains { $0.contains("step ") && $0.contains("loss") } }
        try await session.waitFor("braille chart cells", timeout: 40) { DashboardEndToEndTests.containsBraille($0) }
        #expect(!(try session.screenText()).contains("RUNTOP_EXIT"), "runtop keeps running")
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
