import RuntopCore

/// The timeline's event cursor: ↑/↓ move it over the selected job's events, Enter expands the payload.
extension ViewState {
    /// The timeline cursor when it belongs to the selected job.
    public var selectedJobTimelineCursor: TimelineEventCursor? {
        guard let cursor = timelineCursor, cursor.jobID == selectedJobID else { return nil }
        return cursor
    }

    /// Moves the cursor one event towards newer (`direction` 1) or older (-1) events; the first press puts it on
    /// the newest event.
    mutating func moveTimelineCursor(by direction: Int, store: DataStore) -> [ViewEffect] {
        guard let jobID = selectedJobID, let events = store.detail(jobID)?.events, let newest = events.last else {
            statusMessage = "no events yet"
            return [.bell]
        }
        guard var cursor = selectedJobTimelineCursor, let index = cursor.index(in: events) else {
            timelineCursor = TimelineEventCursor(jobID: jobID, event: newest)
            return []
        }
        let target = index + direction
        guard events.indices.contains(target) else { return [.bell] }
        cursor.event = events[target]
        timelineCursor = cursor
        return []
    }

    /// Expands or collapses the payload of the event under the cursor; without a cursor, zooms the pane.
    mutating func toggleTimelinePayload(store: DataStore) -> [ViewEffect] {
        guard var cursor = selectedJobTimelineCursor,
            let events = selectedJobID.flatMap({ store.detail($0)?.events }), cursor.index(in: events) != nil
        else {
            zoomedPane = zoomedPane == nil ? focusedPane : nil
            return []
        }
        if cursor.expandedEvents.remove(cursor.event) == nil { cursor.expandedEvents.insert(cursor.event) }
        timelineCursor = cursor
        return []
    }
}
