import Foundation

@testable import RuntopCore

/// The server's truth for one job, advanced tick by tick: metric rows over steps (some series sparse, some
/// values non-finite), a console log with contiguous sequence numbers and a capped tail, a timeline, and
/// reclaims that resume from the last checkpoint with new values after it.
struct SimulatedControlPlane {
    static let jobID: JobID = "job-sim"
    static let pageRows = 50
    static let pageLines = 100

    private(set) var retries = 0
    private(set) var lastCheckpointStep = 0
    private(set) var rows: [Int: [String: Double]] = [:]
    private(set) var maxStep = 0
    /// Every line ever written; the server only serves the last `logTailCapacity`.
    private(set) var logs: [LogLine] = []
    let logTailCapacity: Int
    private(set) var events: [JobEvent] = []
    private var clock = 1_700_000_000.0

    init(logTailCapacity: Int) { self.logTailCapacity = logTailCapacity }

    var summary: JobSummary {
        JobSummary(
            id: Self.jobID, name: "sim", kind: "train", status: .running, retries: retries,
            lastCheckpointStep: lastCheckpointStep, currentStep: maxStep)
    }

    mutating func advance(using random: inout SeededGenerator) {
        for _ in 0..<Int.random(in: 0...15, using: &random) {
            maxStep += 1
            var row: [String: Double] = [
                "loss": random.metricValue(nonFiniteRate: 0.03),
                "lr": Double.random(in: 0..<1e-3, using: &random),
                "grad_norm": random.metricValue(nonFiniteRate: 0.2),
            ]
            if maxStep % 5 == 0 { row["val_loss"] = random.metricValue() }
            rows[maxStep] = row
        }
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            let seq = logs.count + 1
            let text: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0: text = "\u{1B}[32mstep \(maxStep)\u{1B}[0m"
            case 1: text = "progress 10%\rprogress 100%"
            case 2: text = "tab\tseparated\t\(seq)"
            default: text = "step \(maxStep) · loss \(rows[maxStep]?["loss"] ?? 0) · seq \(seq)"
            }
            logs.append(LogLine(seq: seq, timestamp: tick(), stream: seq % 7 == 0 ? "stderr" : "stdout", text: text))
        }
        if retries == 0, maxStep > lastCheckpointStep, random.chance(0.15) {
            // Checkpoints advance only in the first attempt: the API reports one `last_checkpoint_step`, not
            // the step each attempt resumed from (see the store's resume-step rule).
            lastCheckpointStep = maxStep
            record("checkpoint", fields: ["step": "\(maxStep)"])
        }
    }

    /// The run is interrupted and resumes from the last checkpoint: everything after it is produced again.
    mutating func reclaim() {
        retries += 1
        for step in rows.keys where step > lastCheckpointStep { rows[step] = nil }
        maxStep = lastCheckpointStep
        record("reclaimed", fields: ["resume_step": "\(lastCheckpointStep)", "retries": "\(retries)"])
    }

    /// `GET /metrics?since_step=` as it would answer now, tagged with the attempt the poller believes current.
    func metricsPage(since: Int?, attempt: Int) -> MetricsDelta {
        let steps = rows.keys.filter { $0 > (since ?? .min) }.sorted().prefix(Self.pageRows)
        var series: [String: [MetricSample]] = [:]
        for step in steps {
            for (name, value) in rows[step]! { series[name, default: []].append(MetricSample(step: step, value: value)) }
        }
        return MetricsDelta(series: series, latestStep: maxStep, attempt: attempt, sinceStep: since)
    }

    /// `GET /logs?since=` as it would answer now: only the capped tail is held.
    func logsPage(since: Int) -> LogDelta {
        let held = logs.suffix(logTailCapacity)
        let lines = held.filter { $0.seq > since }.prefix(Self.pageLines)
        return LogDelta(lines: Array(lines), latestSeq: logs.last?.seq, sinceSeq: since)
    }

    /// What every series must hold once the client has caught up: the values by step.
    func truthSeries() -> [String: [(step: Int, value: Double)]] {
        var result: [String: [(step: Int, value: Double)]] = [:]
        for step in rows.keys.sorted() {
            for (name, value) in rows[step]! { result[name, default: []].append((step, value)) }
        }
        return result
    }

    private mutating func record(_ kind: String, fields: [String: String]) {
        let payload = "{" + fields.keys.sorted().map { "\"\($0)\":\(fields[$0]!)" }.joined(separator: ",") + "}"
        events.append(JobEvent(timestamp: tick(), kind: kind, payload: payload, fields: fields))
    }

    private mutating func tick() -> Date {
        clock += 1
        return Date(timeIntervalSince1970: clock)
    }
}
