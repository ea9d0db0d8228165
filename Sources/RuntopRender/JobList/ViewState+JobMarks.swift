import RuntopCore

/// Marking jobs for notifications.
extension ViewState {
    /// Marks the selected job, or unmarks it.
    mutating func toggleJobMark(store: DataStore) -> [ViewEffect] {
        guard let id = selectedJobID else { return [.bell] }
        let name = store.job(id)?.name ?? id.rawValue
        if markedJobIDs.remove(id) == nil {
            markedJobIDs.insert(id)
            statusMessage = "marked \(name): notify when it ends"
        } else {
            statusMessage = "unmarked \(name)"
        }
        return []
    }
}
