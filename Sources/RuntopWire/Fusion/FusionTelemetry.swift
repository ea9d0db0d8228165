/// `GET /jobs/{id}/metrics?since_step=N`: points newer than N.
public struct FusionMetricsPage: Codable, Sendable, Equatable {
    public var jobID: String
    public var count: Int
    public var latestStep: Int
    public var points: [FusionMetricPoint]

    public init(jobID: String, count: Int, latestStep: Int, points: [FusionMetricPoint]) {
        self.jobID = jobID
        self.count = count
        self.latestStep = latestStep
        self.points = points
    }

    enum CodingKeys: String, CodingKey {
        case count, points
        case jobID = "job_id"
        case latestStep = "latest_step"
    }
}

/// One per-step telemetry point. `phase` is `train` or `eval`; an `eval` point's `loss` is the validation loss.
/// Any numeric field may be null (not measured at that step).
public struct FusionMetricPoint: Codable, Sendable, Equatable {
    public var ts: String
    public var step: Int
    public var cycle: Int?
    public var phase: String?
    public var loss: Double?
    public var lr: Double?
    public var throughput: Double?
    public var vramGB: Double?
    public var gradNorm: Double?

    public init(
        ts: String, step: Int, cycle: Int? = nil, phase: String? = nil, loss: Double? = nil, lr: Double? = nil,
        throughput: Double? = nil, vramGB: Double? = nil, gradNorm: Double? = nil
    ) {
        self.ts = ts
        self.step = step
        self.cycle = cycle
        self.phase = phase
        self.loss = loss
        self.lr = lr
        self.throughput = throughput
        self.vramGB = vramGB
        self.gradNorm = gradNorm
    }

    enum CodingKeys: String, CodingKey {
        case ts, step, cycle, phase, loss, lr, throughput
        case vramGB = "vram_gb"
        case gradNorm = "grad_norm"
    }

    /// Encodes every seed field, with explicit nulls for values not measured at this step (as the seed shows).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ts, forKey: .ts)
        try container.encode(step, forKey: .step)
        try container.encode(cycle, forKey: .cycle)
        try container.encode(phase, forKey: .phase)
        try container.encode(loss, forKey: .loss)
        try container.encode(lr, forKey: .lr)
        try container.encode(throughput, forKey: .throughput)
        try container.encode(vramGB, forKey: .vramGB)
        try container.encode(gradNorm, forKey: .gradNorm)
    }
}

/// `GET /jobs/{id}/logs?since=SEQ`: console lines after SEQ (the server keeps only a capped tail).
public struct FusionLogPage: Codable, Sendable, Equatable {
    public var jobID: String
    public var latestSeq: Int
    public var lines: [FusionLogLine]

    public init(jobID: String, latestSeq: Int, lines: [FusionLogLine]) {
        self.jobID = jobID
        self.latestSeq = latestSeq
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey {
        case lines
        case jobID = "job_id"
        case latestSeq = "latest_seq"
    }
}

/// One console line.
public struct FusionLogLine: Codable, Sendable, Equatable {
    public var seq: Int
    public var ts: String
    public var stream: String
    public var text: String

    public init(seq: Int, ts: String, stream: String, text: String) {
        self.seq = seq
        self.ts = ts
        self.stream = stream
        self.text = text
    }
}

/// One entry of `GET /jobs/{id}/events`: `{ts, kind, payload}`.
public struct FusionEvent: Codable, Sendable, Equatable {
    public var ts: String
    public var kind: String
    public var payload: JSONValue?

    public init(ts: String, kind: String, payload: JSONValue? = nil) {
        self.ts = ts
        self.kind = kind
        self.payload = payload
    }
}

/// `GET /jobs/{id}/result`: the headline result of a finished run.
public struct FusionResult: Codable, Sendable, Equatable {
    public var jobID: String
    public var pplBaseline: Double?
    public var pplFinal: Double?
    public var pplDeltaPct: Double?
    public var lossFinal: Double?
    public var paramsBefore: Double?
    public var paramsAfter: Double?
    public var paramsDelta: Double?
    public var functionPreservation: Double?
    public var gpuSeconds: Double?
    public var tokensProcessed: Double?
    public var costUSD: Double?

    public init(
        jobID: String, pplBaseline: Double? = nil, pplFinal: Double? = nil, pplDeltaPct: Double? = nil,
        lossFinal: Double? = nil, paramsBefore: Double? = nil, paramsAfter: Double? = nil,
        paramsDelta: Double? = nil, functionPreservation: Double? = nil, gpuSeconds: Double? = nil,
        tokensProcessed: Double? = nil, costUSD: Double? = nil
    ) {
        self.jobID = jobID
        self.pplBaseline = pplBaseline
        self.pplFinal = pplFinal
        self.pplDeltaPct = pplDeltaPct
        self.lossFinal = lossFinal
        self.paramsBefore = paramsBefore
        self.paramsAfter = paramsAfter
        self.paramsDelta = paramsDelta
        self.functionPreservation = functionPreservation
        self.gpuSeconds = gpuSeconds
        self.tokensProcessed = tokensProcessed
        self.costUSD = costUSD
    }

    enum CodingKeys: String, CodingKey {
        case jobID = "job_id"
        case pplBaseline = "ppl_baseline"
        case pplFinal = "ppl_final"
        case pplDeltaPct = "ppl_delta_pct"
        case lossFinal = "loss_final"
        case paramsBefore = "params_before"
        case paramsAfter = "params_after"
        case paramsDelta = "params_delta"
        case functionPreservation = "function_preservation"
        case gpuSeconds = "gpu_seconds"
        case tokensProcessed = "tokens_processed"
        case costUSD = "cost_usd"
    }
}

/// The error body the reference server sends: `{"detail": …}` (FastAPI style, as Dreadnode does too).
public struct WireErrorBody: Codable, Sendable, Equatable {
    public var detail: String
    public var code: Int?
    public var type: String?

    public init(detail: String, code: Int? = nil, type: String? = nil) {
        self.detail = detail
        self.code = code
        self.type = type
    }
}
