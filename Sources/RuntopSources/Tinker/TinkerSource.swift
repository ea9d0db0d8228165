import Foundation
import RuntopCore
import RuntopWire

/// Tinker's REST API (seed 002) as a job source: training runs are the jobs, their checkpoints the artifacts
/// and the timeline. Tinker serves no metrics or logs, so those are always empty.
public struct TinkerSource: JobSource {
    public let label: String
    private let transport: HTTPTransport
    /// Publish, unpublish and expiry of the runs' checkpoints.
    let checkpointActions: TinkerCheckpointActions
    /// Runs asked for per list page, and the most pages fetched.
    public let pageSize: Int
    public let maximumPages: Int
    /// A run that served a request this recently counts as running.
    public let activeWindow: TimeInterval

    /// A source for the Tinker API at `baseURL` (the host, or ending in `/api/v1`), sending `apiKey` as
    /// `X-API-Key`.
    public init(
        baseURL: String, apiKey: String?, pageSize: Int = 100, maximumPages: Int = 10, activeWindow: TimeInterval = 600,
        label: String? = nil
    ) {
        transport = HTTPTransport(
            baseURL: DreadnodeSource.apiRoot(baseURL), headers: apiKey.map { [("X-API-Key", $0)] } ?? [])
        checkpointActions = TinkerCheckpointActions(baseURL: baseURL, apiKey: apiKey)
        self.pageSize = max(1, pageSize)
        self.maximumPages = max(1, maximumPages)
        self.activeWindow = activeWindow
        self.label = label ?? "tinker · \(transport.baseURL)"
    }

    public func listJobs() async throws -> [JobSummary] {
        var runs: [TinkerTrainingRun] = []
        for page in 0..<maximumPages {
            let answer = try await transport.get(
                "/training_runs?limit=\(pageSize)&offset=\(page * pageSize)", as: TinkerTrainingRunsPage.self)
            runs += answer.trainingRuns
            let total = answer.cursor?.totalCount ?? Int.max
            if answer.trainingRuns.count < pageSize || runs.count >= total { break }
        }
        let now = Date()
        return runs.map { Self.summary($0, now: now, activeWindow: activeWindow) }
    }

    public func job(_ id: JobID) async throws -> JobSummary {
        let run = try await transport.get(
            "/training_runs/\(TinkerEnricher.escape(id.rawValue))", as: TinkerTrainingRun.self)
        return Self.summary(run, now: Date(), activeWindow: activeWindow)
    }

    public func metrics(_ id: JobID, sinceStep: Int?, attempt: Int) async throws -> MetricsDelta {
        MetricsDelta(series: [:], attempt: attempt, sinceStep: sinceStep)
    }

    public func logs(_ id: JobID, sinceSeq: Int?) async throws -> LogDelta {
        LogDelta(lines: [], sinceSeq: sinceSeq)
    }

    public func events(_ id: JobID) async throws -> [JobEvent] {
        try await checkpoints(id).map(Self.event)
    }

    public func result(_ id: JobID) async throws -> JobResult? { nil }

    public func artifacts(_ id: JobID, job: JobSummary) async throws -> JobArtifacts {
        let run = try await transport.get(
            "/training_runs/\(TinkerEnricher.escape(id.rawValue))", as: TinkerTrainingRun.self)
        return Self.artifacts(run, checkpoints: try await checkpoints(id))
    }

    /// Releases the HTTP client.
    public func shutdown() async { await transport.shutdown() }

    private func checkpoints(_ id: JobID) async throws -> [TinkerCheckpoint] {
        try await transport.get(
            "/training_runs/\(TinkerEnricher.escape(id.rawValue))/checkpoints", as: TinkerCheckpointsPage.self
        ).checkpoints
    }

    // MARK: - Mapping wire → core

    /// A run as a job: corrupted runs have failed; runs that served a request within `activeWindow` are running,
    /// others idle.
    static func summary(_ run: TinkerTrainingRun, now: Date, activeWindow: TimeInterval) -> JobSummary {
        let lastRequest = WireDate.parse(run.lastRequestTime)
        let status: JobStatus
        if run.corrupted == true {
            status = .failed
        } else if let lastRequest, now.timeIntervalSince(lastRequest) <= activeWindow {
            status = .running
        } else {
            status = .other("idle")
        }
        let latest = [run.lastCheckpoint, run.lastSamplerCheckpoint].compactMap { $0 }
        return JobSummary(
            id: JobID(run.trainingRunID),
            name: run.userMetadata?["name"] ?? run.trainingRunID,
            kind: run.isLora == false ? "full·tinker" : "lora·tinker",
            status: status,
            model: run.baseModel,
            lastCheckpointStep: latest.compactMap {
                CheckpointNaming.step(of: CheckpointNaming.name(of: $0.checkpointID))
            }
            .max(),
            startedAt: nil,
            finishedAt: nil,
            error: run.corrupted == true ? "training run is corrupted" : nil
        )
    }

    /// A checkpoint with its size, visibility and expiry.
    static func checkpoint(_ checkpoint: TinkerCheckpoint) -> CheckpointRef {
        let name = CheckpointNaming.name(of: checkpoint.checkpointID)
        return CheckpointRef(
            step: CheckpointNaming.step(of: name), name: name, path: checkpoint.tinkerPath,
            sizeBytes: checkpoint.sizeBytes,
            isPublic: checkpoint.isPublic, expiresAt: WireDate.parse(checkpoint.expiresAt))
    }

    /// A saved checkpoint as a timeline entry.
    static func event(_ checkpoint: TinkerCheckpoint) -> JobEvent {
        let reference = Self.checkpoint(checkpoint)
        var fields = ["name": reference.name, "path": reference.path]
        if let step = reference.step { fields["step"] = String(step) }
        if let type = checkpoint.checkpointType { fields["type"] = type }
        let payload = JSONValue.object(fields.mapValues(JSONValue.string)).compactJSON
        return JobEvent(
            timestamp: WireDate.parse(checkpoint.time), kind: "checkpoint", payload: payload, fields: fields)
    }

    /// The artifacts card: checkpoints oldest first, the run's model facts as references.
    static func artifacts(_ run: TinkerTrainingRun, checkpoints: [TinkerCheckpoint]) -> JobArtifacts {
        let ordered = checkpoints.enumerated().sorted { lhs, rhs in
            let left = WireDate.parse(lhs.element.time) ?? .distantPast
            let right = WireDate.parse(rhs.element.time) ?? .distantPast
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        var refs: [LabelledRef] = []
        if let model = run.baseModel { refs.append(LabelledRef(label: "base model", value: model)) }
        if let rank = run.loraRank { refs.append(LabelledRef(label: "lora rank", value: String(rank))) }
        if let owner = run.modelOwner { refs.append(LabelledRef(label: "owner", value: owner)) }
        for (key, value) in (run.userMetadata ?? [:]).sorted(by: { $0.key < $1.key }) {
            refs.append(LabelledRef(label: "metadata.\(key)", value: value))
        }
        let final = ordered.last {
            CheckpointNaming.name(of: $0.checkpointID) == "final" && $0.checkpointType != "training"
        }
        return JobArtifacts(checkpoints: ordered.map(checkpoint), refs: refs, outputModel: final?.tinkerPath)
    }
}
