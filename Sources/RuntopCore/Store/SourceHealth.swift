import Foundation

/// Which kind of request a health record is about.
public enum SourceResource: String, Sendable, Hashable, CaseIterable {
    case jobList = "job list"
    case job = "job"
    case metrics = "metrics"
    case logs = "logs"
    case events = "events"
    case result = "result"
    case artifacts = "artifacts"
}

/// Why a request failed, in the words an operator needs.
public enum SourceProblem: Sendable, Equatable, CustomStringConvertible {
    /// Connection refused, reset, timed out or DNS failure.
    case unreachable(String)
    /// 401 or 403.
    case authenticationFailed(Int)
    /// 429; `retryAfter` seconds when the server said.
    case rateLimited(retryAfter: Double?)
    /// A 5xx or other unexpected status.
    case serverError(Int)
    /// A 404 for something that should exist.
    case notFound
    /// A body that did not decode.
    case malformedResponse(String)

    public var description: String {
        switch self {
        case .unreachable(let reason): "API unreachable (\(reason))"
        case .authenticationFailed(let status): "auth failed (HTTP \(status))"
        case .rateLimited(let retryAfter):
            retryAfter.map { "rate limited (retry in \(Int($0.rounded(.up)))s)" } ?? "rate limited"
        case .serverError(let status): "server error (HTTP \(status))"
        case .notFound: "not found (HTTP 404)"
        case .malformedResponse(let reason): "malformed response (\(reason))"
        }
    }
}

/// What the dashboard knows about how fresh its data is.
public struct SourceHealth: Sendable, Equatable {
    /// When any request last succeeded.
    public var lastSuccessAt: Date?
    /// The most recent failure, cleared by the next success of the same resource.
    public var problem: SourceProblem?
    /// The resource the problem is about.
    public var problemResource: SourceResource?
    /// When the current run of failures began.
    public var failingSince: Date?
    public var consecutiveFailures = 0
    /// Round-trip time of the last successful request, in seconds.
    public var lastLatency: Double?
    /// The oldest request left unanswered past the poller's threshold; cleared when its resource succeeds or
    /// fails, or when the poller says nothing is waiting any more.
    public var pendingRequest: PendingRequest?

    public init() {}

    /// Seconds since data last arrived, given the current time.
    public func staleness(now: Date) -> Double? { lastSuccessAt.map { now.timeIntervalSince($0) } }
}
