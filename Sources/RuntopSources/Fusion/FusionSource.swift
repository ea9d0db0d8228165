import Foundation
import RuntopCore
import RuntopWire

/// The Fusion jobs API (seed 003): incremental by `since_step` and `since` sequence number.
public struct FusionSource: JobSource {
    public let label: String
    let transport: HTTPTransport

    /// A source for the Fusion server at `baseURL` (e.g. `http://127.0.0.1:8080`), sending `headers` with
    /// every request.
    public init(baseURL: String, headers: [(String, String)] = [], label: String? = nil) {
        transport = HTTPTransport(baseURL: baseURL, headers: headers)
        self.label = label ?? "fusion · \(transport.baseURL)"
    }

    public func listJobs() async throws -> [JobSummary] {
        try await transport.get("/jobs", as: [FusionJob].self).map(Self.summary)
    }

    public func job(_ id: JobID) async throws -> JobSummary {
        Self.summary(try await transport.get("/jobs/\(Self.escape(id))", as: FusionJob.self))
    }

    public func metrics(_ id: JobID, sinceStep: Int?, attempt: Int) async throws -> MetricsDelta {
        let page = try await transport.get(
            "/jobs/\(Self.escape(id))/metrics?since_step=\(sinceStep ?? -1)", as: FusionMetricsPage.self)
        return Self.delta(page, attempt: attempt, sinceStep: sinceStep)
    }

    public func logs(_ id: JobID, sinceSeq: Int?) async throws -> LogDelta {
        let page = try await transport.get("/jobs/\(Self.escape(id))/logs?since=\(sinceSeq ?? 0)", as: FusionLogPage.self)
        let lines = page.lines.map { line in
            LogLine(seq: line.seq, timestamp: WireDate.parse(line.ts), stream: line.stream, text: line.text)
        }
        return LogDelta(lines: lines, latestSeq: page.latestSeq, sinceSeq: sinceSeq ?? 0)
    }

    public func events(_ id: JobID) async throws -> [JobEvent] {
        try await transport.get("/jobs/\(Self.escape(id))/events", as: [FusionEvent].self).map(Self.event)
    }

    public func result(_ id: JobID) async throws -> JobResult? {
        do {
            return Self.result(try await transport.get("/jobs/\(Self.escape(id))/result", as: FusionResult.self))
        } catch SourceError.httpStatus(404, _, _) {
            return nil
        }
    }

    public func artifacts(_ id: JobID, job: JobSummary) async throws -> JobArtifacts {
        let wire = try await transport.get("/jobs/\(Self.escape(id))", as: FusionJob.self)
        let checkpoints = try await events(id).filter { $0.kind == "checkpoint" }.compactMap { event -> CheckpointRef? in
            guard let step = event.fields["step"].flatMap({ Int($0) }) else { return nil }
            return CheckpointRef(step: step, name: event.fields["name"] ?? "step \(step)", path: event.fields["path"] ?? "")
        }
        return Self.artifacts(wire, checkpoints: checkpoints)
    }

    /// Releases the HTTP client.
    public func shutdown() async { await transport.shutdown() }

    // MARK: - Mapping wire → core

    static func summary(_ job: FusionJob) -> JobSummary {
        let outputName = job.hyperparams?["output_name"]?.stringValue
        let sourceModel = job.sourceModelID ?? job.hyperparams?["source_model_id"]?.stringValue
        return JobSummary(
            id: JobID(job.id),
            name: outputName ?? "\(job.type)-\(job.id.prefix(8))",
            kind: job.type,
            status: JobStatus(wireValue: job.status),
            model: job.baseModelID ?? sourceModel,
            retries: job.retries,
            lastCheckpointStep: job.lastCheckpointStep,
            outputModel: job.outputModelID,
            createdAt: WireDate.parse(job.createdAt),
            startedAt: WireDate.parse(job.startedAt),
            finishedAt: WireDate.parse(job.finishedAt),
            currentStep: job.currentStep,
            totalSteps: job.totalSteps ?? Self.plannedSteps(job),
            error: job.error
        )
    }

    /// Total steps from the hyperparams when the server does not say: `steps`, or cycles × steps_per_cycle.
    static func plannedSteps(_ job: FusionJob) -> Int? {
        if let steps = job.hyperparams?["steps"]?.intValue { return steps }
        if let cycles = job.hyperparams?["cycles"]?.intValue,
            let perCycle = job.hyperparams?["steps_per_cycle"]?.intValue
        {
            return cycles * perCycle
        }
        return nil
    }

    static func delta(_ page: FusionMetricsPage, attempt: Int, sinceStep: Int?) -> MetricsDelta {
        var loss: [MetricSample] = []
        var validationLoss: [MetricSample] = []
        var learningRate: [MetricSample] = []
        var throughput: [MetricSample] = []
        var vram: [MetricSample] = []
        var gradientNorm: [MetricSample] = []
        loss.reserveCapacity(page.points.count)
        for point in page.points {
            let isEval = point.phase.map { $0 == "eval" || $0 == "val" || $0 == "validation" } ?? false
            if let value = point.loss {
                if isEval {
                    validationLoss.append(MetricSample(step: point.step, value: value))
                } else {
                    loss.append(MetricSample(step: point.step, value: value))
                }
            }
            if let value = point.lr { learningRate.append(MetricSample(step: point.step, value: value)) }
            if let value = point.throughput { throughput.append(MetricSample(step: point.step, value: value)) }
            if let value = point.vramGB { vram.append(MetricSample(step: point.step, value: value)) }
            if let value = point.gradNorm { gradientNorm.append(MetricSample(step: point.step, value: value)) }
        }
        var series: [String: [MetricSample]] = [:]
        for (name, samples) in [
            (SeriesName.loss, loss), (SeriesName.validationLoss, validationLoss), (SeriesName.learningRate, learningRate),
            (SeriesName.throughput, throughput), (SeriesName.vram, vram), (SeriesName.gradientNorm, gradientNorm),
        ] where !samples.isEmpty {
            series[name] = samples
        }
        return MetricsDelta(
            series: series, latestStep: page.latestStep, attempt: attempt, sinceStep: sinceStep,
            newestTimestamp: page.points.last.flatMap { WireDate.parse($0.ts)?.timeIntervalSince1970 })
    }

    static func event(_ event: FusionEvent) -> JobEvent {
        var fields: [String: String] = [:]
        if case .object(let members)? = event.payload {
            for (key, value) in members {
                switch value {
                case .array, .object: continue
                default: fields[key] = value.displayText
                }
            }
        }
        let payload: String
        switch event.payload {
        case nil, .null?: payload = ""
        case let value?: payload = value.compactJSON
        }
        return JobEvent(timestamp: WireDate.parse(event.ts), kind: event.kind, payload: payload, fields: fields)
    }

    static func result(_ result: FusionResult) -> JobResult {
        JobResult(
            perplexityBaseline: result.pplBaseline, perplexityFinal: result.pplFinal,
            perplexityDeltaPercent: result.pplDeltaPct, lossFinal: result.lossFinal,
            parametersBefore: result.paramsBefore, parametersAfter: result.paramsAfter,
            parametersDelta: result.paramsDelta, functionPreservation: result.functionPreservation,
            gpuSeconds: result.gpuSeconds, tokensProcessed: result.tokensProcessed, costUSD: result.costUSD)
    }

    static func artifacts(_ job: FusionJob, checkpoints: [CheckpointRef]) -> JobArtifacts {
        var refs: [LabelledRef] = [LabelledRef(label: "job", value: job.id)]
        if let value = job.baseModelID { refs.append(LabelledRef(label: "base model", value: value)) }
        if let value = job.sourceModelID ?? job.hyperparams?["source_model_id"]?.stringValue {
            refs.append(LabelledRef(label: "source model", value: value))
        }
        if let value = job.datasetID { refs.append(LabelledRef(label: "dataset", value: value)) }
        if job.lastCheckpointStep > 0 {
            refs.append(LabelledRef(label: "last checkpoint", value: "step \(job.lastCheckpointStep)"))
        }
        var internalFields: [LabelledRef] = []
        if let key = job.idempotencyKey { internalFields.append(LabelledRef(label: "idempotency_key", value: key)) }
        for (key, value) in (job.hyperparams ?? [:]).sorted(by: { $0.key < $1.key }) {
            internalFields.append(LabelledRef(label: "hyperparams.\(key)", value: value.displayText))
        }
        return JobArtifacts(
            checkpoints: checkpoints, refs: refs, internalFields: internalFields, outputModel: job.outputModelID)
    }

    static func escape(_ id: JobID) -> String {
        id.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? id.rawValue
    }
}
