import Foundation
import RuntopCore
import RuntopWire

/// Reads a tinker-cookbook run: `metrics.jsonl` (one `{"step": N, …}` object per line, appended) and the
/// companion `checkpoints.jsonl` (`{name, batch, state_path, sampler_path}` per line).
///
/// A row whose step is below the previous row's is a restarted trainer appending to the same file: samples
/// after that step belong to the old attempt and are dropped.
struct TinkerRunReader: TrainerRunReader {
    let layout: RunLayout
    private(set) var table = SeriesTable()
    private(set) var checkpoints: [CheckpointRef] = []
    private var metricsTail: FileTail
    private var checkpointsTail: FileTail?
    private var checkpointRecords: [[String: JSONValue]] = []
    private var hasRead = false
    /// The step of the last row read, in file order.
    private var lastRowStep: Int?
    /// `progress/done_frac` (RL) or `progress` (SFT) of the last row that had it.
    private var doneFraction: Double?
    /// `time/total` of the last row that had it: seconds per step.
    private var secondsPerStep: Double?
    private var isReinforcementLearning = false
    private var model: String?

    /// Keys that tell an RL run from a supervised one.
    static let reinforcementLearningMarkers = ["env/all/reward/total", "optim/lr", "progress/done_frac"]

    init(layout: RunLayout) {
        self.layout = layout
        metricsTail = FileTail(path: layout.metricsPath)
        checkpointsTail = layout.checkpointsPath.map(FileTail.init(path:))
        model = layout.filePrefix == nil ? RunConfiguration.modelName(inDirectory: layout.directory) : nil
    }

    var facts: RunFacts {
        var facts = RunFacts(kind: isReinforcementLearning ? "tinker-rl" : "tinker-sft", model: model)
        if let lastRowStep {
            // A row at step N means N + 1 batches are done; done_frac is (N + 1) / total.
            facts.currentStep = lastRowStep + 1
            if let doneFraction, doneFraction > 0 {
                facts.totalSteps = Int((Double(lastRowStep + 1) / doneFraction).rounded())
            }
        }
        facts.isFinished = (doneFraction ?? 0) >= 0.999_999
        facts.lastModified = [metricsTail.identity?.modified, checkpointsTail?.identity?.modified].compactMap { $0 }
            .max()
        facts.quietAllowance = max(120, 3 * (secondsPerStep ?? 0))
        if let step = table.lastStep {
            facts.finalScalars = RunConfiguration.scalars(of: table, atStep: step)
        }
        facts.refs = [LabelledRef(label: "metrics file", value: layout.metricsPath)]
        if let path = layout.checkpointsPath, checkpointsTail?.identity != nil {
            facts.refs.append(LabelledRef(label: "checkpoints file", value: path))
        }
        if let model { facts.refs.append(LabelledRef(label: "base model", value: model)) }
        if let latest = checkpointRecords.last {
            if let path = latest["state_path"]?.stringValue {
                facts.refs.append(LabelledRef(label: "latest state", value: path))
            }
            if let path = latest["sampler_path"]?.stringValue {
                facts.refs.append(LabelledRef(label: "latest sampler", value: path))
            }
        }
        for record in checkpointRecords {
            let name = record["name"]?.displayText ?? "?"
            if let path = record["state_path"]?.stringValue {
                facts.internalFields.append(LabelledRef(label: "state_path \(name)", value: path))
            }
        }
        return facts
    }

    mutating func refresh() -> RunChanges {
        var changes = RunChanges()
        let reading = metricsTail.read()
        if reading.startedOver, hasRead {
            let previous = table
            table = SeriesTable()
            lastRowStep = nil
            var ignored: [Int] = []
            read(reading.lines, restarts: &ignored)
            changes.rewriteChangedFromStep = previous.firstStepChanged(in: table)
        } else {
            read(reading.lines, restarts: &changes.restartSteps)
        }
        hasRead = hasRead || reading.exists
        refreshCheckpoints()
        return changes
    }

    private mutating func read(_ lines: [String], restarts: inout [Int]) {
        for var values in JSONObjectLines.numericRows(lines) {
            guard let stepValue = values.removeValue(forKey: "step"), stepValue.isFinite,
                stepValue.rounded() == stepValue, abs(stepValue) < 9e15
            else { continue }
            let step = Int(stepValue)
            if let previous = lastRowStep, step < previous {
                table.truncate(after: step)
                restarts.append(step)
            }
            lastRowStep = step
            if let fraction = values["progress/done_frac"] ?? values["progress"] { doneFraction = fraction }
            if let seconds = values["time/total"] { secondsPerStep = seconds }
            if !isReinforcementLearning {
                isReinforcementLearning = Self.reinforcementLearningMarkers.contains { values[$0] != nil }
            }
            table.record(SeriesNaming.canonicalized(values), step: step)
        }
    }

    private mutating func refreshCheckpoints() {
        guard var tail = checkpointsTail else { return }
        let reading = tail.read()
        checkpointsTail = tail
        if reading.startedOver { checkpointRecords = [] }
        guard !reading.lines.isEmpty || reading.startedOver else { return }
        checkpointRecords += JSONObjectLines.objects(reading.lines)
        checkpoints = checkpointRecords.map { record in
            let step = record["batch"]?.intValue ?? record["step"]?.intValue
            let name = record["name"]?.displayText ?? step.map { "step \($0)" } ?? "checkpoint"
            let path = record["sampler_path"]?.stringValue ?? record["state_path"]?.stringValue ?? ""
            return CheckpointRef(step: step, name: name, path: path)
        }
    }
}
