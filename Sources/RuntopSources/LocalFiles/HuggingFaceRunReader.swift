import Foundation
import RuntopCore
import RuntopWire

/// Reads a Hugging Face `Trainer` run from its `trainer_state.json`, which the trainer rewrites whole at each
/// checkpoint save.
///
/// For a run found as a directory the state is read from `trainer_state.json` at its top, or from the newest
/// `checkpoint-N/trainer_state.json` while training (the trainer writes the top one only at the end).
struct HuggingFaceRunReader: TrainerRunReader {
    let layout: RunLayout
    private(set) var table = SeriesTable()
    /// The run directory's `checkpoint-N` folders, oldest first.
    private var checkpointDirectories: [CheckpointRef] = []
    private var state: HuggingFaceTrainerState?
    private var statePath: String?
    private var stateIdentity: FileIdentity?
    private var stateData: Data?
    private var checkpointTimes: [Date] = []
    private var model: String?

    /// Silence allowed before a checkpoint interval is known: the file changes only at checkpoint saves.
    static let defaultQuietAllowance: TimeInterval = 1800

    init(layout: RunLayout) { self.layout = layout }

    var facts: RunFacts {
        var facts = RunFacts(kind: "hf-trainer", model: model)
        facts.currentStep = state?.globalStep ?? table.lastStep
        facts.totalSteps = state?.maxSteps.flatMap { $0 > 0 ? $0 : nil }
        if let state {
            let reachedEnd = state.maxSteps.map { $0 > 0 && (state.globalStep ?? 0) >= $0 } ?? false
            facts.isFinished = state.summaryEntry != nil || reachedEnd
        }
        facts.lastModified = stateIdentity?.modified
        facts.quietAllowance = Self.defaultQuietAllowance
        if checkpointTimes.count >= 2, let first = checkpointTimes.min(), let last = checkpointTimes.max() {
            facts.quietAllowance = max(300, 2 * last.timeIntervalSince(first) / Double(checkpointTimes.count - 1))
        }
        if let summary = state?.summaryEntry {
            facts.finalScalars = JSONObjectLines.numbers(in: summary, excluding: ["step"]).sorted { $0.key < $1.key }
                .map { NamedValue(name: $0.key, value: $0.value) }
        }
        if let metric = state?.bestMetric { facts.finalScalars.append(NamedValue(name: "best_metric", value: metric)) }
        if let statePath { facts.refs.append(LabelledRef(label: "trainer state", value: statePath)) }
        if let best = state?.bestModelCheckpoint {
            facts.refs.append(LabelledRef(label: "best checkpoint", value: best))
        }
        if let metric = state?.bestMetric {
            facts.refs.append(LabelledRef(label: "best metric", value: JSONValue.number(metric).displayText))
        }
        if let model { facts.refs.append(LabelledRef(label: "base model", value: model)) }
        return facts
    }

    mutating func refresh() -> RunChanges {
        var changes = RunChanges()
        refreshCheckpoints()
        guard let path = currentStatePath(), let identity = FileIdentity.of(path) else { return changes }
        guard path != statePath || identity != stateIdentity else { return changes }
        guard let data = FileManager.default.contents(atPath: path) else { return changes }
        if data == stateData {
            statePath = path
            stateIdentity = identity
            return changes
        }
        // A file caught mid-rewrite does not parse: keep what was read and try again next time.
        guard let parsed = try? JSONWire.decode(HuggingFaceTrainerState.self, from: data) else { return changes }
        let fresh = Self.table(of: parsed)
        if stateData != nil { changes.rewriteChangedFromStep = table.firstStepChanged(in: fresh) }
        table = fresh
        state = parsed
        statePath = path
        stateIdentity = identity
        stateData = data
        if model == nil {
            model = RunConfiguration.modelName(inDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        return changes
    }

    /// Every train and eval entry as samples; the summary entry is not a step of training.
    static func table(of state: HuggingFaceTrainerState) -> SeriesTable {
        var table = SeriesTable()
        for entry in state.logHistory where entry["train_runtime"] == nil {
            guard let step = entry["step"]?.intValue else { continue }
            table.record(
                SeriesNaming.canonicalized(JSONObjectLines.numbers(in: entry, excluding: ["step"])), step: step)
        }
        return table
    }

    /// The state file to read now: the named file, or the newest of the run directory's.
    private func currentStatePath() -> String? {
        if layout.isExplicitFile { return layout.metricsPath }
        let candidates =
            [layout.metricsPath]
            + checkpointDirectories.map { $0.path + "/trainer_state.json" }
        return candidates.compactMap { path in FileIdentity.of(path).map { (path, $0.modified ?? .distantPast) } }
            .max { $0.1 < $1.1 }?.0
    }

    /// The checkpoint folders, with the best checkpoint the state names marked (or added when it is elsewhere).
    var checkpoints: [CheckpointRef] {
        var refs = checkpointDirectories
        guard let best = state?.bestModelCheckpoint else { return refs }
        let name = URL(fileURLWithPath: best).lastPathComponent
        if let index = refs.firstIndex(where: { $0.name == name }) {
            refs[index].name += " (best)"
        } else {
            let step = name.hasPrefix("checkpoint-") ? Int(name.dropFirst("checkpoint-".count)) : nil
            refs.append(CheckpointRef(step: step, name: name + " (best)", path: best))
            refs.sort { ($0.step ?? .max) < ($1.step ?? .max) }
        }
        return refs
    }

    /// Lists the run directory's `checkpoint-N` folders.
    private mutating func refreshCheckpoints() {
        guard !layout.isExplicitFile else { return }
        var found: [(step: Int, path: String, modified: Date?)] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.directory)) ?? []
        for name in names where name.hasPrefix("checkpoint-") {
            guard let step = Int(name.dropFirst("checkpoint-".count)) else { continue }
            let path = layout.directory + "/" + name
            let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            found.append((step, path, modified))
        }
        found.sort { $0.step < $1.step }
        checkpointTimes = found.compactMap(\.modified)
        checkpointDirectories = found.map { CheckpointRef(step: $0.step, name: "checkpoint-\($0.step)", path: $0.path) }
    }
}
