import Foundation
import RuntopCore

/// The requests the poller is waiting on, and which one the store is told about: the oldest that has waited
/// past the threshold. It says which ``StoreEvent`` to send, and only when that changes — so requests answered
/// in time never cause an event, and nothing ticks while nothing waits.
struct OutstandingRequests {
    /// One request, from sending until its outcome.
    struct Ticket: Hashable, Sendable {
        fileprivate let number: Int
    }

    private struct Entry {
        var resource: SourceResource
        var sentAt: Date
        var overdue = false
    }

    private var entries: [Int: Entry] = [:]
    private var nextNumber = 0
    /// The pending request the store holds, as far as these events have told it.
    private(set) var announced: PendingRequest?

    /// Notes a request for `resource` sent at `date`.
    mutating func begin(_ resource: SourceResource, at date: Date) -> Ticket {
        nextNumber += 1
        entries[nextNumber] = Entry(resource: resource, sentAt: date)
        return Ticket(number: nextNumber)
    }

    /// Marks the request as waiting past the threshold; returns the event to send when the store must hear of it.
    mutating func markOverdue(_ ticket: Ticket) -> StoreEvent? {
        guard entries[ticket.number] != nil else { return nil }
        entries[ticket.number]!.overdue = true
        return announcement()
    }

    /// Forgets the request once it is over; returns the event to send, if any. `outcomeReported`: a success or
    /// failure of its resource has just been sent, which clears the store's pending request of that resource
    /// by itself (so the answer and the clearing reach the screen together).
    mutating func end(_ ticket: Ticket, outcomeReported: Bool) -> StoreEvent? {
        guard let entry = entries.removeValue(forKey: ticket.number) else { return nil }
        if outcomeReported, announced?.resource == entry.resource { announced = nil }
        return announcement()
    }

    /// Forgets every request (the poller stopped); returns the event that clears the store's, if it holds one.
    mutating func removeAll() -> StoreEvent? {
        entries.removeAll()
        return announcement()
    }

    /// The event that tells the store the oldest overdue request, when it differs from what the store holds.
    private mutating func announcement() -> StoreEvent? {
        let oldest = entries.filter(\.value.overdue)
            .min { ($0.value.sentAt, $0.key) < ($1.value.sentAt, $1.key) }
            .map { PendingRequest(resource: $0.value.resource, since: $0.value.sentAt) }
        guard oldest != announced else { return nil }
        announced = oldest
        return oldest.map { .requestPending($0.resource, since: $0.since) } ?? .noRequestPending
    }
}
