import Foundation

/// Faults the server injects into its responses, to exercise clients: slow responses, 5xx errors,
/// rate limiting, connections reset mid-body, truncated and malformed JSON.
///
/// Written as `latency=200ms..800ms,error=0.05,rate_limit=20/s,reset=0.01,truncate=0.01,malformed=0.01`;
/// every entry is optional and the plan is off by default.
public struct FaultPlan: Sendable, Equatable, CustomStringConvertible {
    /// Delay before every response, in seconds (uniform in the range).
    public var latency: ClosedRange<Double>?
    /// Probability of answering with a 5xx error instead of handling the request.
    public var errorRate: Double
    /// Requests per second allowed before answering 429 with `Retry-After`.
    public var rateLimit: Double?
    /// Probability of closing the connection in the middle of the body.
    public var resetRate: Double
    /// Probability of sending only the first half of the body (with a matching length).
    public var truncateRate: Double
    /// Probability of sending syntactically broken JSON.
    public var malformedRate: Double

    /// A plan; with no arguments, one that injects nothing.
    public init(
        latency: ClosedRange<Double>? = nil, errorRate: Double = 0, rateLimit: Double? = nil, resetRate: Double = 0,
        truncateRate: Double = 0, malformedRate: Double = 0
    ) {
        self.latency = latency
        self.errorRate = errorRate
        self.rateLimit = rateLimit
        self.resetRate = resetRate
        self.truncateRate = truncateRate
        self.malformedRate = malformedRate
    }

    /// Parses `latency=200ms..800ms,error=0.05,rate_limit=20/s,reset=0.01,truncate=0.01,malformed=0.01`.
    /// Probabilities may be written `0.05` or `5%`; durations `500ms`, `0.5s` or `2s`; rates `20/s` or `600/m`.
    public static func parse(_ text: String) throws -> FaultPlan {
        var plan = FaultPlan()
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "off" || trimmed == "none" { return plan }
        for entry in trimmed.split(separator: ",") {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw FaultPlanError("'\(entry)': expected name=value (e.g. error=0.05)")
            }
            let (name, value) = (parts[0], parts[1])
            switch name {
            case "latency": plan.latency = try parseLatency(value)
            case "error": plan.errorRate = try parseProbability(value, name: name)
            case "rate_limit": plan.rateLimit = try parseRate(value)
            case "reset": plan.resetRate = try parseProbability(value, name: name)
            case "truncate": plan.truncateRate = try parseProbability(value, name: name)
            case "malformed": plan.malformedRate = try parseProbability(value, name: name)
            default:
                throw FaultPlanError(
                    "unknown fault '\(name)' (expected latency, error, rate_limit, reset, truncate or malformed)")
            }
        }
        return plan
    }

    /// Whether the plan injects anything.
    public var isEmpty: Bool { self == FaultPlan() }

    /// The plan written the way `parse` reads it.
    public var description: String {
        var entries: [String] = []
        if let latency {
            entries.append(
                latency.lowerBound == latency.upperBound
                    ? "latency=\(milliseconds(latency.lowerBound))"
                    : "latency=\(milliseconds(latency.lowerBound))..\(milliseconds(latency.upperBound))")
        }
        if errorRate > 0 { entries.append("error=\(errorRate)") }
        if let rateLimit { entries.append("rate_limit=\(rateLimit.formatted())/s") }
        if resetRate > 0 { entries.append("reset=\(resetRate)") }
        if truncateRate > 0 { entries.append("truncate=\(truncateRate)") }
        if malformedRate > 0 { entries.append("malformed=\(malformedRate)") }
        return entries.isEmpty ? "none" : entries.joined(separator: ",")
    }

    private func milliseconds(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded()))ms" }

    /// Parses `500ms`, `0.5s`, `2s` or a bare number of milliseconds into seconds.
    static func parseDuration(_ text: String) -> Double? {
        let value: Double?
        if text.hasSuffix("ms") {
            value = Double(text.dropLast(2))
        } else if text.hasSuffix("s") {
            value = Double(text.dropLast()).map { $0 * 1000 }
        } else {
            value = Double(text)
        }
        guard let value, value >= 0, value.isFinite else { return nil }
        return value / 1000
    }

    private static func parseLatency(_ text: String) throws -> ClosedRange<Double> {
        let bounds = text.components(separatedBy: "..")
        let parsed = bounds.map(parseDuration)
        guard (1...2).contains(bounds.count), let low = parsed.first ?? nil, let high = parsed.last ?? nil, low <= high
        else {
            throw FaultPlanError("latency=\(text): expected a duration like 500ms or a range like 200ms..800ms")
        }
        return low...high
    }

    private static func parseProbability(_ text: String, name: String) throws -> Double {
        let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
        guard let value, (0...1).contains(value) else {
            throw FaultPlanError("\(name)=\(text): expected a probability between 0 and 1 (e.g. 0.05 or 5%)")
        }
        return value
    }

    private static func parseRate(_ text: String) throws -> Double {
        let parts = text.split(separator: "/", maxSplits: 1)
        let count = Double(parts.first ?? "")
        let perSeconds: Double? =
            parts.count == 1 ? 1 : ["s": 1, "sec": 1, "m": 60, "min": 60][String(parts[1])]
        guard let count, let perSeconds, count > 0, count.isFinite else {
            throw FaultPlanError("rate_limit=\(text): expected requests per time like 20/s or 600/m")
        }
        return count / perSeconds
    }
}

/// Why a fault plan could not be read.
public struct FaultPlanError: Error, CustomStringConvertible, Equatable {
    /// What is wrong, naming the offending entry.
    public let description: String

    init(_ description: String) {
        self.description = "invalid fault plan: " + description
    }
}
