import Foundation
import Synchronization

/// The faults chosen for one request.
struct FaultDecision: Sendable, Equatable {
    var delay: Double = 0
    var rateLimitedFor: Double?
    var serverError: Int?
    var reset = false
    var truncate = false
    var malformed = false
}

/// Draws faults for each request from the plan (or the request's `X-Runtop-Fault` header),
/// and keeps the rate limiter's token bucket.
final class FaultInjector: Sendable {
    /// The header that forces faults on one request: `error`, `rate_limit`, `reset`, `truncate`,
    /// `malformed`, `latency=500ms` (comma-separated).
    static let headerName = "X-Runtop-Fault"

    private struct State {
        var random: SeededRandom
        var tokens: Double
        var lastRefill: Double
    }

    let plan: FaultPlan
    private let state: Mutex<State>

    init(plan: FaultPlan, randomSeed: UInt64?) {
        self.plan = plan
        let seed = (randomSeed ?? UInt64.random(in: .min ... .max)) ^ 0xFA17
        self.state = Mutex(State(random: SeededRandom(seed: seed), tokens: plan.rateLimit ?? 0, lastRefill: 0))
    }

    /// The faults for a request carrying `header` (nil when absent), at time `now`.
    func decide(header: String?, now: Double) -> FaultDecision {
        if let header { return Self.forced(header) }
        return state.withLock { state in
            var decision = FaultDecision()
            if let latency = plan.latency {
                decision.delay = Double.random(in: latency, using: &state.random)
            }
            if let rate = plan.rateLimit {
                let elapsed = state.lastRefill == 0 ? 0 : max(now - state.lastRefill, 0)
                state.tokens = min(state.tokens + elapsed * rate, max(rate, 1))
                state.lastRefill = now
                if state.tokens >= 1 {
                    state.tokens -= 1
                } else {
                    decision.rateLimitedFor = (1 - state.tokens) / rate
                    return decision
                }
            }
            func happens(_ probability: Double) -> Bool {
                probability > 0 && Double.random(in: 0..<1, using: &state.random) < probability
            }
            if happens(plan.errorRate) {
                decision.serverError = [500, 502, 503].randomElement(using: &state.random)!
            } else if happens(plan.resetRate) {
                decision.reset = true
            } else if happens(plan.truncateRate) {
                decision.truncate = true
            } else if happens(plan.malformedRate) {
                decision.malformed = true
            }
            return decision
        }
    }

    /// The faults a header names.
    static func forced(_ header: String) -> FaultDecision {
        var decision = FaultDecision()
        for word in header.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch word {
            case "error": decision.serverError = 500
            case "unavailable": decision.serverError = 503
            case "rate_limit": decision.rateLimitedFor = 1
            case "reset": decision.reset = true
            case "truncate": decision.truncate = true
            case "malformed": decision.malformed = true
            default:
                if word.hasPrefix("latency="), let delay = FaultPlan.parseDuration(String(word.dropFirst(8))) {
                    decision.delay = delay
                }
            }
        }
        return decision
    }
}
