import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Tinker dialect: training runs")
struct TinkerTrainingRunTests {
    @Test func runsAreListedNewestFirstInPagesWithCursorAndTotal() async throws {
        try await withServer { client in
            var jobIDs: [String] = []
            for index in 0..<3 {
                jobIDs.append(try await Fixtures.submit(Fixtures.train(key: "tinker-list-\(index)"), to: client).id)
            }
            let newestFirst = jobIDs.reversed().map { "\($0):train:0" }

            let first = try await client.get("\(TinkerFixtures.runs)?limit=2").decode(TinkerTrainingRunsPage.self)
            #expect(first.trainingRuns.map(\.trainingRunID) == Array(newestFirst.prefix(2)))
            #expect(first.cursor == TinkerCursor(offset: 0, limit: 2, totalCount: 3))

            let second = try await client.get("\(TinkerFixtures.runs)?limit=2&offset=2").decode(TinkerTrainingRunsPage.self)
            #expect(second.trainingRuns.map(\.trainingRunID) == [newestFirst[2]])
            #expect(second.cursor == TinkerCursor(offset: 2, limit: 2, totalCount: 3))

            let whole = try await client.get(TinkerFixtures.runs).decode(TinkerTrainingRunsPage.self)
            #expect(whole.cursor == TinkerCursor(offset: 0, limit: 20, totalCount: 3))
            #expect(whole.trainingRuns.count == 3)
        }
    }

    @Test func badLimitOrOffsetIsRejectedWithADetail() async throws {
        try await withServer { client in
            for query in ["limit=0", "limit=1001", "limit=ten", "offset=-1", "offset=1.5"] {
                let response = try await client.get("\(TinkerFixtures.runs)?\(query)")
                #expect(response.status == 422, "\(query)")
                #expect(try response.json["detail"]?.stringValue?.isEmpty == false, "\(query)")
            }
            #expect(try await client.get("/api/v1/checkpoints?limit=0").status == 422)
        }
    }

    @Test func finishedRunReportsModelCheckpointsAndActivity() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-get", client: client)
            let jobID = String(run.prefix { $0 != ":" })
            let job = try await client.get("/jobs/\(jobID)").decode(FusionJob.self)
            let response = try await client.get("\(TinkerFixtures.runs)/\(run)")
            #expect(response.status == 200)
            let trainingRun = try response.decode(TinkerTrainingRun.self)
            #expect(trainingRun.trainingRunID == run)
            #expect(trainingRun.baseModel?.isEmpty == false)
            #expect(trainingRun.modelOwner == "runtop-reference")
            #expect(trainingRun.isLora == false && trainingRun.loraRank == nil, "a growth (train) run changes full weights")
            #expect(trainingRun.corrupted == false)
            #expect(trainingRun.lastCheckpoint?.checkpointID == "weights/final")
            #expect(trainingRun.lastCheckpoint?.checkpointType == "training")
            #expect(trainingRun.lastSamplerCheckpoint?.checkpointID == "sampler_weights/final")
            #expect(trainingRun.lastSamplerCheckpoint?.tinkerPath == "tinker://\(run)/sampler_weights/final")
            #expect(trainingRun.userMetadata?["runtop_job_id"] == jobID)
            #expect(trainingRun.userMetadata?["name"] == "test-model")
            // The last request is the run's last activity: at or after its end, close to it.
            let lastRequest = try #require(TinkerFixtures.seconds(trainingRun.lastRequestTime))
            let finished = try #require(TinkerFixtures.seconds(job.finishedAt))
            #expect(abs(lastRequest - finished) < 1)
        }
    }

    @Test func fineTuneIsALoraRunOfItsModelWithItsRank() async throws {
        try await withServer { client in
            let created = try await client.post(
                DreadnodeDialectTests.jobsPath, json: DreadnodeDialectTests.sftBody, headers: DreadnodeDialectTests.succeed)
            let job = try created.decode(DreadnodeJob.self)
            let run = try await client.get("\(TinkerFixtures.runs)/\(job.id):train:0").decode(TinkerTrainingRun.self)
            #expect(run.isLora == true && run.loraRank == 16)
            #expect(run.baseModel == "meta-llama/Llama-3.1-8B")
            #expect(run.userMetadata?["name"] == "sft-run")
        }
    }

    @Test func failedRunIsCorrupted() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-failed", simulate: "fail", client: client)
            let trainingRun = try await client.get("\(TinkerFixtures.runs)/\(run)").decode(TinkerTrainingRun.self)
            #expect(trainingRun.corrupted == true)
            #expect(trainingRun.lastSamplerCheckpoint?.checkpointID != "sampler_weights/final", "no final save")
        }
    }

    @Test func unknownRunIsNotFound() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "tinker-404"), to: client)
            for run in ["00000000-0000-4000-8000-000000000000:train:0", "\(job.id):train:1", "\(job.id):sample:0"] {
                for path in ["\(TinkerFixtures.runs)/\(run)", "\(TinkerFixtures.runs)/\(run)/checkpoints"] {
                    let response = try await client.get(path)
                    #expect(response.status == 404, "\(path)")
                    #expect(try response.json["detail"]?.stringValue?.contains("not found") == true, "\(path)")
                }
            }
        }
    }
}
