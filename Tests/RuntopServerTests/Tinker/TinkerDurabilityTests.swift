import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Tinker dialect: checkpoint changes survive a restart")
struct TinkerDurabilityTests {
    @Test func publishExpiryAndDeletionSurviveARestartOnTheSameDatabase() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runtop-tinker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = ReferenceServerConfiguration(
            databasePath: directory.appendingPathComponent("runtop.sqlite").path, secondsPerStep: 0.005, randomSeed: 9)

        let first = try await ReferenceServer.start(configuration)
        let before: [TinkerCheckpoint]
        let run: String
        do {
            let client = TestClient(baseURL: first.baseURL)
            run = try await TinkerFixtures.finishedRun("tinker-restart", client: client)
            let base = "\(TinkerFixtures.runs)/\(run)/checkpoints"
            #expect(try await client.send("\(base)/sampler_weights/final/publish", method: .POST, body: nil, headers: [:]).status == 204)
            #expect(
                try await client.send("\(base)/weights/final/ttl", method: .PUT, body: #"{"ttl_seconds": 86400}"#, headers: [:])
                    .status == 204)
            #expect(try await client.send("\(base)/weights/check1-step10", method: .DELETE, body: nil, headers: [:]).status == 204)
            before = try await TinkerFixtures.checkpoints(of: run, client: client)
        } catch {
            await first.stop()
            throw error
        }
        await first.stop()

        let second = try await ReferenceServer.start(configuration)
        do {
            let client = TestClient(baseURL: second.baseURL)
            let after = try await TinkerFixtures.checkpoints(of: run, client: client)
            #expect(after == before)
            #expect(after.first { $0.checkpointID == "sampler_weights/final" }?.isPublic == true)
            #expect(after.first { $0.checkpointID == "weights/final" }?.expiresAt != nil)
            #expect(!after.contains { $0.checkpointID == "weights/check1-step10" })
        } catch {
            await second.stop()
            throw error
        }
        await second.stop()
    }
}
