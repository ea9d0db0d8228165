import RuntopCore

/// Pane 5: what the selected job was built from and produced: refs, the last checkpoint, every checkpoint
/// (long paths shortened in the middle) and the output model; worker-internal fields only in the raw view.
public struct ArtifactsPane: Sendable {
    /// Creates the pane.
    public init() {}

    /// One line of the card.
    struct Row: Equatable {
        var label: String
        var value: String
        /// True for worker-internal fields (drawn muted).
        var isInternal = false
    }

    /// The card's rows, in display order.
    static func rows(job: JobSummary, artifacts: JobArtifacts, showRaw: Bool) -> [Row] {
        var rows: [Row] = []
        for ref in artifacts.refs { rows.append(Row(label: ref.label, value: ref.value)) }
        let refLabels = Set(artifacts.refs.map { $0.label.lowercased() })
        let lastCheckpoint = job.lastCheckpointStep ?? artifacts.checkpoints.compactMap(\.step).max()
        if let lastCheckpoint, !refLabels.contains("last checkpoint"),
            lastCheckpoint > 0 || !artifacts.checkpoints.isEmpty
        {
            rows.append(Row(label: "last checkpoint", value: "step \(lastCheckpoint)"))
        }
        if let output = artifacts.outputModel ?? job.outputModel, !refLabels.contains("output model") {
            rows.append(Row(label: "output model", value: output))
        }
        // Newest first: the one an operator wants is at the top.
        let ordered = artifacts.checkpoints.enumerated().sorted { left, right in
            (left.element.step ?? Int.min, left.offset) > (right.element.step ?? Int.min, right.offset)
        }.map(\.element)
        for checkpoint in ordered {
            let label = checkpoint.step.map { "step \($0)" } ?? "checkpoint"
            let parts = [checkpoint.name == label ? "" : checkpoint.name, checkpoint.path].filter { !$0.isEmpty }
            rows.append(Row(label: label, value: parts.isEmpty ? "saved" : parts.joined(separator: "  ")))
        }
        if showRaw {
            for field in artifacts.internalFields {
                rows.append(Row(label: field.label, value: field.value, isInternal: true))
            }
        }
        return rows
    }

    /// Draws the pane into `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: PaneContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        let artifacts = context.selectedDetail?.artifacts ?? JobArtifacts()
        let hidden = artifacts.internalFields.count
        let subtitle =
            context.view.showRawArtifacts ? "raw" : (hidden > 0 ? "\(hidden) internal \(glyphs.separator) r" : nil)
        let inner = context.frame(for: .artifacts, subtitle: subtitle)
            .render(into: &buffer, area: area, theme: theme, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        guard let job = context.selectedJob else {
            buffer.write("no job selected", x: inner.x, y: inner.y, style: theme.mutedText, maxWidth: inner.width)
            return
        }
        let rows = Self.rows(job: job, artifacts: artifacts, showRaw: context.view.showRawArtifacts)
        guard !rows.isEmpty else {
            buffer.write("no artifacts yet", x: inner.x, y: inner.y, style: theme.mutedText, maxWidth: inner.width)
            return
        }
        let labelWidth = min(16, rows.map { DisplayWidth.of($0.label) }.max() ?? 0, max(4, inner.width * 2 / 5))
        for (offset, row) in rows.prefix(inner.height).enumerated() {
            let y = inner.y + offset
            buffer.write(
                TextFitting.padded(row.label, to: labelWidth, ellipsis: glyphs.ellipsis), x: inner.x, y: y,
                style: theme.mutedText)
            let valueX = inner.x + labelWidth + 1
            let value = TextFitting.shortenMiddle(row.value, to: inner.maxX - valueX, ellipsis: glyphs.ellipsis)
            buffer.write(
                value, x: valueX, y: y, style: row.isInternal ? theme.mutedText : theme.text,
                maxWidth: inner.maxX - valueX)
        }
    }
}
