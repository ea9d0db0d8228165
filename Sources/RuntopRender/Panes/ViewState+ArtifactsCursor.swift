import RuntopCore

/// The artifacts pane's row cursor: ↑/↓ pick a ref or checkpoint for `c` and the checkpoint actions.
extension ViewState {
    /// The artifacts rows of the selected job, as the pane draws them.
    func artifactRows(_ store: DataStore) -> [ArtifactsPane.Row] {
        guard let id = selectedJobID, let job = store.job(id) else { return [] }
        return ArtifactsPane.rows(
            job: job, artifacts: store.detail(id)?.artifacts ?? JobArtifacts(), showRaw: showRawArtifacts)
    }

    /// The row under the cursor, nil when the cursor is hidden or its row is gone.
    func artifactsCursorRow(_ store: DataStore) -> ArtifactsPane.Row? {
        guard let key = artifactsCursorKey else { return nil }
        return artifactRows(store).first { $0.key == key }
    }

    /// Moves the cursor one row, showing it on the first (down) or last (up) row when hidden.
    mutating func moveArtifactsCursor(down: Bool, store: DataStore) -> [ViewEffect] {
        let rows = artifactRows(store)
        guard !rows.isEmpty else {
            statusMessage = "no artifacts yet"
            return [.bell]
        }
        let current = artifactsCursorKey.flatMap { key in rows.firstIndex { $0.key == key } }
        let next: Int
        if let current {
            next = max(0, min(rows.count - 1, current + (down ? 1 : -1)))
        } else {
            next = down ? 0 : rows.count - 1
        }
        artifactsCursorKey = rows[next].key
        return []
    }
}
