import Foundation
import RuntopWire
import Testing

/// Paths and finished runs shared by the Tinker dialect tests.
enum TinkerFixtures {
    static let runs = "/api/v1/training_runs"

    /// The checkpoint ids of a finished 40-step run (saves every 10 steps, then `final`), in save order.
    static let fortyStepCheckpointIDs = [
        "weights/check1-step10", "sampler_weights/check1-step10", "weights/check2-step20",
        "sampler_weights/check2-step20", "weights/check3-step30", "sampler_weights/check3-step30", "weights/final",
        "sampler_weights/final",
    ]

    /// Submits a 40-step Fusion train job with the scripted outcome, waits for its end, returns its run id.
    static func finishedRun(_ key: String, simulate: String = "succeed", client: TestClient, headers: [String: String] = [:])
        async throws -> String
    {
        let job = try await Fixtures.submit(Fixtures.train(key: key), simulate: simulate, to: client, headers: headers)
        _ = try await Fixtures.waitUntilFinished(job.id, client: client, headers: headers)
        return "\(job.id):train:0"
    }

    /// The run's checkpoints.
    static func checkpoints(of run: String, client: TestClient, headers: [String: String] = [:]) async throws
        -> [TinkerCheckpoint]
    {
        let response = try await client.get("\(runs)/\(run)/checkpoints", headers: headers)
        #expect(response.status == 200)
        return try response.decode(TinkerCheckpointsPage.self).checkpoints
    }

    /// One checkpoint of the run, if listed.
    static func checkpoint(_ id: String, of run: String, client: TestClient, headers: [String: String] = [:])
        async throws -> TinkerCheckpoint?
    {
        try await checkpoints(of: run, client: client, headers: headers).first { $0.checkpointID == id }
    }

    /// Seconds since 1970 of an ISO-8601 wire time.
    static func seconds(_ text: String?) -> Double? {
        guard let text else { return nil }
        return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))?.timeIntervalSince1970
    }
}
