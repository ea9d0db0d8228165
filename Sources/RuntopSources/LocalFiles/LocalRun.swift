import Foundation
import RuntopCore
import RuntopWire

/// One run read from local files: its reader, the attempts seen, and its log, turned into what a
/// ``JobSource`` serves.
struct LocalRun: Sendable {
    let layout: RunLayout
    private var reader: any TrainerRunReader
    private(set) var ledger = AttemptLedger()
    private var log: LogFollower?

    /// The status of a run whose files stopped changing before it wrote a final marker.
    static let staleStatus = JobStatus.other("stale")

    init(layout: RunLayout) {
        self.layout = layout
        switch layout.format {
        case .tinkerCookbook: reader = TinkerRunReader(layout: layout)
        case .huggingFaceTrainer: reader = HuggingFaceRunReader(layout: layout)
        case .lightningCSV: reader = LightningRunReader(layout: layout)
        }
    }

    /// Everything the files hold now.
    var table: SeriesTable { reader.table }

    /// Reads what changed in the run's files and records any new attempt.
    mutating func refresh() {
        let changes = reader.refresh()
        for step in changes.restartSteps { ledger.beginAttempt(resumingAfter: step, cause: .stepsRestarted) }
        if let changed = changes.rewriteChangedFromStep {
            ledger.beginAttempt(resumingAfter: changed - 1, cause: .fileRewritten)
        }
    }

    /// The list row, with the status judged at `now`.
    func summary(now: Date) -> JobSummary {
        let facts = reader.facts
        let status: JobStatus
        if facts.isFinished {
            status = .succeeded
        } else if let modified = facts.lastModified, now.timeIntervalSince(modified) <= facts.quietAllowance {
            status = .running
        } else {
            status = Self.staleStatus
        }
        let lastCheckpoint = ledger.attempt > 0 ? ledger.resumeStep : reader.checkpoints.compactMap(\.step).max()
        return JobSummary(
            id: layout.id, name: layout.name, kind: facts.kind, status: status, model: facts.model,
            retries: ledger.attempt, lastCheckpointStep: lastCheckpoint,
            finishedAt: facts.isFinished ? facts.lastModified : nil,
            currentStep: facts.currentStep ?? reader.table.lastStep, totalSteps: facts.totalSteps)
    }

    /// Notes that a summary carrying the current attempt was served.
    mutating func markAnnounced() { ledger.markAnnounced() }

    /// The samples from `sinceStep` on (inclusive: re-sending a step is harmless and covers a step the new
    /// attempt re-logged), tagged with the current attempt. When the caller still believes in an older attempt
    /// the delta announces the new one and carries everything from its resume step.
    func metrics(sinceStep: Int?, attempt: Int) -> MetricsDelta {
        let table = reader.table
        let tag = max(attempt, ledger.attempt)
        let from = tag > attempt ? ledger.resumeStep : sinceStep
        return MetricsDelta(
            series: table.samples(fromStep: from), latestStep: table.lastStep, attempt: tag, sinceStep: from,
            newestTimestamp: reader.facts.lastModified?.timeIntervalSince1970)
    }

    /// The log lines after `sinceSeq`, reading what was appended first.
    mutating func logs(sinceSeq: Int?) -> LogDelta {
        if log == nil, let path = LogFollower.logPath(inDirectory: layout.directory, filePrefix: layout.filePrefix) {
            log = LogFollower(path: path)
        }
        log?.refresh()
        return log?.delta(sinceSeq: sinceSeq) ?? LogDelta(lines: [], sinceSeq: sinceSeq)
    }

    /// Checkpoints and restarts as a timeline, plus the end when the files mark one.
    func events() -> [JobEvent] {
        var events: [JobEvent] = reader.checkpoints.map { checkpoint in
            var fields = ["name": checkpoint.name, "path": checkpoint.path]
            if let step = checkpoint.step { fields["step"] = String(step) }
            return Self.event(kind: "checkpoint", fields: fields)
        }
        for restart in ledger.restarts {
            events.append(
                Self.event(
                    kind: "reclaimed",
                    fields: [
                        "attempt": String(restart.attempt), "resume_step": String(restart.resumeStep),
                        "reason": restart.cause.rawValue,
                    ]))
        }
        let facts = reader.facts
        if facts.isFinished {
            var fields: [String: String] = [:]
            if let step = facts.currentStep ?? reader.table.lastStep { fields["step"] = String(step) }
            events.append(Self.event(kind: "succeeded", fields: fields))
        }
        return events
    }

    /// The summary scalars of a finished run; nil while it runs.
    func result() -> JobResult? {
        let facts = reader.facts
        guard facts.isFinished else { return nil }
        return JobResult(lossFinal: reader.table.latestValue(of: SeriesName.loss), scalars: facts.finalScalars)
    }

    /// Checkpoints, the files read and the references they name.
    func artifacts() -> JobArtifacts {
        let facts = reader.facts
        var refs = facts.refs
        if let path = log?.path { refs.append(LabelledRef(label: "log file", value: path)) }
        return JobArtifacts(checkpoints: reader.checkpoints, refs: refs, internalFields: facts.internalFields)
    }

    private static func event(kind: String, fields: [String: String]) -> JobEvent {
        let payload = JSONValue.object(fields.mapValues { JSONValue.string($0) }).compactJSON
        return JobEvent(timestamp: nil, kind: kind, payload: payload, fields: fields)
    }
}
