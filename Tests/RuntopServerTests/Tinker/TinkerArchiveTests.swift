import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Tinker dialect: checkpoint archive links")
struct TinkerArchiveTests {
    /// `Expires` as Tinker's SDK parses it: `%a, %d %b %Y %H:%M:%S GMT`.
    static func parseHTTPDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }

    @Test func archiveRedirectsToAWorkingLinkThatExpiresInFifteenMinutes() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-archive", client: client)
            let asked = Date()
            let response = try await client.sendWithoutFollowingRedirects(
                "\(TinkerFixtures.runs)/\(run)/checkpoints/sampler_weights/check2-step20/archive")
            #expect(response.status == 302)
            let location = try #require(response.header("Location"))
            #expect(location.hasPrefix("/api/v1/archives/"))
            let expires = try #require(response.header("Expires").flatMap(Self.parseHTTPDate))
            #expect(abs(expires.timeIntervalSince(asked) - 900) < 5)

            let archive = try await client.get(location)
            #expect(archive.status == 200)
            #expect(archive.header("Content-Type") == "application/x-tar")
            let bytes = [UInt8](archive.body)
            #expect(bytes.count % 512 == 0 && bytes.count >= 2048)
            #expect(String(decoding: bytes[257..<262], as: UTF8.self) == "ustar")
            #expect(String(decoding: bytes[0..<100], as: UTF8.self).hasPrefix("sampler_weights/check2-step20/checkpoint.json"))
            #expect(String(decoding: bytes, as: UTF8.self).contains("tinker://\(run)/sampler_weights/check2-step20"))
        }
    }

    @Test func percentEncodedCheckpointIDNamesTheSameCheckpoint() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-archive-encoded", client: client)
            let response = try await client.sendWithoutFollowingRedirects(
                "\(TinkerFixtures.runs)/\(run.replacingOccurrences(of: ":", with: "%3A"))/checkpoints/weights%2Ffinal/archive")
            #expect(response.status == 302)
            let location = try #require(response.header("Location"))
            let archive = try await client.get(location)
            #expect(String(decoding: archive.body.prefix(100), as: UTF8.self).hasPrefix("weights/final/"))
        }
    }

    @Test func unknownOrMalformedCheckpointIsRefused() async throws {
        try await withServer { client in
            let run = try await TinkerFixtures.finishedRun("tinker-archive-404", client: client)
            let base = "\(TinkerFixtures.runs)/\(run)/checkpoints"
            let missing = try await client.sendWithoutFollowingRedirects("\(base)/weights/check9-step90/archive")
            #expect(missing.status == 404)
            #expect(try missing.json["detail"]?.stringValue?.contains("weights/check9-step90") == true)
            let malformed = try await client.sendWithoutFollowingRedirects("\(base)/adapters/final/archive")
            #expect(malformed.status == 400)
            #expect(try malformed.json["detail"]?.stringValue?.contains("weights/<name>") == true)
            let unknownLink = try await client.get("/api/v1/archives/0123456789abcdef0123456789abcdef")
            #expect(unknownLink.status == 404)
        }
    }
}
