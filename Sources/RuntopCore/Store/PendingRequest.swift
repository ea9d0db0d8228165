import Foundation

/// A request the source has left unanswered for longer than the poller's threshold — the oldest such — by
/// resource and when it was sent. The status bar says `no answer for 4s` from it, the figure growing with the
/// clock redraw, until the answer (or the request's failure) clears it.
public struct PendingRequest: Sendable, Equatable {
    /// What the request asks for.
    public var resource: SourceResource
    /// When it was sent.
    public var since: Date

    /// A request for `resource` sent at `since` and not answered yet.
    public init(resource: SourceResource, since: Date) {
        self.resource = resource
        self.since = since
    }

    /// Seconds it has waited at `now` (never negative, whatever the clocks say).
    public func waited(now: Date) -> Double { max(0, now.timeIntervalSince(since)) }
}
