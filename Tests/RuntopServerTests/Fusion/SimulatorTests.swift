import RuntopServer
import RuntopWire
import Testing

@Suite("The built-in simulator")
struct SimulatorTests {
    @Test func simulatorKeepsTheRequestedNumberOfJobsActive() async throws {
        var configuration = ReferenceServerConfiguration(simulatedJobs: 3, secondsPerStep: 0.002, randomSeed: 9)
        configuration.logTailCap = 50
        try await withServer(configuration) { client in
            try await eventually("three active simulated jobs") {
                let jobs = try await client.get("/jobs").decode([FusionJob].self)
                return jobs.filter { ["queued", "running", "reclaimed"].contains($0.status) }.count == 3
            }
            let jobs = try await client.get("/jobs").decode([FusionJob].self)
            #expect(jobs.allSatisfy { $0.idempotencyKey?.hasPrefix("sim-") == true })
            #expect(jobs.allSatisfy { $0.hyperparams?["output_name"]?.stringValue != nil })
        }
    }

    @Test func seededHistoryHasEveryOutcomeOfEveryType() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 1)
        configuration.seedHistory = true
        try await withServer(configuration) { client in
            let jobs = try await client.get("/jobs").decode([FusionJob].self)
            #expect(jobs.count == 9)
            for type in ["train", "finetune", "contract"] {
                let statuses = Set(jobs.filter { $0.type == type }.map(\.status))
                #expect(statuses == ["succeeded", "failed", "cancelled"], "\(type)")
            }
            #expect(jobs.filter { $0.status == "failed" }.allSatisfy { $0.error != nil })
            for job in jobs where job.status == "succeeded" {
                #expect(try await client.get("/jobs/\(job.id)/result").status == 200)
            }
            #expect(jobs.map(\.createdAt) == jobs.map(\.createdAt).sorted(by: >))
        }
    }
}
