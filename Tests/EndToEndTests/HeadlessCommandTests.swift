import Foundation
import RuntopServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `runtop snapshot` and `runtop logs`: the headless modes scripts use, run as the real binary.
@Suite("Headless commands", .serialized)
struct HeadlessCommandTests {
    /// Runs the built `runtop` with `arguments` (and `environment` over this process's) and returns its exit status
    /// and output.
    static func runtop(
        _ arguments: [String], environment extraEnvironment: [String: String] = [:], timeout: TimeInterval = 30
    ) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try locateBuiltProduct("runtop"))
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.merging(extraEnvironment) { _, given in given }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var collected = Data()
        while process.isRunning, Date() < deadline {
            collected.append(output.fileHandleForReading.availableData)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        collected.append(output.fileHandleForReading.readDataToEndOfFile())
        let errorText = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, String(decoding: collected, as: UTF8.self), errorText)
    }

    static func startServer() async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration()
        configuration.port = 0
        configuration.simulatedJobs = 1
        configuration.secondsPerStep = 0.05
        configuration.seedHistory = true
        configuration.randomSeed = 3
        return try await ReferenceServer.start(configuration)
    }

    static func jobs(_ server: RunningReferenceServer) async throws -> [[String: Any]] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs")!)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func snapshotPrintsTheJobListAsATableAndAsJSON() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let jobs = try await Self.jobs(server)
        let table = try Self.runtop(["snapshot", "--url", server.baseURL])
        #expect(table.status == 0)
        #expect(table.output.hasPrefix("ID"))
        for job in jobs { #expect(table.output.contains(job["id"] as? String ?? "?")) }

        let json = try Self.runtop(["snapshot", "--url", server.baseURL, "--json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        // The simulator may start a job between the two reads.
        #expect((object["jobs"] as? [[String: Any]])?.count ?? 0 >= jobs.count)
    }

    @Test func snapshotOfOneJobShowsItsLatestValuesAndAnASCIIChart() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let finished = try #require(try await Self.jobs(server).first { $0["status"] as? String == "succeeded" })
        let id = try #require(finished["id"] as? String)
        let snapshot = try Self.runtop(["snapshot", "--url", server.baseURL, "--job", id, "--width", "80"])
        #expect(snapshot.status == 0)
        #expect(snapshot.output.contains("status    succeeded"))
        #expect(snapshot.output.contains("loss"))
        #expect(snapshot.output.contains("3 Charts"))
        #expect(
            snapshot.output.range(of: #"\ncheckpoint +step \d+"#, options: .regularExpression) != nil,
            "the artifacts, checkpoints newest first")
        #expect(snapshot.output.unicodeScalars.allSatisfy { $0.isASCII || $0 == "·" || $0 == "…" }, "ASCII charts")
        let json = try Self.runtop(["snapshot", "--url", server.baseURL, "--job", id, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let job = try #require(object["job"] as? [String: Any])
        #expect((job["latest"] as? [String: Any])?["loss"] is Double)
        #expect((job["result"] as? [String: Any])?["loss_final"] is Double)
    }

    @Test func snapshotScreenRendersEveryPaneOfTheFirstJobWithItsData() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let snapshot = try Self.runtop(["snapshot", "--url", server.baseURL, "--screen", "--width", "120", "--height", "40"])
        #expect(snapshot.status == 0)
        let lines = snapshot.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 40)
        // The simulator may start a job between any read of /jobs and the snapshot's: the header names one of them.
        let names = try await Self.jobs(server).compactMap { ($0["hyperparams"] as? [String: Any])?["output_name"] as? String }
        #expect(names.contains { lines[0].contains(String($0.prefix(20))) }, "the header names the shown job")
        for title in ["1 Jobs", "2 Timeline", "3 Charts", "4 Logs", "5 Artifacts", "6 Result"] {
            #expect(snapshot.output.contains(title))
        }
        // The first job's own timeline, fetched for the screen (every job has at least its `queued` event).
        #expect(!snapshot.output.contains("no events yet"))

        let finished = try #require(try await Self.jobs(server).first { $0["status"] as? String == "succeeded" })
        let id = try #require(finished["id"] as? String)
        let finishedScreen = try Self.runtop(["snapshot", "--url", server.baseURL, "--screen", "--job", id])
        #expect(finishedScreen.status == 0)
        #expect(!finishedScreen.output.contains("waiting for data"), "its charts are drawn")
        #expect(finishedScreen.output.contains("succeeded"))
        #expect(finishedScreen.output.contains("step "), "its log lines are shown")
    }

    @Test func exitStatusesTellScriptsWhatWentWrong() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        #expect(try Self.runtop(["snapshot", "--url", server.baseURL, "--job", "no-such-job"]).status == 3)
        #expect(try Self.runtop(["logs", "--url", server.baseURL, "no-such-job"]).status == 3)
        let probe = try await Self.startServer()
        let deadURL = probe.baseURL
        await probe.stop()
        let unreachable = try Self.runtop(["snapshot", "--url", deadURL])
        #expect(unreachable.status == 4)
        #expect(unreachable.error.contains("unreachable"))
    }

    @Test func logsPrintsEveryLineAndFollowUntilTheJobEnds() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let finished = try #require(try await Self.jobs(server).first { $0["status"] as? String == "succeeded" })
        let id = try #require(finished["id"] as? String)
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/jobs/\(id)/logs?since=0")!)
        let lines = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["lines"] as? [[String: Any]])
        let logs = try Self.runtop(["logs", "--url", server.baseURL, id])
        #expect(logs.status == 0)
        #expect(logs.output.split(separator: "\n").map(String.init) == lines.compactMap { $0["text"] as? String })

        // -f on a finished job prints everything and exits by itself.
        let followed = try Self.runtop(["logs", "-f", "--url", server.baseURL, id], timeout: 20)
        #expect(followed.status == 0)
        #expect(followed.output == logs.output)
    }

    @Test func logsReadsTheDreadnodeDialectAndAContextToo() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let finished = try #require(try await Self.jobs(server).first { $0["status"] as? String == "succeeded" })
        let id = try #require(finished["id"] as? String)
        let fusion = try Self.runtop(["logs", "--url", server.baseURL, id])
        #expect(fusion.status == 0)
        #expect(!fusion.output.isEmpty)

        // The same job's structured logs through the Dreadnode API carry the same messages.
        let dreadnode = try Self.runtop([
            "logs", "--url", server.baseURL, "--dialect", "dreadnode", "--org", "acme", "--workspace", "lab", id,
        ])
        #expect(dreadnode.status == 0)
        #expect(dreadnode.output == fusion.output)

        let home = NSTemporaryDirectory() + "runtop-logs-ctx-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home + "/runtop", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try "[contexts.lab]\ndialect = \"fusion\"\nurl = \"\(server.baseURL)\"\n".write(
            toFile: home + "/runtop/config.toml", atomically: true, encoding: .utf8)
        let viaContext = try Self.runtop(["logs", "--context", "lab", id], environment: ["XDG_CONFIG_HOME": home])
        #expect(viaContext.status == 0)
        #expect(viaContext.output == fusion.output)
        #expect(try Self.runtop(["logs", "--context", "lab", "no-such-job"], environment: ["XDG_CONFIG_HOME": home]).status == 3)
    }
}
