import Foundation
import RuntopServer
import RuntopWire
import Testing

@Suite("Telemetry: metrics, logs, events, results")
struct TelemetryTests {
    @Test func metricsSinceStepReturnsOnlyNewerPoints() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "metrics"), to: client)
            _ = try await Fixtures.waitUntilFinished(job.id, client: client)
            let all = try await client.get("/jobs/\(job.id)/metrics").decode(FusionMetricsPage.self)
            #expect(all.jobID == job.id)
            #expect(all.count == all.points.count)
            #expect(all.latestStep == 40)
            #expect(all.points.filter { $0.phase == "train" }.map(\.step) == Array(1...40))
            let newer = try await client.get("/jobs/\(job.id)/metrics?since_step=25").decode(FusionMetricsPage.self)
            #expect(!newer.points.isEmpty)
            #expect(newer.points.allSatisfy { $0.step > 25 })
            #expect(newer.points == all.points.filter { $0.step > 25 })
            #expect(newer.latestStep == 40)
            let none = try await client.get("/jobs/\(job.id)/metrics?since_step=40").decode(FusionMetricsPage.self)
            #expect(none.count == 0 && none.points.isEmpty && none.latestStep == 40)
            let bad = try await client.get("/jobs/\(job.id)/metrics?since_step=abc")
            #expect(bad.status == 422)
        }
    }

    @Test func pointsCarryTheSeedFieldsAndEvalPointsCarryValidationLoss() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "points"), to: client)
            _ = try await Fixtures.waitUntilFinished(job.id, client: client)
            let page = try await client.get("/jobs/\(job.id)/metrics").json
            #expect(Set(page.objectKeys) == ["job_id", "count", "latest_step", "points"])
            guard case .array(let points) = page["points"] else { Issue.record("points is not an array"); return }
            let train = try #require(points.first { $0["phase"] == .string("train") })
            #expect(
                Set(train.objectKeys)
                    == ["ts", "step", "cycle", "phase", "loss", "lr", "throughput", "vram_gb", "grad_norm"])
            for key in ["loss", "lr", "throughput", "vram_gb", "grad_norm"] {
                #expect(train[key]?.doubleValue != nil, "\(key)")
            }
            let eval = try #require(points.first { $0["phase"] == .string("eval") })
            #expect(eval["loss"]?.doubleValue != nil)
            #expect(eval["lr"] == .null && eval["grad_norm"] == .null && eval["throughput"] == .null)
            let decoded = try await client.get("/jobs/\(job.id)/metrics").decode(FusionMetricsPage.self)
            let losses = decoded.points.filter { $0.phase == "train" }.compactMap(\.loss)
            #expect(losses.suffix(5).reduce(0, +) < losses.prefix(5).reduce(0, +), "loss falls")
            let rates = decoded.points.filter { $0.phase == "train" }.compactMap(\.lr)
            #expect(rates[0] < rates.max()!, "warm-up")
            #expect(rates.last! < rates.max()!, "decay")
        }
    }

    @Test func logsSinceReturnsOnlyNewerLines() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "logs"), to: client)
            _ = try await Fixtures.waitUntilFinished(job.id, client: client)
            let all = try await client.get("/jobs/\(job.id)/logs").decode(FusionLogPage.self)
            #expect(all.lines.map(\.seq) == Array(1...all.latestSeq))
            #expect(all.lines.contains { $0.text.hasPrefix("step 40/40 · loss ") })
            #expect(all.lines.contains { $0.text == "Checkpoint saved at step 10" })
            #expect(all.lines.contains { $0.text.hasPrefix("Evaluating … val_loss ") })
            #expect(all.lines.last?.text.hasPrefix("Saved model test-model") == true)
            let newer = try await client.get("/jobs/\(job.id)/logs?since=10").decode(FusionLogPage.self)
            #expect(newer.lines == all.lines.filter { $0.seq > 10 })
            #expect(newer.latestSeq == all.latestSeq)
            let raw = try await client.get("/jobs/\(job.id)/logs?since=10").json
            #expect(Set(raw.objectKeys) == ["job_id", "latest_seq", "lines"])
            if case .array(let lines) = raw["lines"], let line = lines.first {
                #expect(Set(line.objectKeys) == ["seq", "ts", "stream", "text"])
            }
        }
    }

    @Test func aSlowClientSeesAGapBecauseTheTailIsCapped() async throws {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 11)
        configuration.logTailCap = 20
        try await withServer(configuration) { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "cap"), to: client)
            _ = try await Fixtures.waitUntilFinished(job.id, client: client)
            let page = try await client.get("/jobs/\(job.id)/logs?since=3").decode(FusionLogPage.self)
            #expect(page.lines.count == 20)
            #expect(page.lines.first!.seq > 4, "lines 4… were dropped: the client sees a gap")
            #expect(page.lines.last!.seq == page.latestSeq)
            #expect(page.latestSeq > 40)
        }
    }

    @Test func eventsRecordEveryTransitionIncludingAReclaim() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "reclaim"), simulate: "reclaim@15", to: client)
            let finished = try await Fixtures.waitUntilFinished(job.id, client: client)
            #expect(finished.status == "succeeded")
            #expect(finished.retries == 1)
            let events = try await client.get("/jobs/\(job.id)/events").decode([FusionEvent].self)
            let transitions = events.map(\.kind).filter { !["checkpoint", "eval"].contains($0) }
            #expect(transitions == ["queued", "running", "reclaimed", "running", "succeeded"])
            let reclaimed = try #require(events.first { $0.kind == "reclaimed" })
            #expect(reclaimed.payload?["resume_step"] == .number(10))
            #expect(reclaimed.payload?["retries"] == .number(1))
            #expect(events.contains { $0.kind == "checkpoint" && $0.payload?["step"] == .number(10) })
            #expect(events.contains { $0.kind == "eval" && $0.payload?["val_loss"]?.doubleValue != nil })
            #expect(events.last?.payload?["output_model_id"] == finished.outputModelID.map(JSONValue.string))
            // The redone steps replaced the first attempt's: one point per (step, phase).
            let page = try await client.get("/jobs/\(job.id)/metrics").decode(FusionMetricsPage.self)
            #expect(page.points.filter { $0.phase == "train" }.map(\.step) == Array(1...40))
            let raw = try await client.get("/jobs/\(job.id)/events").json
            if case .array(let entries) = raw, let entry = entries.first {
                #expect(Set(entry.objectKeys) == ["ts", "kind", "payload"])
            }
        }
    }

    @Test func aFailedJobCarriesItsErrorAndAFailureStory() async throws {
        try await withServer { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "fail"), simulate: "fail@12", to: client)
            let finished = try await Fixtures.waitUntilFinished(job.id, client: client)
            #expect(finished.status == "failed")
            let error = try #require(finished.error)
            let events = try await client.get("/jobs/\(job.id)/events").decode([FusionEvent].self)
            #expect(events.last?.kind == "failed")
            #expect(events.last?.payload?["error"] == .string(error))
            let logs = try await client.get("/jobs/\(job.id)/logs").decode(FusionLogPage.self)
            #expect(logs.lines.contains { $0.stream == "stderr" && $0.text.hasPrefix("Warning:") })
            #expect(logs.lines.contains { $0.stream == "stderr" && $0.text == "RuntimeError: \(error)" })
            #expect(try await client.get("/jobs/\(job.id)/result").status == 404)
            #expect(finished.outputModelID == nil)
        }
    }

    @Test func resultIsNotFoundUntilTheRunFinishesThenHasEveryField() async throws {
        try await withServer(ReferenceServerConfiguration(secondsPerStep: 0.1, randomSeed: 5)) { client in
            let job = try await Fixtures.submit(Fixtures.train(key: "result"), to: client)
            let early = try await client.get("/jobs/\(job.id)/result")
            #expect(early.status == 404)
            #expect(try early.json["detail"]?.stringValue != nil)
            let finished = try await Fixtures.waitUntilFinished(job.id, client: client)
            let response = try await client.get("/jobs/\(job.id)/result")
            #expect(response.status == 200)
            #expect(
                try response.keys == [
                    "job_id", "ppl_baseline", "ppl_final", "ppl_delta_pct", "loss_final", "params_before",
                    "params_after", "params_delta", "function_preservation", "gpu_seconds", "tokens_processed",
                    "cost_usd",
                ])
            let result = try response.decode(FusionResult.self)
            let page = try await client.get("/jobs/\(job.id)/metrics").decode(FusionMetricsPage.self)
            #expect(result.lossFinal == page.points.last { $0.phase == "train" }?.loss)
            let lastValidation = try #require(page.points.last { $0.phase == "eval" }?.loss)
            #expect(abs(try #require(result.pplFinal) - exp(lastValidation)) < 0.01)
            #expect(try #require(result.paramsAfter) > (try #require(result.paramsBefore)), "growth adds parameters")
            #expect(result.paramsDelta == result.paramsAfter! - result.paramsBefore!)
            #expect(result.tokensProcessed.map { Int(exactly: $0) } == 40 * 1024)
            #expect(finished.outputModelID != nil)
        }
    }

    @Test func sameSeedGivesTheSameCurves() async throws {
        var curves: [[Double]] = []
        for _ in 0..<2 {
            try await withServer(ReferenceServerConfiguration(secondsPerStep: 0.005, randomSeed: 42)) { client in
                let job = try await Fixtures.submit(Fixtures.train(key: "seeded"), to: client)
                _ = try await Fixtures.waitUntilFinished(job.id, client: client)
                let page = try await client.get("/jobs/\(job.id)/metrics").decode(FusionMetricsPage.self)
                curves.append(page.points.compactMap(\.loss))
            }
        }
        #expect(curves[0] == curves[1])
        #expect(curves[0].count > 40)
    }
}

extension JSONValue {
    /// The keys of an object (empty for other values).
    var objectKeys: [String] {
        if case .object(let members) = self { return Array(members.keys) }
        return []
    }
}
