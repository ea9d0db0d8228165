import AsyncHTTPClient
import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Fault injection over HTTP")
struct FaultInjectionTests {
    @Test func forcedErrorAnswers500WithDetail() async throws {
        try await withServer { client in
            let response = try await client.get("/jobs", headers: ["X-Runtop-Fault": "error"])
            #expect(response.status == 500)
            #expect(try response.json == .object(["detail": .string("Internal server error")]))
        }
    }

    @Test func forcedErrorOnSubmitCreatesNoJob() async throws {
        try await withServer { client in
            let response = try await client.post(
                "/jobs", encoding: Fixtures.train(key: "faulty"), headers: ["X-Runtop-Fault": "unavailable"])
            #expect(response.status == 503)
            #expect(try await client.get("/jobs").decode([FusionJob].self).isEmpty)
        }
    }

    @Test func forcedRateLimitAnswers429WithRetryAfter() async throws {
        try await withServer { client in
            let response = try await client.get("/jobs", headers: ["X-Runtop-Fault": "rate_limit"])
            #expect(response.status == 429)
            #expect(response.header("Retry-After") == "1")
            #expect(try response.json["detail"]?.stringValue?.hasPrefix("Rate limit exceeded") == true)
        }
    }

    @Test func rateLimitPlanRefusesRequestsBeyondTheRate() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 2)
        configuration.faults = try FaultPlan.parse("rate_limit=2/s")
        try await withServer(configuration) { client in
            var statuses: [Int] = []
            for _ in 0..<12 { statuses.append(try await client.get("/jobs").status) }
            #expect(statuses.prefix(2).allSatisfy { $0 == 200 })
            #expect(statuses.contains(429))
            try await Task.sleep(for: .milliseconds(1200))
            #expect(try await client.get("/jobs").status == 200, "the bucket refills")
        }
    }

    @Test func forcedResetClosesTheConnectionMidBody() async throws {
        try await withServer { client in
            _ = try await Fixtures.submit(Fixtures.train(key: "reset"), to: client)
            await #expect(throws: (any Error).self) {
                _ = try await client.get("/jobs", headers: ["X-Runtop-Fault": "reset"])
            }
            #expect(try await client.get("/jobs").status == 200, "the server keeps serving")
        }
    }

    @Test func forcedTruncationSendsHalfTheJSON() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "truncate"), to: client)
            _ = try await Fixtures.waitUntilFinished(job.id, client: client)
            let whole = try await client.get("/jobs")
            let response = try await client.get("/jobs", headers: ["X-Runtop-Fault": "truncate"])
            #expect(response.status == 200)
            #expect(response.body.count == whole.body.count / 2)
            #expect(response.body == whole.body.prefix(whole.body.count / 2))
            #expect(throws: (any Error).self) { try response.decode([FusionJob].self) }
        }
    }

    @Test func forcedMalformedSendsBrokenJSON() async throws {
        try await withServer { client in
            let response = try await client.get("/jobs/missing", headers: ["X-Runtop-Fault": "malformed"])
            #expect(response.status == 404)
            #expect(throws: (any Error).self) { try response.json }
            #expect(String(decoding: response.body, as: UTF8.self).hasPrefix(#"{"detail"="#))
        }
    }

    @Test func forcedLatencyDelaysTheResponse() async throws {
        try await withServer { client in
            let start = Date()
            let response = try await client.get("/jobs", headers: ["X-Runtop-Fault": "latency=300ms"])
            #expect(response.status == 200)
            #expect(Date().timeIntervalSince(start) >= 0.3)
        }
    }

    @Test func plannedErrorsHitAboutTheirShareOfRequests() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 4)
        configuration.faults = try FaultPlan.parse("error=0.3")
        try await withServer(configuration) { client in
            var errors = 0
            for _ in 0..<100 where try await client.get("/jobs").status >= 500 { errors += 1 }
            #expect((15...45).contains(errors), "\(errors) of 100")
        }
    }
}
