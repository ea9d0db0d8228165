import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Tinker dialect: API key")
struct TinkerAuthTests {
    @Test func configuredKeyIsRequiredAsXAPIKeyOrBearer() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 7)
        configuration.dreadnodeAPIKey = "tml-key"
        try await withServer(configuration) { client in
            let run = try await TinkerFixtures.finishedRun("tinker-auth", client: client)
            let paths = [
                TinkerFixtures.runs, "\(TinkerFixtures.runs)/\(run)", "\(TinkerFixtures.runs)/\(run)/checkpoints",
                "/api/v1/checkpoints",
            ]
            for path in paths {
                let refused = try await client.get(path)
                #expect(refused.status == 401, "\(path)")
                #expect(try refused.json["detail"]?.stringValue?.contains("X-API-Key") == true, "\(path)")
                #expect(try await client.get(path, headers: ["X-API-Key": "wrong"]).status == 401, "\(path)")
                #expect(try await client.get(path, headers: ["X-API-Key": "tml-key"]).status == 200, "\(path)")
                #expect(try await client.get(path, headers: ["Authorization": "Bearer tml-key"]).status == 200, "\(path)")
            }
            let publish = "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/final/publish"
            #expect(try await client.send(publish, method: .POST, body: nil, headers: [:]).status == 401)
            #expect(try await TinkerFixtures.checkpoint("weights/final", of: run, client: client, headers: ["X-API-Key": "tml-key"])?.isPublic == false)

            let archive = "\(TinkerFixtures.runs)/\(run)/checkpoints/weights/final/archive"
            #expect(try await client.sendWithoutFollowingRedirects(archive).status == 401)
            let redirect = try await client.sendWithoutFollowingRedirects(archive, headers: ["X-API-Key": "tml-key"])
            #expect(redirect.status == 302)
            // The link's token is its credential: a download needs no key.
            #expect(try await client.get(try #require(redirect.header("Location"))).status == 200)
        }
    }

    @Test func serverTokenIsTheKeyWhenNoDialectKeyIsSet() async throws {
        let configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 7, apiToken: "s3cret")
        try await withServer(configuration) { client in
            let refused = try await client.get(TinkerFixtures.runs)
            #expect(refused.status == 401)
            #expect(try await client.get(TinkerFixtures.runs, headers: ["X-API-Key": "s3cret"]).status == 200)
        }
    }
}
