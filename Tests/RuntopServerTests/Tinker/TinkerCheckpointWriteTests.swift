import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Tinker dialect: publish, TTL and delete")
struct TinkerCheckpointWriteTests {
    @Test func publishAndUnpublishAreReflectedAndRepeatsConflict() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-publish", client: client)
            let path = "\(TinkerFixtures.runs)/\(run)/checkpoints/sampler_weights/final/publish"

            #expect(try await client.send(path, method: .POST, body: nil, headers: [:]).status == 204)
            #expect(try await TinkerFixtures.checkpoint("sampler_weights/final", of: run, client: client)?.isPublic == true)
            #expect(try await TinkerFixtures.checkpoint("weights/final", of: run, client: client)?.isPublic == false)
            let again = try await client.send(path, method: .POST, body: nil, headers: [:])
            #expect(again.status == 409)
            #expect(try again.json["detail"]?.stringValue == "Checkpoint is already public")
            let run1 = try await client.get("\(TinkerFixtures.runs)/\(run)").decode(TinkerTrainingRun.self)
            #expect(run1.lastSamplerCheckpoint?.isPublic == true)

            #expect(try await client.send(path, method: .DELETE, body: nil, headers: [:]).status == 204)
            #expect(try await TinkerFixtures.checkpoint("sampler_weights/final", of: run, client: client)?.isPublic == false)
            let twice = try await client.send(path, method: .DELETE, body: nil, headers: [:])
            #expect(twice.status == 409)
            #expect(try twice.json["detail"]?.stringValue == "Checkpoint is already private")

            // The percent-encoded form reaches the same checkpoint.
            let encoded = "\(TinkerFixtures.runs)/\(run)/checkpoints/sampler_weights%2Ffinal/publish"
            #expect(try await client.send(encoded, method: .POST, body: nil, headers: [:]).status == 204)
            #expect(try await TinkerFixtures.checkpoint("sampler_weights/final", of: run, client: client)?.isPublic == true)
        }
    }

    @Test func timeToLiveSetsAndClearsExpiry() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-ttl", client: client)
            let path = "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/check1-step10/ttl"
            let asked = Date().timeIntervalSince1970
            let set = try await client.send(path, method: .PUT, body: #"{"ttl_seconds": 3600}"#, headers: [:])
            #expect(set.status == 204)
            let expiring = try await TinkerFixtures.checkpoint("weights/check1-step10", of: run, client: client)
            let expiresAt = try #require(TinkerFixtures.seconds(expiring?.expiresAt))
            #expect(abs(expiresAt - (asked + 3600)) < 5)
            #expect(try await TinkerFixtures.checkpoint("sampler_weights/check1-step10", of: run, client: client)?.expiresAt == nil)

            let cleared = try await client.send(path, method: .PUT, body: #"{"ttl_seconds": null}"#, headers: [:])
            #expect(cleared.status == 204)
            let kept = try await TinkerFixtures.checkpoint("weights/check1-step10", of: run, client: client)
            #expect(kept != nil && kept?.expiresAt == nil)
        }
    }

    @Test func badTimeToLiveIsRejectedAndChangesNothing() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-ttl-bad", client: client)
            let path = "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/check1-step10/ttl"
            let cases: [(body: String, status: Int)] = [
                (#"{"ttl_seconds": -5}"#, 422), (#"{"ttl_seconds": 0}"#, 422), (#"{"ttl_seconds": 1.5}"#, 422),
                (#"{"ttl_seconds": "60"}"#, 422), (#"{"ttl_seconds": 1e12}"#, 422), (#"{}"#, 422),
                (#"[60]"#, 400), ("not json", 400),
            ]
            for (body, status) in cases {
                let response = try await client.send(path, method: .PUT, body: body, headers: [:])
                #expect(response.status == status, "\(body)")
                #expect(try response.json["detail"]?.stringValue?.isEmpty == false, "\(body)")
            }
            #expect(try await TinkerFixtures.checkpoint("weights/check1-step10", of: run, client: client)?.expiresAt == nil)
            let unknown = try await client.send(
                "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/nope/ttl", method: .PUT, body: #"{"ttl_seconds": 60}"#,
                headers: [:])
            #expect(unknown.status == 404)
        }
    }

    @Test func expiredCheckpointIsGone() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-ttl-expire", client: client)
            let path = "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/check2-step20/ttl"
            #expect(try await client.send(path, method: .PUT, body: #"{"ttl_seconds": 1}"#, headers: [:]).status == 204)
            try await eventually(timeout: 5, "the checkpoint to expire") {
                try await TinkerFixtures.checkpoint("weights/check2-step20", of: run, client: client) == nil
            }
            #expect(try await client.send(path, method: .PUT, body: #"{"ttl_seconds": null}"#, headers: [:]).status == 404)
        }
    }

    @Test func deletedCheckpointIsGoneEverywhere() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-delete", client: client)
            let checkpoint = "\(TinkerFixtures.runs)/\(run)/checkpoints/sampler_weights/check3-step30"
            let link = try await client.sendWithoutFollowingRedirects("\(checkpoint)/archive").header("Location")

            #expect(try await client.send(checkpoint, method: .DELETE, body: nil, headers: [:]).status == 204)
            let remaining = try await TinkerFixtures.checkpoints(of: run, client: client).map(\.checkpointID)
            #expect(remaining == TinkerFixtures.fortyStepCheckpointIDs.filter { $0 != "sampler_weights/check3-step30" })
            let all = try await client.get("/api/v1/checkpoints").decode(TinkerCheckpointsPage.self)
            #expect(!all.checkpoints.contains { $0.tinkerPath == "tinker://\(run)/sampler_weights/check3-step30" })

            #expect(try await client.send(checkpoint, method: .DELETE, body: nil, headers: [:]).status == 404)
            #expect(try await client.send("\(checkpoint)/publish", method: .POST, body: nil, headers: [:]).status == 404)
            #expect(try await client.sendWithoutFollowingRedirects("\(checkpoint)/archive").status == 404)
            #expect(try await client.get(try #require(link)).status == 404, "links handed out before stop working")
        }
    }

    @Test func checkpointNamedLikeAnActionIsDeletedNotMistakenForOne() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-delete-name", client: client)
            // `weights/publish` is a (missing) checkpoint, not "publish" on checkpoint `weights`.
            let response = try await client.send(
                "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/publish", method: .DELETE, body: nil, headers: [:])
            #expect(response.status == 404)
            #expect(try response.json["detail"]?.stringValue?.contains("'weights/publish'") == true)
        }
    }
}
