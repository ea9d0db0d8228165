import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `runtop serve` as its own process: SIGKILL mid-simulation and a restart on the same database lose nothing the
/// server acknowledged, and the simulator carries on.
@Suite("runtop serve durability", .serialized)
struct ServeDurabilityTests {
    /// A `runtop serve` child process and the port it announced.
    final class ServeProcess {
        let process = Process()
        let port: Int

        init(database: String) throws {
            process.executableURL = URL(fileURLWithPath: try locateBuiltProduct("runtop"))
            process.arguments = ["serve", "--port", "0", "--db", database, "--simulate", "2", "--speed", "20"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // "runtop serve: listening on http://127.0.0.1:PORT (database …)"
            var announced = Data()
            let deadline = Date().addingTimeInterval(20)
            while !String(decoding: announced, as: UTF8.self).contains("\n"), Date() < deadline {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                announced.append(chunk)
            }
            let line = String(decoding: announced, as: UTF8.self)
            guard let range = line.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
                let port = Int(line[range].split(separator: ":").last ?? "")
            else {
                process.terminate()
                throw TmuxHarnessError(message: "runtop serve did not announce its port: \(line)")
            }
            self.port = port
        }

        var baseURL: String { "http://127.0.0.1:\(port)" }

        func killHard() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        deinit {
            if process.isRunning { killHard() }
        }
    }

    static func json(_ method: String, _ url: String, body: [String: Any]? = nil) async throws -> (Int, Any) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, (try? JSONSerialization.jsonObject(with: data)) ?? [:])
    }

    @Test func sigkillAndRestartLoseNothingAcknowledged() async throws {
        let directory = NSTemporaryDirectory() + "runtop-durability-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/runtop.sqlite"

        var server = try ServeProcess(database: database)
        // Acknowledged writes: jobs submitted and answered 201.
        var acknowledged: [String: String] = [:]  // idempotency key → id
        for index in 0..<5 {
            let key = "durable-\(index)"
            let (status, body) = try await Self.json("POST", server.baseURL + "/jobs", body: [
                "type": "finetune", "idempotency_key": key, "source_model_id": "m", "dataset_id": "d",
                "hyperparams": ["steps": 100_000, "output_name": "durable-\(index)"],
            ])
            #expect(status == 201)
            acknowledged[key] = try #require((body as? [String: Any])?["id"] as? String)
        }
        // Let the simulator run, then note how far one job got.
        try await Task.sleep(for: .seconds(2))
        let watched = try #require(acknowledged["durable-0"])
        let (_, before) = try await Self.json("GET", server.baseURL + "/jobs/\(watched)/metrics?since_step=0")
        let stepsBefore = ((before as? [String: Any])?["points"] as? [[String: Any]] ?? [])
            .filter { $0["phase"] as? String != "eval" }.compactMap { $0["step"] as? Int }
        #expect(!stepsBefore.isEmpty, "the simulator advanced the job before the kill")

        server.killHard()
        server = try ServeProcess(database: database)

        let (_, listed) = try await Self.json("GET", server.baseURL + "/jobs")
        let ids = Set((listed as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        for (key, id) in acknowledged {
            #expect(ids.contains(id), "job \(key) acknowledged before SIGKILL is still there")
            let (status, again) = try await Self.json("POST", server.baseURL + "/jobs", body: [
                "type": "finetune", "idempotency_key": key, "source_model_id": "m", "dataset_id": "d",
                "hyperparams": ["steps": 100_000, "output_name": key],
            ])
            #expect([200, 201].contains(status))
            #expect((again as? [String: Any])?["id"] as? String == id, "the idempotency key still names the same job")
        }
        // Every point acknowledged before the kill is still there, and the run carries on without duplicates.
        try await Task.sleep(for: .seconds(2))
        let (_, after) = try await Self.json("GET", server.baseURL + "/jobs/\(watched)/metrics?since_step=0")
        let stepsAfter = ((after as? [String: Any])?["points"] as? [[String: Any]] ?? [])
            .filter { $0["phase"] as? String != "eval" }.compactMap { $0["step"] as? Int }
        #expect(Set(stepsBefore).isSubset(of: Set(stepsAfter)))
        #expect(stepsAfter.count == Set(stepsAfter).count, "no step twice")
        #expect((stepsAfter.max() ?? 0) > (stepsBefore.max() ?? 0), "the simulator carried on after the restart")
        server.killHard()
    }
}
