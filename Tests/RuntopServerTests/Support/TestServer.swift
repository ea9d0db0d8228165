import Foundation
import RuntopServer
import RuntopWire
import Testing

/// Starts a reference server on an ephemeral port with a temporary database, runs `body`, stops it.
func withServer(
    _ configuration: ReferenceServerConfiguration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 7),
    _ body: (TestClient) async throws -> Void
) async throws {
    let server = try await ReferenceServer.start(configuration)
    do {
        try await body(TestClient(baseURL: server.baseURL))
    } catch {
        await server.stop()
        throw error
    }
    await server.stop()
}

/// Polls `condition` until it holds or `timeout` passes; fails the test on timeout.
func eventually(
    timeout: Double = 20, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () async throws -> Bool
) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
    throw TimedOut()
}

/// Thrown when `eventually` gives up.
struct TimedOut: Error {}

/// Request bodies and waits shared by the tests.
enum Fixtures {
    static let modelID = "8e4b9c2d-1a3f-4e5b-8c7d-2f1e0a9b3c21"
    static let datasetID = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e554"

    /// A short train run: `cycles × stepsPerCycle` steps.
    static func train(key: String, cycles: Int = 2, stepsPerCycle: Int = 20) -> FusionJobRequest {
        FusionJobRequest(
            type: "train", idempotencyKey: key, baseModelID: modelID, datasetID: datasetID,
            hyperparams: [
                "turns": .number(1), "cycles": .number(Double(cycles)),
                "steps_per_cycle": .number(Double(stepsPerCycle)), "output_name": .string("test-model"),
            ])
    }

    /// Submits `request` and returns the created job.
    static func submit(
        _ request: FusionJobRequest, simulate: String = "succeed", to client: TestClient, headers: [String: String] = [:]
    ) async throws -> FusionJob {
        let response = try await client.post(
            "/jobs", encoding: request, headers: headers.merging(["X-Runtop-Simulate": simulate]) { $1 })
        #expect(response.status == 201)
        return try response.decode(FusionJob.self)
    }

    /// Waits until job `id` reaches a final state and returns it.
    static func waitUntilFinished(_ id: String, client: TestClient, headers: [String: String] = [:]) async throws
        -> FusionJob
    {
        var job: FusionJob?
        try await eventually("job \(id) to finish") {
            let current = try await client.get("/jobs/\(id)", headers: headers).decode(FusionJob.self)
            job = current
            return ["succeeded", "failed", "cancelled"].contains(current.status)
        }
        return try #require(job)
    }
}
