import Foundation
import RuntopCore
import RuntopWire

/// Maps Dreadnode job records and log entries onto runtop's core models.
public enum DreadnodeJobMapping {
    /// The list row for `job`. `attempt` is the number of restarts the adapter has seen; `detail` is the
    /// latest full record of the same job, used for progress when a list item carries no metrics.
    public static func summary(_ job: DreadnodeJob, attempt: Int = 0, detail: DreadnodeJob? = nil) -> JobSummary {
        let metricsSource = job.metrics ?? detail?.metrics
        let metrics = DreadnodeMetrics(metricsSource)
        let checkpoints = DreadnodeArtifactsMapping.checkpoints((job.artifacts ?? detail?.artifacts)?["checkpoints"])
        let status = JobStatus(wireValue: job.status)
        let currentStep = metrics.latestStep
        // A checkpoint beyond the steps the job now reports belongs to an attempt before a retry; leaving it out
        // makes the store cut the old attempt's samples at the right place when the retry is noticed.
        let lastCheckpointStep = checkpoints.compactMap(\.step).filter { step in currentStep.map { step <= $0 } ?? false
        }
        .max()
        return JobSummary(
            id: JobID(job.id),
            name: nonEmpty(job.name) ?? nonEmpty(job.runRef) ?? job.id,
            kind: kind(job),
            status: status,
            model: nonEmpty(job.model),
            retries: attempt,
            lastCheckpointStep: lastCheckpointStep,
            createdAt: WireDate.parse(job.createdAt),
            startedAt: WireDate.parse(job.startedAt),
            finishedAt: WireDate.parse(job.completedAt)
                ?? (status.isTerminal ? WireDate.parse(job.cancelRequestedAt) : nil),
            currentStep: currentStep,
            totalSteps: plannedSteps(job),
            error: nonEmpty(job.error)
        )
    }

    /// `trainer_type·backend` (e.g. `sft·tinker`), with the RL algorithm when there is one (`rl/grpo·ray`).
    public static func kind(_ job: DreadnodeJob) -> String {
        var trainer = job.trainerType
        if let algorithm = nonEmpty(job.algorithm), trainer == "rl" { trainer += "/\(algorithm)" }
        return nonEmpty(job.backend).map { "\(trainer)·\($0)" } ?? trainer
    }

    /// The planned number of steps from the submit-time config (`steps`, else `max_steps`).
    public static func plannedSteps(_ job: DreadnodeJob) -> Int? {
        for key in ["steps", "max_steps", "num_steps"] {
            if let steps = job.config?[key]?.intValue, steps > 0 { return steps }
        }
        return nil
    }

    /// The timeline, synthesised from the record's times: created, started, cancel requested, finished.
    public static func events(_ job: DreadnodeJob) -> [JobEvent] {
        var events = [JobEvent(timestamp: WireDate.parse(job.createdAt), kind: "queued")]
        if let started = WireDate.parse(job.startedAt) { events.append(JobEvent(timestamp: started, kind: "running")) }
        if let requested = WireDate.parse(job.cancelRequestedAt) {
            events.append(JobEvent(timestamp: requested, kind: "cancel_requested"))
        }
        let status = JobStatus(wireValue: job.status)
        if status.isTerminal {
            var fields: [String: String] = [:]
            var payload = ""
            if let error = nonEmpty(job.error) {
                fields["error"] = error
                payload = JSONValue.object(["error": .string(error)]).compactJSON
            }
            let finished = WireDate.parse(job.completedAt) ?? WireDate.parse(job.cancelRequestedAt)
            events.append(JobEvent(timestamp: finished, kind: job.status, payload: payload, fields: fields))
        }
        return events
    }

    /// The summary grid from the embedded scalars, or nil when there are none.
    public static func result(_ job: DreadnodeJob) -> JobResult? {
        let metrics = DreadnodeMetrics(job.metrics)
        guard !metrics.scalars.isEmpty else { return nil }
        return JobResult(
            lossFinal: metrics.scalar("train/loss_last"),
            tokensProcessed: metrics.scalar("train/num_tokens_processed"),
            scalars: metrics.scalars)
    }

    /// One log entry as a line numbered `seq`: the level becomes the stream, `data` compact JSON.
    public static func line(_ entry: DreadnodeLogEntry, seq: Int) -> LogLine {
        let payload: String?
        switch entry.data {
        case nil, .null?: payload = nil
        case .object(let members)? where members.isEmpty: payload = nil
        case let data?: payload = data.compactJSON
        }
        return LogLine(
            seq: seq, timestamp: WireDate.parse(entry.timestamp), stream: stream(entry.level), text: entry.message,
            payload: payload)
    }

    /// A log level as a stream name: `debug`, `info`, `warning`, `error`.
    public static func stream(_ level: String) -> String {
        switch level.lowercased() {
        case "warn", "warning": "warning"
        case "error", "critical", "fatal", "exception": "error"
        case "debug", "trace": "debug"
        case "": "info"
        default: level.lowercased()
        }
    }

    /// What identifies a log entry's content, for numbering across polls.
    static func fingerprint(_ entry: DreadnodeLogEntry) -> String {
        [entry.timestamp, entry.level, entry.message, entry.data?.compactJSON ?? ""].joined(separator: "\u{1F}")
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
