import RuntopCore
import Synchronization

/// The hand-off between the poller (any thread) and the dashboard loop (its own thread): events queue here
/// and the loop is woken to drain them.
final class EventInbox: Sendable {
    private let pending = Mutex<[StoreEvent]>([])
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    /// Queues `event` and wakes the loop.
    func post(_ event: StoreEvent) {
        pending.withLock { $0.append(event) }
        wake()
    }

    /// Takes every queued event, oldest first.
    func drain() -> [StoreEvent] {
        pending.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }
}
