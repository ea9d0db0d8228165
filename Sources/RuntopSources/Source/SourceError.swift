import RuntopCore

/// Why a source request failed, before it is turned into an operator-facing ``SourceProblem``.
public enum SourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered with a status that is not success; `retryAfter` in seconds when it said.
    case httpStatus(Int, retryAfter: Double?, detail: String?)
    /// No answer: refused, reset, timed out, unresolvable.
    case transport(String)
    /// The body did not decode as the dialect's format.
    case malformed(String)

    /// The problem as the status bar states it.
    public var problem: SourceProblem {
        switch self {
        case .httpStatus(let status, let retryAfter, _):
            switch status {
            case 401, 403: .authenticationFailed(status)
            case 404: .notFound
            case 429: .rateLimited(retryAfter: retryAfter)
            default: .serverError(status)
            }
        case .transport(let reason): .unreachable(reason)
        case .malformed(let reason): .malformedResponse(reason)
        }
    }

    /// Seconds the server asked us to wait, if any.
    public var retryAfter: Double? {
        if case .httpStatus(_, let retryAfter, _) = self { return retryAfter }
        return nil
    }

    public var description: String {
        switch self {
        case .httpStatus(let status, _, let detail): "HTTP \(status)" + (detail.map { ": \($0)" } ?? "")
        case .transport(let reason): reason
        case .malformed(let reason): "malformed response: \(reason)"
        }
    }
}
