import Foundation
import RuntopCore
import RuntopServer
import RuntopSources
import RuntopWire
import Testing

/// The Dreadnode adapter and the poller against the reference server's Dreadnode dialect over real HTTP.
@Suite("Dreadnode source against the reference server", .serialized)
struct DreadnodeSourceIntegrationTests {
    static let organization = "acme"
    static let workspace = "research"
    static let jobsPath = "/org/acme/ws/research/training/jobs"

    static func sftBody(steps: Int, name: String = "sft-run") -> Data {
        Data(
            #"""
            {"backend": "tinker", "trainer_type": "sft", "model": "meta-llama/Llama-3.1-8B", "name": "\#(name)",
             "capability_ref": {"name": "web-agent", "version": "1.2.0"},
             "config": {"steps": \#(steps), "learning_rate": 0.0001, "dataset_ref": {"name": "support-chats", "version": "3"}}}
            """#.utf8)
    }

    static func startServer(apiKey: String? = nil) async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.02, randomSeed: 11)
        configuration.dreadnodeAPIKey = apiKey
        return try await ReferenceServer.start(configuration)
    }

    /// Creates a job through the API; `simulate` scripts its outcome (`succeed`, `fail@20`, …).
    static func create(
        on server: RunningReferenceServer, steps: Int, simulate: String = "succeed", name: String = "sft-run",
        apiKey: String? = nil
    ) async throws -> DreadnodeJob {
        var headers = [("X-Runtop-Simulate", simulate)]
        if let apiKey { headers.append(("X-API-Key", apiKey)) }
        let transport = HTTPTransport(baseURL: server.baseURL + "/api/v1", headers: headers)
        defer { Task { await transport.shutdown() } }
        let body = try await transport.send(.POST, jobsPath, body: sftBody(steps: steps, name: name))
        return try JSONWire.decode(DreadnodeJob.self, from: body)
    }

    /// The job record exactly as the server sends it now.
    static func record(_ id: String, on server: RunningReferenceServer) async throws -> DreadnodeJob {
        let transport = HTTPTransport(baseURL: server.baseURL + "/api/v1")
        defer { Task { await transport.shutdown() } }
        return try await transport.get("\(jobsPath)/\(id)", as: DreadnodeJob.self)
    }

    static func source(_ server: RunningReferenceServer, apiKey: String? = nil, bearer: String? = nil)
        -> DreadnodeSource
    {
        DreadnodeSource(
            baseURL: server.baseURL, organization: organization, workspace: workspace, apiKey: apiKey,
            bearerToken: bearer, recordReuseWindow: .milliseconds(200), pageSize: 2)
    }

    static let fastSchedule = PollSchedule(
        listInterval: 0.2, selectedJobInterval: 0.1, finishedJobInterval: 0.5, backoffBase: 0.05, backoffCap: 0.2)

    @Test func pollerDeliversTheEmbeddedSeriesLogsArtifactsAndResultIntoTheStore() async throws {
        let server = try await Self.startServer()
        let source = Self.source(server)
        defer {
            Task {
                await source.shutdown()
                await server.stop()
            }
        }
        let created = try await Self.create(on: server, steps: 60)
        let id = JobID(created.id)
        let recorder = EventRecorder()
        let poller = Poller(source: source, schedule: Self.fastSchedule) { recorder.record($0) }
        await poller.start()
        await poller.select(id)
        let finished = await recorder.waitUntil(timeout: 30) { store in
            store.job(id)?.status == .succeeded && store.detail(id)?.result != nil
                && store.detail(id)?.artifacts.checkpoints.last?.name == "final"
        }
        // Let one more pass run after the finish, so nothing arrives twice.
        try await Task.sleep(for: .milliseconds(300))
        await poller.stop()
        #expect(finished)

        let truth = try await Self.record(created.id, on: server)
        let embedded = DreadnodeMetrics(truth.metrics)
        let detail = try #require(recorder.store.detail(id))
        let held = try #require(detail.metrics[SeriesName.loss])
        let loss = try #require(embedded.series[SeriesName.loss])
        #expect(loss.count == 60)
        #expect(held.steps == loss.map(\.step), "every step once, none missing")
        #expect(held.values == loss.map(\.value))
        let validation = try #require(embedded.series[SeriesName.validationLoss])
        #expect(detail.metrics[SeriesName.validationLoss]?.steps == validation.map(\.step))
        #expect(
            detail.metrics[SeriesName.learningRate]?.values == embedded.series[SeriesName.learningRate]?.map(\.value))
        let metricEvents = recorder.events.filter { if case .metrics = $0 { true } else { false } }
        #expect(metricEvents.count > 1, "the series arrived as several deltas while the job ran")

        let summary = try #require(recorder.store.job(id))
        #expect(summary.kind == "sft·tinker" && summary.name == "sft-run" && summary.totalSteps == 60)
        #expect(summary.currentStep == 60)
        #expect(detail.result?.scalars.first == NamedValue(name: "train/steps", value: 60))
        #expect(detail.result?.lossFinal == embedded.scalar("train/loss_last"))

        let artifacts = detail.artifacts
        #expect(artifacts.checkpoints.allSatisfy { TinkerPath($0.path) != nil })
        #expect(artifacts.checkpoints.dropLast().allSatisfy { $0.step != nil })
        #expect(artifacts.internalFields.map(\.label).contains("worker_id"))
        #expect(!artifacts.refs.map(\.label).contains("worker_id"))
        #expect(artifacts.refs.first == LabelledRef(label: "base model", value: "meta-llama/Llama-3.1-8B"))

        let transport = HTTPTransport(baseURL: server.baseURL + "/api/v1")
        defer { Task { await transport.shutdown() } }
        let log = try await transport.get("\(Self.jobsPath)/\(created.id)/logs", as: DreadnodeLogPage.self)
        #expect(detail.logs.lines.map(\.text) == log.items.map(\.message), "each log line once, in order")
        #expect(detail.logs.lines.map(\.seq) == Array(0..<log.items.count))
        #expect(detail.events.map(\.kind).prefix(2) == ["queued", "running"])
        #expect(detail.events.last?.status == .succeeded)
    }

    @Test func repeatedMetricsRequestsDeliverEachSampleOnce() async throws {
        let server = try await Self.startServer()
        let source = Self.source(server)
        defer {
            Task {
                await source.shutdown()
                await server.stop()
            }
        }
        let created = try await Self.create(on: server, steps: 400)
        let id = JobID(created.id)
        var received: [Int] = []
        var cursor: Int?
        for _ in 0..<8 {
            let delta = try await source.metrics(id, sinceStep: cursor, attempt: 0)
            let steps = delta.series[SeriesName.loss]?.map(\.step) ?? []
            received += steps
            cursor = steps.max() ?? cursor
            try await Task.sleep(for: .milliseconds(250))
        }
        #expect(received.count > 10)
        #expect(received == Array(Set(received)).sorted(), "increasing, no step twice")
        let logs1 = try await source.logs(id, sinceSeq: nil)
        let last = try #require(logs1.lines.last?.seq)
        try await Task.sleep(for: .milliseconds(200))
        let logs2 = try await source.logs(id, sinceSeq: last)
        #expect(logs2.lines.allSatisfy { $0.seq > last })
        #expect(!logs2.lines.isEmpty)
    }

    @Test func retriedJobRestartsItsSeriesWithoutStaleSteps() async throws {
        let server = try await Self.startServer()
        let source = Self.source(server)
        defer {
            Task {
                await source.shutdown()
                await server.stop()
            }
        }
        let created = try await Self.create(on: server, steps: 60, simulate: "fail@40")
        let id = JobID(created.id)
        let recorder = EventRecorder()
        let poller = Poller(source: source, schedule: Self.fastSchedule) { recorder.record($0) }
        await poller.start()
        await poller.select(id)
        let failed = await recorder.waitUntil(timeout: 30) { store in
            store.job(id)?.status == .failed && (store.detail(id)?.metrics[SeriesName.loss]?.count ?? 0) >= 30
        }
        #expect(failed)
        let transport = HTTPTransport(baseURL: server.baseURL + "/api/v1")
        defer { Task { await transport.shutdown() } }
        _ = try await transport.send(.POST, "\(Self.jobsPath)/\(created.id)/retry", body: Data("{}".utf8))
        let restarted = await recorder.waitUntil(timeout: 30) { store in
            store.job(id)?.retries == 1 && store.job(id)?.status == .running
                && (store.detail(id)?.metrics[SeriesName.loss]?.count ?? 0) >= 5
        }
        await poller.stop()
        #expect(restarted)
        let truth = DreadnodeMetrics(try await Self.record(created.id, on: server).metrics)
        let held = try #require(recorder.store.detail(id)?.metrics[SeriesName.loss])
        let loss = try #require(truth.series[SeriesName.loss]).filter { $0.step <= held.lastStep! }
        #expect(held.steps == loss.map(\.step), "the failed attempt's later steps are gone")
        #expect(held.values == loss.map(\.value))
    }

    @Test func reinforcementLearningJobGivesARewardGridAndRunReferencesButNoSeries() async throws {
        let server = try await Self.startServer()
        let source = Self.source(server)
        defer {
            Task {
                await source.shutdown()
                await server.stop()
            }
        }
        let transport = HTTPTransport(baseURL: server.baseURL + "/api/v1", headers: [("X-Runtop-Simulate", "succeed")])
        defer { Task { await transport.shutdown() } }
        let body = Data(
            #"""
            {"backend": "ray", "trainer_type": "rl", "model": "Qwen/Qwen2.5-7B", "capability_ref": {"name": "sqli"},
             "config": {"steps": 30, "algorithm": "grpo", "execution_mode": "fully_async",
                        "prompt_dataset_ref": {"name": "seed-prompts", "version": "sqli-v1"},
                        "task_ref": {"name": "security-mutillidae-sqli-login-bypass"}}}
            """#.utf8)
        let created = try JSONWire.decode(
            DreadnodeJob.self, from: try await transport.send(.POST, Self.jobsPath, body: body))
        let id = JobID(created.id)
        let recorder = EventRecorder()
        let poller = Poller(source: source, schedule: Self.fastSchedule) { recorder.record($0) }
        await poller.start()
        await poller.select(id)
        let finished = await recorder.waitUntil(timeout: 30) { store in
            store.job(id)?.status == .succeeded && store.detail(id)?.result != nil
        }
        await poller.stop()
        #expect(finished)
        let summary = try #require(recorder.store.job(id))
        #expect(summary.kind == "rl/grpo·ray" && summary.currentStep == 30 && summary.totalSteps == 30)
        let detail = try #require(recorder.store.detail(id))
        #expect(detail.metrics.isEmpty, "Tinker RL publishes no per-step series")
        let names = detail.result?.scalars.map(\.name) ?? []
        #expect(names.first == "train/steps")
        #expect(names.filter { $0.hasPrefix("train/reward") } == ["train/reward_mean", "train/reward_min", "train/reward_max"])
        #expect(detail.artifacts.refs.contains(LabelledRef(label: "prompt dataset", value: "seed-prompts@sqli-v1")))
        #expect(detail.artifacts.refs.contains(LabelledRef(label: "execution mode", value: "fully_async")))
    }

    @Test func listPagesThroughEveryJobNewestFirst() async throws {
        let server = try await Self.startServer()
        let source = Self.source(server)
        defer {
            Task {
                await source.shutdown()
                await server.stop()
            }
        }
        var created: [String] = []
        for index in 0..<5 {
            created.append(try await Self.create(on: server, steps: 500, name: "run-\(index)").id)
            try await Task.sleep(for: .milliseconds(20))
        }
        let listed = try await source.listJobs()
        #expect(Set(listed.map(\.id.rawValue)) == Set(created))
        #expect(listed.count == 5)
        #expect(listed.map(\.name) == (0..<5).reversed().map { "run-\($0)" })
    }

    @Test func apiKeyOrBearerTokenAuthenticatesAndAWrongKeyFailsWithTheEnvelopeDetail() async throws {
        let server = try await Self.startServer(apiKey: "secret")
        let good = Self.source(server, apiKey: "secret")
        let bearer = Self.source(server, bearer: "secret")
        let wrong = Self.source(server, apiKey: "wrong")
        defer {
            Task {
                await good.shutdown()
                await bearer.shutdown()
                await wrong.shutdown()
                await server.stop()
            }
        }
        _ = try await Self.create(on: server, steps: 100, apiKey: "secret")
        #expect(try await good.listJobs().count == 1)
        #expect(try await bearer.listJobs().count == 1)
        await #expect(throws: SourceError.httpStatus(401, retryAfter: nil, detail: "Authentication failed")) {
            try await wrong.listJobs()
        }
    }

    @Test func unknownJobIsNotFoundWithTheServersDetail() async throws {
        let server = try await Self.startServer()
        let source = Self.source(server)
        defer {
            Task {
                await source.shutdown()
                await server.stop()
            }
        }
        await #expect(throws: SourceError.httpStatus(404, retryAfter: nil, detail: "Training job not found")) {
            try await source.job("nope")
        }
    }
}
