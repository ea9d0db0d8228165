import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Tinker dialect: checkpoint listings")
struct TinkerCheckpointListingTests {
    @Test func runListsFullStateAndSamplerCheckpointOfEverySaveInOrder() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-ckpts", client: client)
            let checkpoints = try await TinkerFixtures.checkpoints(of: run, client: client)
            #expect(checkpoints.map(\.checkpointID) == TinkerFixtures.fortyStepCheckpointIDs)
            for checkpoint in checkpoints {
                let isTraining = checkpoint.checkpointID.hasPrefix("weights/")
                #expect(checkpoint.checkpointType == (isTraining ? "training" : "sampler"))
                #expect(checkpoint.tinkerPath == "tinker://\(run)/\(checkpoint.checkpointID)")
                #expect(checkpoint.trainingRunID == run)
                #expect(checkpoint.isPublic == false && checkpoint.expiresAt == nil)
                #expect((checkpoint.sizeBytes ?? 0) > 1_000_000)
            }
            // Full state (with optimizer moments) is larger than the sampler weights of the same save.
            #expect((checkpoints[0].sizeBytes ?? 0) > (checkpoints[1].sizeBytes ?? 0))
            let times = checkpoints.compactMap { TinkerFixtures.seconds($0.time) }
            #expect(times.count == checkpoints.count && times == times.sorted())
        }
    }

    @Test func listingIsTheSameOnEveryRead() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-stable", client: client)
            let first = try await TinkerFixtures.checkpoints(of: run, client: client)
            let second = try await TinkerFixtures.checkpoints(of: run, client: client)
            #expect(first == second)
        }
    }

    @Test func allCheckpointsOfAllRunsAreListedNewestFirstInPages() async throws {
        try await withServer { client in
            let older = try await TinkerFixtures.finishedRun("tinker-all-1", client: client)
            let newer = try await TinkerFixtures.finishedRun("tinker-all-2", client: client)
            let response = try await client.get("/api/v1/checkpoints")
            #expect(response.status == 200)
            let page = try response.decode(TinkerCheckpointsPage.self)
            #expect(page.cursor == TinkerCursor(offset: 0, limit: 100, totalCount: 16))
            #expect(Set(page.checkpoints.compactMap(\.trainingRunID)) == [older, newer])
            let times = page.checkpoints.compactMap { TinkerFixtures.seconds($0.time) }
            #expect(times.count == 16 && times == times.sorted(by: >))
            #expect(page.checkpoints.first?.trainingRunID == newer)
            #expect(page.checkpoints.first.map { $0.checkpointID.hasSuffix("/final") } == true)

            let slice = try await client.get("/api/v1/checkpoints?limit=5&offset=5").decode(TinkerCheckpointsPage.self)
            #expect(slice.checkpoints == Array(page.checkpoints[5..<10]))
            #expect(slice.cursor == TinkerCursor(offset: 5, limit: 5, totalCount: 16))
        }
    }

    @Test func dreadnodeCheckpointPathsAreListedByTheTinkerAPI() async throws {
        try await withServer { client in
            let job = try await client.post(
                DreadnodeDialectTests.jobsPath, json: DreadnodeDialectTests.sftBody, headers: DreadnodeDialectTests.succeed
            ).decode(DreadnodeJob.self)
            try await eventually("the SFT job to complete") {
                try await client.get("\(DreadnodeDialectTests.jobsPath)/\(job.id)").decode(DreadnodeJob.self).status
                    == "completed"
            }
            let artifacts = try await client.get("\(DreadnodeDialectTests.jobsPath)/\(job.id)/artifacts")
                .decode(DreadnodeArtifacts.self)
            guard case .array(let paths) = artifacts.artifacts["checkpoints"] else {
                Issue.record("no checkpoints")
                return
            }
            let listed = Set(try await TinkerFixtures.checkpoints(of: "\(job.id):train:0", client: client).map(\.tinkerPath))
            #expect(!paths.isEmpty)
            for path in paths.compactMap(\.stringValue) { #expect(listed.contains(path), "\(path)") }
        }
    }
}
