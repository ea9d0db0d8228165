import RuntopCore

/// The timeline's event cursor and the events whose payload is shown expanded, for one job.
///
/// Events are held by value: the store de-duplicates them by value and keeps them ordered by time, so an event
/// keeps its identity when newer (or late, older) events arrive and its index moves.
public struct TimelineEventCursor: Sendable, Equatable {
    /// The job whose events these are; the cursor means nothing for another job.
    public var jobID: JobID
    /// The event under the cursor.
    public var event: JobEvent
    /// Events whose payload is expanded below them.
    public var expandedEvents: Set<JobEvent> = []

    /// A cursor on `event` of job `jobID`, nothing expanded.
    public init(jobID: JobID, event: JobEvent) {
        self.jobID = jobID
        self.event = event
    }

    /// The cursor's index in `events`, nil when the event is no longer held.
    public func index(in events: [JobEvent]) -> Int? {
        events.lastIndex(of: event)
    }
}
