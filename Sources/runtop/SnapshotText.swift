import Foundation
import RuntopCore
import RuntopRender

/// Plain-text snapshots: a job table, or one job's summary with an ASCII chart.
enum SnapshotText {
    /// The job list as an aligned table.
    static func jobList(_ store: DataStore, now: Date) -> String {
        var rows = [["ID", "NAME", "TYPE", "STATUS", "STEP", "LOSS", "RETRIES", "AGE"]]
        for job in store.jobs {
            let step = job.currentStep.map { step in job.totalSteps.map { "\(step)/\($0)" } ?? "\(step)" } ?? "-"
            let loss = store.detail(job.id)?.metrics[SeriesName.loss]?.lastFiniteValue.map { String(format: "%.4g", $0) }
            let age = job.createdAt.map { DurationFormatting.age(now.timeIntervalSince($0)) } ?? "-"
            rows.append([
                job.id.rawValue, job.name, job.kind, job.status.description, step, loss ?? "-", "\(job.retries)", age,
            ])
        }
        return table(rows)
    }

    /// One job: its fields, the latest values of every series, and an ASCII chart of loss and lr.
    static func job(_ id: JobID, store: DataStore, now: Date, width: Int) -> String {
        guard let job = store.job(id) else { return "no job \(id)" }
        var lines = [
            "job       \(job.id)", "name      \(job.name)", "type      \(job.kind)", "status    \(job.status)",
            "retries   \(job.retries)",
        ]
        if let step = job.currentStep { lines.append("step      \(step)" + (job.totalSteps.map { "/\($0)" } ?? "")) }
        if let error = job.error { lines.append("error     \(error)") }
        let detail = store.detail(id)
        for name in detail?.seriesNames ?? [] {
            if let value = detail?.metrics[name]?.lastFiniteValue {
                lines.append(
                    name.padding(toLength: max(10, name.count + 1), withPad: " ", startingAt: 0)
                        + String(format: "%.6g", value))
            }
        }
        if let result = detail?.result, let loss = result.lossFinal { lines.append("final loss \(loss)") }
        lines += artifactLines(job: job, artifacts: detail?.artifacts ?? JobArtifacts(), now: now)
        var view = ViewState()
        view.selectedJobID = id
        view.chartMode = .ascii
        let chartHeight = 14
        var buffer = CellBuffer(width: width, height: chartHeight)
        let context = PaneContext(store: store, view: view, now: now, theme: .monochrome, glyphs: .ascii)
        ChartPane().render(into: &buffer, area: buffer.bounds, context: context)
        return (lines + [""] + [buffer.text]).joined(separator: "\n")
    }

    /// The artifacts card as lines: refs, the output model, then checkpoints newest first with their full paths
    /// (and size, visibility and expiry where the source says).
    static func artifactLines(job: JobSummary, artifacts: JobArtifacts, now: Date) -> [String] {
        var rows = artifacts.refs.map { ($0.label, $0.value) }
        if let output = artifacts.outputModel ?? job.outputModel { rows.append(("output", output)) }
        let newestFirst = artifacts.checkpoints.enumerated().sorted { left, right in
            (left.element.step ?? Int.min, left.offset) > (right.element.step ?? Int.min, right.offset)
        }.map(\.element)
        for checkpoint in newestFirst {
            let step = checkpoint.step.map { "step \($0)" } ?? checkpoint.name
            let location = checkpoint.path.isEmpty ? (checkpoint.name == step ? "" : checkpoint.name) : checkpoint.path
            let details = ArtifactsPane.checkpointDetails(checkpoint, now: now)
            rows.append(("checkpoint", [step, location, details].filter { !$0.isEmpty }.joined(separator: "  ")))
        }
        let labelWidth = max(10, (rows.map { $0.0.count }.max() ?? 0) + 1)
        return rows.map { $0.0.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + $0.1 }
    }

    private static func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in
            rows.map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
