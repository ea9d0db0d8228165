import Foundation
import RuntopCore
import Synchronization

/// Collects a poller's events into a real store, as the dashboard does, for assertions.
final class EventRecorder: Sendable {
    private let state = Mutex<(store: DataStore, events: [StoreEvent])>((DataStore(), []))

    /// Applies `event` to the store and keeps it.
    func record(_ event: StoreEvent) {
        state.withLock { state in
            state.store.apply(event)
            state.events.append(event)
        }
    }

    var store: DataStore { state.withLock { $0.store } }
    var events: [StoreEvent] { state.withLock { $0.events } }

    /// Polls `condition` on the store every 50 ms until it holds or `timeout` passes.
    func waitUntil(timeout: Double = 20, _ condition: (DataStore) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(store) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return condition(store)
    }
}
