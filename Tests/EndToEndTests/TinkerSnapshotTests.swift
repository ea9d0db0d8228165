import Foundation
import RuntopServer
import Testing

/// `runtop snapshot --dialect tinker` against `runtop serve`'s Tinker API, run as the real binary.
@Suite("Snapshot of the Tinker dialect", .serialized)
struct TinkerSnapshotTests {
    @Test func snapshotListsEveryJobAsATrainingRun() async throws {
        let server = try await HeadlessCommandTests.startServer()
        defer { Task { await server.stop() } }
        let jobs = try await HeadlessCommandTests.jobs(server)
        let table = try HeadlessCommandTests.runtop(["snapshot", "--url", server.baseURL, "--dialect", "tinker"])
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.hasPrefix("ID"))
        #expect(!jobs.isEmpty)
        for job in jobs { #expect(table.output.contains("\(job["id"] as? String ?? "?"):train:0")) }
        #expect(table.output.contains("failed"), "the history's failed runs are corrupted")
    }

    @Test func snapshotSendsTheKeyFromTheNamedVariableAndFailsWithoutIt() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.05, seedHistory: true, randomSeed: 3)
        configuration.dreadnodeAPIKey = "tml-e2e"
        let server = try await ReferenceServer.start(configuration)
        defer { Task { await server.stop() } }
        setenv("RUNTOP_TINKER_E2E_KEY", "tml-e2e", 1)
        let allowed = try HeadlessCommandTests.runtop(
            ["snapshot", "--url", server.baseURL, "--dialect", "tinker", "--token-env", "RUNTOP_TINKER_E2E_KEY"])
        #expect(allowed.status == 0, "\(allowed.error)")
        #expect(allowed.output.contains(":train:0"))
        let refused = try HeadlessCommandTests.runtop(["snapshot", "--url", server.baseURL, "--dialect", "tinker"])
        #expect(refused.status == 4)
    }
}
