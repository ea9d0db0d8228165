import RuntopCore
import RuntopSources

/// One source being polled: its poller, the stream that hands it selections in order, and its own inbox.
///
/// Switching context (`:ctx NAME`) stops one session and starts another; events the old poller still delivers
/// land in the old inbox, which nobody drains any more, so they can never mix into the new context's store.
final class PollingSession {
    /// The source polled, for operator actions and its label.
    let source: any JobSource
    /// Events of this session, oldest first.
    let inbox: EventInbox
    private let poller: Poller
    private let selectionSink: AsyncStream<JobID?>.Continuation
    private let pollerTask: Task<Void, Never>

    /// Starts polling `source` on `schedule`; `wake` is called whenever an event arrives.
    init(source: any JobSource, schedule: PollSchedule, wake: @escaping @Sendable () -> Void) {
        self.source = source
        let inbox = EventInbox(wake: wake)
        self.inbox = inbox
        let poller = Poller(source: source, schedule: schedule) { inbox.post($0) }
        self.poller = poller
        // Selections go to the poller in order, through one stream, however fast keys repeat.
        let (selections, selectionSink) = AsyncStream.makeStream(of: JobID?.self)
        self.selectionSink = selectionSink
        pollerTask = Task {
            await poller.start()
            for await id in selections { await poller.select(id) }
        }
    }

    /// Tells the poller which job is selected (nil: none).
    func select(_ id: JobID?) { selectionSink.yield(id) }

    /// Polls `id` again now (an operator action just changed it).
    func refresh(_ id: JobID) {
        let poller = poller
        Task { await poller.refresh(id) }
    }

    /// Stops polling; requests in flight finish in the background and their events are dropped.
    func stop() {
        selectionSink.finish()
        pollerTask.cancel()
        let poller = poller
        Task { await poller.stop() }
    }
}
