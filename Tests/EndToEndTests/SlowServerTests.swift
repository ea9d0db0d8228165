import Foundation
import RuntopServer
import Testing

/// The dashboard against a server that takes 6 s to answer: the status bar says so within seconds, long before
/// the 10 s request deadline, and the answers still arrive.
@Suite("Dashboard against a slow server", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct SlowServerTests {
    @Test func aSlowServerIsSaidToGiveNoAnswerWhileItsAnswersStillArrive() async throws {
        var configuration = ReferenceServerConfiguration()
        configuration.port = 0
        configuration.simulatedJobs = 1
        configuration.secondsPerStep = 0.2
        configuration.randomSeed = 5
        configuration.faults = FaultPlan(latency: 6...6)
        let server = try await ReferenceServer.start(configuration)
        defer { Task { await server.stop() } }
        let session = try DashboardEndToEndTests.dashboardUnderShell(["--url", server.baseURL])
        defer { session.kill() }

        // The first request hangs: after the 3 s threshold the bar says so instead of "connecting…".
        try await session.waitFor("no answer in the status bar", timeout: 20) { lines in
            let status = lines.last ?? ""
            return status.contains("no answer for") && !status.contains("connecting")
        }
        // The slow answer lands: the status bar counts the simulated run (nothing can count it before).
        try await session.waitFor("the job count in the status bar", timeout: 30) { lines in
            (lines.last ?? "").contains("●1")
        }
        let screen = try session.screenText()
        #expect(!screen.contains("RUNTOP_EXIT"), "runtop keeps running")
        #expect(!screen.contains("timed out"), "6 s answers stay inside the deadline")
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
