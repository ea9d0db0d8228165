import Foundation
import GRDB
import RuntopWire
import Testing

@testable import RuntopServer

@Suite("Durability: acknowledged writes survive an abrupt stop")
struct DurabilityTests {
    /// A fresh directory for one test's database file.
    private static func temporaryDatabasePath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runtop-durability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("runtop.sqlite").path
    }

    @Test func databaseUsesWriteAheadLoggingWithFullSync() async throws {
        let path = try Self.temporaryDatabasePath()
        let pool = try JobDatabase.open(path: path)
        let modes = try await pool.read { database in
            (
                try String.fetchOne(database, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(database, sql: "PRAGMA synchronous")
            )
        }
        #expect(modes.0 == "wal")
        #expect(modes.1 == 2, "synchronous = FULL")
        try pool.close()
    }

    @Test func anAcknowledgedJobIsCommittedBeforeTheResponse() async throws {
        let path = try Self.temporaryDatabasePath()
        let server = try await ReferenceServer.start(
            ReferenceServerConfiguration(databasePath: path, secondsPerStep: 1, randomSeed: 8))
        let client = TestClient(baseURL: server.baseURL)
        // A separate connection sees the row as soon as the 201 arrives: it was committed, not buffered.
        let observer = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        for index in 0..<5 {
            let job = try await Fixtures.submit(Fixtures.train(key: "ack-\(index)"), to: client)
            let stored = try await observer.read { database in
                try String.fetchOne(database, sql: "SELECT status FROM job WHERE id = ?", arguments: [job.id])
            }
            #expect(stored == "queued")
        }
        try observer.close()
        await server.stop()
    }

    @Test func everythingAcknowledgedSurvivesAnAbruptStopAndTheSimulatorCarriesOn() async throws {
        let path = try Self.temporaryDatabasePath()
        var configuration = ReferenceServerConfiguration(
            databasePath: path, simulatedJobs: 2, secondsPerStep: 0.01, randomSeed: 21)
        configuration.logTailCap = 500
        let first = try await ReferenceServer.start(configuration)
        let firstClient = TestClient(baseURL: first.baseURL)
        var acknowledged: [FusionJob] = []
        for index in 0..<3 {
            acknowledged.append(
                try await Fixtures.submit(Fixtures.train(key: "durable-\(index)", cycles: 10, stepsPerCycle: 30), to: firstClient))
        }
        try await eventually("the submitted jobs to make progress") {
            let job = try await firstClient.get("/jobs/\(acknowledged[0].id)").decode(FusionJob.self)
            return (job.currentStep ?? 0) >= 40
        }
        let before = try await firstClient.get("/jobs").decode([FusionJob].self)
        let metricsBefore = try await firstClient.get("/jobs/\(acknowledged[0].id)/metrics").decode(FusionMetricsPage.self)
        let eventsBefore = try await firstClient.get("/jobs/\(acknowledged[0].id)/events").decode([FusionEvent].self)
        // No graceful cleanup: the tasks stop mid-flight, the database is neither closed nor checkpointed.
        await first.abandon()

        let second = try await ReferenceServer.start(configuration)
        let secondClient = TestClient(baseURL: second.baseURL)
        let after = try await secondClient.get("/jobs").decode([FusionJob].self)
        let afterByID = Dictionary(uniqueKeysWithValues: after.map { ($0.id, $0) })
        for job in before {
            let reopened = try #require(afterByID[job.id], "job \(job.id) survived")
            #expect(reopened.idempotencyKey == job.idempotencyKey)
            #expect(reopened.createdAt == job.createdAt)
            #expect((reopened.currentStep ?? 0) >= (job.currentStep ?? 0), "no step was lost")
        }
        let metricsAfter = try await secondClient.get("/jobs/\(acknowledged[0].id)/metrics").decode(FusionMetricsPage.self)
        #expect(Array(metricsAfter.points.prefix(metricsBefore.points.count)) == metricsBefore.points)
        let eventsAfter = try await secondClient.get("/jobs/\(acknowledged[0].id)/events").decode([FusionEvent].self)
        #expect(Array(eventsAfter.prefix(eventsBefore.count)) == eventsBefore)
        // The same idempotency key still finds the same job.
        let replay = try await secondClient.post("/jobs", encoding: Fixtures.train(key: "durable-0", cycles: 10, stepsPerCycle: 30))
        #expect(try replay.decode(FusionJob.self).id == acknowledged[0].id)

        // The simulator carries on where it was: the run continues past its step and finishes with every step once.
        let finished = try await Fixtures.waitUntilFinished(acknowledged[0].id, client: secondClient)
        #expect(finished.status == "succeeded")
        let finalMetrics = try await secondClient.get("/jobs/\(acknowledged[0].id)/metrics").decode(FusionMetricsPage.self)
        #expect(finalMetrics.points.filter { $0.phase == "train" }.map(\.step) == Array(1...300))
        let finalEvents = try await secondClient.get("/jobs/\(acknowledged[0].id)/events").decode([FusionEvent].self)
        #expect(finalEvents.filter { $0.kind == "running" }.count == 1, "resumed, not restarted")
        await second.stop()
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
}
