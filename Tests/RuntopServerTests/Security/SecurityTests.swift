import Foundation
import Testing

@testable import RuntopServer

/// Loopback by default, a token for anything else, and the token checked on every route.
@Suite struct SecurityTests {
    @Test func nonLoopbackWithoutTokenRefusesToStart() async throws {
        await #expect(throws: ReferenceServerError.self) {
            let server = try await ReferenceServer.start(ReferenceServerConfiguration(host: "0.0.0.0"))
            await server.stop()
        }
    }

    @Test func nonLoopbackWithTokenStarts() async throws {
        let server = try await ReferenceServer.start(ReferenceServerConfiguration(host: "0.0.0.0", apiToken: "s3cret"))
        let client = TestClient(baseURL: "http://127.0.0.1:\(server.port)")
        let status = try await client.get("/jobs", headers: ["Authorization": "Bearer s3cret"]).status
        await server.stop()
        #expect(status == 200)
    }

    @Test func defaultBindsLoopback() {
        #expect(ReferenceServerConfiguration().host == "127.0.0.1")
    }

    @Test(arguments: [
        ("/jobs", [String: String]()),
        ("/jobs", ["Authorization": "Bearer wrong"]),
        ("/jobs", ["X-API-Key": "s3cre"]),
        ("/jobs/x/metrics", ["Authorization": "Basic s3cret"]),
    ])
    func missingOrWrongTokenIs401(path: String, headers: [String: String]) async throws {
        try await withServer(ReferenceServerConfiguration(apiToken: "s3cret")) { client in
            let response = try await client.get(path, headers: headers)
            #expect(response.status == 401)
            #expect(try response.keys == ["detail"])
        }
    }

    @Test(arguments: [["Authorization": "Bearer s3cret"], ["X-API-Key": "s3cret"], ["authorization": "bearer s3cret"]])
    func rightTokenIsAccepted(headers: [String: String]) async throws {
        try await withServer(ReferenceServerConfiguration(apiToken: "s3cret")) { client in
            let response = try await client.get("/jobs", headers: headers)
            #expect(response.status == 200)
        }
    }

    @Test func tokenGuardsDreadnodeDialectWithItsEnvelope() async throws {
        try await withServer(ReferenceServerConfiguration(apiToken: "s3cret")) { client in
            let path = "/api/v1/org/acme/ws/main/training/jobs"
            let refused = try await client.get(path)
            #expect(refused.status == 401)
            #expect(try refused.json["type"]?.stringValue == "authentication_error")
            #expect(try await client.get(path, headers: ["X-API-Key": "s3cret"]).status == 200)
        }
    }

    @Test func constantTimeComparisonHandlesEqualAndUnequalLengths() {
        #expect(ConstantTime.equal("s3cret", "s3cret"))
        #expect(ConstantTime.equal("", ""))
        #expect(!ConstantTime.equal("s3cret", "s3creT"))
        #expect(!ConstantTime.equal("s3cre", "s3cret"))
        #expect(!ConstantTime.equal("s3cret", "s3cretX"))
        #expect(!ConstantTime.equal("", "s3cret"))
        // Lengths that differ by a multiple of 256 must not wrap to "equal".
        #expect(!ConstantTime.equal(String(repeating: "a", count: 256), ""))
    }

    @Test func loopbackAddressesAreRecognised() {
        #expect(APIToken.isLoopback("127.0.0.1"))
        #expect(APIToken.isLoopback("127.1.2.3"))
        #expect(APIToken.isLoopback("localhost"))
        #expect(APIToken.isLoopback("::1"))
        #expect(!APIToken.isLoopback("0.0.0.0"))
        #expect(!APIToken.isLoopback("192.168.1.4"))
        #expect(!APIToken.isLoopback("127.0.0.1.example.com"))
    }
}
