import Foundation
import RuntopCore

/// Reads a PyTorch Lightning `CSVLogger` run: `metrics.csv`, sparse rows under a header of every key logged
/// so far. When a new key appears the logger rewrites the whole file with a wider header; the tail notices
/// and the file is read again from the start.
struct LightningRunReader: TrainerRunReader {
    let layout: RunLayout
    private(set) var table = SeriesTable()
    private(set) var checkpoints: [CheckpointRef] = []
    private var tail: FileTail
    private var header: [String]?
    private var hasRead = false

    /// Silence allowed: the logger flushes every 100 steps by default.
    static let quietAllowance: TimeInterval = 600

    init(layout: RunLayout) {
        self.layout = layout
        tail = FileTail(path: layout.metricsPath)
    }

    var facts: RunFacts {
        var facts = RunFacts(kind: "lightning")
        facts.currentStep = table.lastStep
        facts.lastModified = tail.identity?.modified
        facts.quietAllowance = Self.quietAllowance
        if let step = table.lastStep { facts.finalScalars = RunConfiguration.scalars(of: table, atStep: step) }
        facts.refs = [LabelledRef(label: "metrics file", value: layout.metricsPath)]
        let hyperparameters = layout.directory + "/hparams.yaml"
        if FileManager.default.fileExists(atPath: hyperparameters) {
            facts.refs.append(LabelledRef(label: "hyperparameters", value: hyperparameters))
        }
        return facts
    }

    mutating func refresh() -> RunChanges {
        var changes = RunChanges()
        let reading = tail.read()
        if reading.startedOver, hasRead {
            let previous = table
            table = SeriesTable()
            header = nil
            read(reading.lines)
            changes.rewriteChangedFromStep = previous.firstStepChanged(in: table)
        } else {
            read(reading.lines)
        }
        hasRead = hasRead || reading.exists
        refreshCheckpoints()
        return changes
    }

    private mutating func read(_ lines: [String]) {
        for line in lines {
            guard let header else {
                header = CSVRecord.cells(of: line)
                continue
            }
            let cells = CSVRecord.cells(of: line)
            guard let stepIndex = header.firstIndex(of: "step"), stepIndex < cells.count,
                let stepValue = Double(cells[stepIndex]), stepValue.isFinite
            else { continue }
            var row: [String: Double] = [:]
            for (index, name) in header.enumerated() where index != stepIndex && index < cells.count {
                if let value = Double(cells[index]) { row[name] = value }
            }
            table.record(SeriesNaming.canonicalized(row), step: Int(stepValue))
        }
    }

    /// `checkpoints/*.ckpt` beside the metrics, with the step parsed from names like `epoch=3-step=400.ckpt`.
    private mutating func refreshCheckpoints() {
        let directory = layout.directory + "/checkpoints"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        checkpoints = names.filter { $0.hasSuffix(".ckpt") }.map { name in
            CheckpointRef(step: Self.step(inCheckpointName: name), name: name, path: directory + "/" + name)
        }.sorted { ($0.step ?? .max, $0.name) < ($1.step ?? .max, $1.name) }
    }

    /// The number after `step=` in a checkpoint file name.
    static func step(inCheckpointName name: String) -> Int? {
        guard let range = name.range(of: "step=") else { return nil }
        return Int(name[range.upperBound...].prefix { $0.isNumber })
    }
}
