import Foundation
import Testing

/// `runtop demo --dialect dreadnode`: the embedded server spoken to as Dreadnode, with Tinker checkpoint data,
/// and an operator action carried through to the server and back onto the screen.
@Suite("Demo in every dialect end to end", .serialized, .enabled(if: TmuxSession.isTmuxAvailable))
struct DemoDialectTests {
    @Test func dreadnodeDemoShowsTinkerCheckpointsAndPublishesOneAfterConfirmation() async throws {
        let session = try DashboardEndToEndTests.dashboardUnderShell(["demo", "--dialect", "dreadnode", "--speed", "8"])
        defer { session.kill() }
        try await session.waitFor(text: "demo · dreadnode ·", timeout: 20)
        try await session.waitFor(text: "running", timeout: 20)
        try session.sendKeys("5", "z")
        try await session.waitFor(text: "5 Artifacts (zoomed)", timeout: 5)
        // The running job saves its first checkpoint after a few dozen steps; its Tinker data says private.
        try await session.waitFor(text: "· private", timeout: 60)
        try session.sendKeys("p")
        try await session.waitFor(text: "Publish checkpoint tinker://", timeout: 5)
        try session.sendKeys("y")
        try await session.waitFor(text: "published tinker://", timeout: 10)
        try await session.waitFor(text: "· public", timeout: 10)
        #expect(!(try session.capture()).joined(separator: "\n").contains("publish failed"))
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }

    @Test func tinkerDemoListsTheRunsOfTheSameJobs() async throws {
        let session = try DashboardEndToEndTests.dashboardUnderShell(["demo", "--dialect", "tinker"])
        defer { session.kill() }
        try await session.waitFor(text: "demo · tinker ·", timeout: 20)
        // Tinker has no job status: runs that served a request lately are running, older ones idle.
        try await session.waitFor(text: "idle", timeout: 20)
        #expect((try session.capture()).joined(separator: "\n").contains("● running"), "live runs read as running")
        try session.sendKeys("q")
        try await session.waitFor(text: "RUNTOP_EXIT=0", timeout: 10)
    }
}
