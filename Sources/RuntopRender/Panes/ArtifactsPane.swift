import Foundation
import RuntopCore

/// Pane 5: what the selected job was built from and produced: refs, the last checkpoint, every checkpoint
/// (long paths shortened in the middle; size, visibility and expiry where the source says) and the output model;
/// worker-internal fields only in the raw view. ↑/↓ move a cursor over the rows for `c` (copy) and the
/// checkpoint actions.
public struct ArtifactsPane: Sendable {
    /// Creates the pane.
    public init() {}

    /// One line of the card.
    struct Row: Equatable {
        var label: String
        var value: String
        /// True for worker-internal fields (drawn muted).
        var isInternal = false
        /// What `c` copies from this row: a checkpoint's path, a ref's value.
        var copyValue: String? = nil
        /// The checkpoint this row shows, for the publish / expiry actions.
        var checkpoint: CheckpointRef? = nil

        /// How the cursor finds this row again after a refresh.
        var key: String { checkpoint.map { "checkpoint:\($0.path):\($0.name)" } ?? "\(label):\(value)" }
    }

    /// A checkpoint's size, visibility and expiry, where the source says: `1.2 GB · public · expires in 3d`.
    public static func checkpointDetails(_ checkpoint: CheckpointRef, now: Date) -> String {
        var parts: [String] = []
        if let size = checkpoint.sizeBytes { parts.append(NumberFormatting.bytes(Double(size))) }
        if let isPublic = checkpoint.isPublic { parts.append(isPublic ? "public" : "private") }
        if let expiry = checkpoint.expiresAt {
            let left = expiry.timeIntervalSince(now)
            parts.append(left > 0 ? "expires in \(DurationFormatting.age(left))" : "expired")
        }
        return parts.joined(separator: " · ")
    }

    /// The card's rows, in display order.
    static func rows(job: JobSummary, artifacts: JobArtifacts, showRaw: Bool) -> [Row] {
        var rows: [Row] = []
        for ref in artifacts.refs { rows.append(Row(label: ref.label, value: ref.value, copyValue: ref.value)) }
        let refLabels = Set(artifacts.refs.map { $0.label.lowercased() })
        let lastCheckpoint = job.lastCheckpointStep ?? artifacts.checkpoints.compactMap(\.step).max()
        if let lastCheckpoint, !refLabels.contains("last checkpoint"),
            lastCheckpoint > 0 || !artifacts.checkpoints.isEmpty
        {
            rows.append(Row(label: "last checkpoint", value: "step \(lastCheckpoint)"))
        }
        if let output = artifacts.outputModel ?? job.outputModel, !refLabels.contains("output model") {
            rows.append(Row(label: "output model", value: output, copyValue: output))
        }
        // Newest first: the one an operator wants is at the top.
        let ordered = artifacts.checkpoints.enumerated().sorted { left, right in
            (left.element.step ?? Int.min, left.offset) > (right.element.step ?? Int.min, right.offset)
        }.map(\.element)
        for checkpoint in ordered {
            let label = checkpoint.step.map { "step \($0)" } ?? "checkpoint"
            let parts = [checkpoint.name == label ? "" : checkpoint.name, checkpoint.path].filter { !$0.isEmpty }
            rows.append(
                Row(
                    label: label, value: parts.isEmpty ? "saved" : parts.joined(separator: "  "),
                    copyValue: checkpoint.path.isEmpty ? nil : checkpoint.path, checkpoint: checkpoint))
        }
        if showRaw {
            for field in artifacts.internalFields {
                rows.append(Row(label: field.label, value: field.value, isInternal: true, copyValue: field.value))
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
        let cursorIndex = context.view.artifactsCursorKey.flatMap { key in rows.firstIndex { $0.key == key } }
        var offset = 0
        if let cursorIndex, cursorIndex >= inner.height { offset = cursorIndex - inner.height + 1 }
        for (position, row) in rows.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + position
            let isCursor = offset + position == cursorIndex
            let highlight: (CellStyle) -> CellStyle = { isCursor ? theme.selected($0) : $0 }
            if isCursor {
                buffer.fill(
                    Rect(x: inner.x, y: y, width: inner.width, height: 1),
                    with: Cell(symbol: " ", style: theme.selected(theme.text)))
            }
            buffer.write(
                TextFitting.padded(row.label, to: labelWidth, ellipsis: glyphs.ellipsis), x: inner.x, y: y,
                style: highlight(theme.mutedText))
            let valueX = inner.x + labelWidth + 1
            var valueEnd = inner.maxX
            // Size, visibility and expiry stay whole at the right; the path gives way in the middle.
            if let checkpoint = row.checkpoint {
                let details = Self.checkpointDetails(checkpoint, now: context.now)
                let detailsWidth = DisplayWidth.of(details)
                if !details.isEmpty, valueEnd - valueX - detailsWidth - 2 >= 12 {
                    valueEnd -= detailsWidth
                    buffer.write(
                        details, x: valueEnd, y: y,
                        style: highlight(checkpoint.isPublic == true ? theme.warning : theme.mutedText),
                        maxWidth: detailsWidth)
                    valueEnd -= 2
                }
            }
            let value = TextFitting.shortenMiddle(row.value, to: valueEnd - valueX, ellipsis: glyphs.ellipsis)
            buffer.write(
                value, x: valueX, y: y, style: highlight(row.isInternal ? theme.mutedText : theme.text),
                maxWidth: valueEnd - valueX)
        }
    }
}
