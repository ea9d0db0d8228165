import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import RuntopServer

/// `runtop bench-server`: how many since-delta polls per second the reference server sustains from many
/// concurrent clients, with latency percentiles. Prints one JSON object.
struct ServerBenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-server",
        abstract: "Measure the reference server under concurrent since-delta polling and print JSON figures."
    )

    @Option(name: .long, help: "Concurrent polling clients.")
    var clients = 100

    @Option(name: .long, help: "Seconds to measure.")
    var seconds = 10.0

    @Option(name: .long, help: "Simulated running jobs the clients poll.")
    var jobs = 4

    @Option(name: .long, help: "Poll this running server (e.g. `runtop serve` in another process) instead of one started in-process.")
    var url: String?

    func run() async throws {
        let server: RunningReferenceServer?
        let baseURL: String
        if let url {
            server = nil
            baseURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        } else {
            var configuration = ReferenceServerConfiguration()
            configuration.port = 0
            configuration.simulatedJobs = jobs
            configuration.secondsPerStep = 0.05
            configuration.randomSeed = 1
            let started = try await ReferenceServer.start(configuration)
            server = started
            baseURL = started.baseURL
        }
        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = clients
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)

        // Wait for running jobs to poll.
        var jobIDs: [String] = []
        for _ in 0..<100 where jobIDs.count < jobs {
            let list = try await Self.get(client, baseURL + "/jobs").body
            jobIDs = (try JSONSerialization.jsonObject(with: list) as? [[String: Any]] ?? [])
                .filter { $0["status"] as? String == "running" }.compactMap { $0["id"] as? String }
            try await Task.sleep(for: .milliseconds(100))
        }
        guard !jobIDs.isEmpty else { throw ValidationError("no running job to poll") }

        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        let started = ContinuousClock.now
        let outcomes = await withTaskGroup(of: ([Double], Int).self) { group in
            for index in 0..<clients {
                let job = jobIDs[index % jobIDs.count]
                group.addTask {
                    var latencies: [Double] = []
                    var failures = 0
                    var metricsCursor = -1
                    var logCursor = 0
                    while ContinuousClock.now < deadline {
                        for isMetrics in [true, false] {
                            let path = isMetrics
                                ? "/jobs/\(job)/metrics?since_step=\(metricsCursor)" : "/jobs/\(job)/logs?since=\(logCursor)"
                            let begin = ContinuousClock.now
                            do {
                                let (status, body) = try await Self.get(client, baseURL + path)
                                let elapsed = ContinuousClock.now - begin
                                latencies.append(Double(elapsed.components.attoseconds) / 1e15
                                    + Double(elapsed.components.seconds) * 1000)
                                guard status == 200,
                                    let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
                                else {
                                    failures += 1
                                    continue
                                }
                                if isMetrics, let latest = object["latest_step"] as? Int { metricsCursor = latest }
                                if !isMetrics, let latest = object["latest_seq"] as? Int { logCursor = latest }
                            } catch {
                                failures += 1
                            }
                        }
                    }
                    return (latencies, failures)
                }
            }
            var all: ([Double], Int) = ([], 0)
            for await (latencies, failures) in group {
                all.0 += latencies
                all.1 += failures
            }
            return all
        }
        let elapsed = ContinuousClock.now - started
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let sorted = outcomes.0.sorted()
        func percentile(_ fraction: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
        }
        let figures: [String: Any] = [
            "clients": clients, "seconds": (wall * 100).rounded() / 100, "requests": sorted.count,
            "polls_per_s": (Double(sorted.count) / wall).rounded(), "failures": outcomes.1,
            "latency_ms_p50": (percentile(0.50) * 100).rounded() / 100,
            "latency_ms_p99": (percentile(0.99) * 100).rounded() / 100,
            "latency_ms_max": ((sorted.last ?? 0) * 100).rounded() / 100,
            "notes": "one poll = one GET of metrics?since_step or logs?since over keep-alive HTTP/1.1, "
                + (url == nil ? "server in-process" : "server in another process at \(baseURL)"),
        ]
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        try await client.shutdown()
        await server?.stop()
    }

    static func get(_ client: HTTPClient, _ url: String) async throws -> (status: Int, body: Data) {
        let response = try await client.execute(HTTPClientRequest(url: url), timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 32 << 20)
        return (Int(response.status.code), Data(body.readableBytesView))
    }
}
