import Foundation

/// How long a checkpoint lives from now: a number of seconds, or for ever.
///
/// Parsed from what an operator types: `7d`, `12h`, `30m`, `90s`, `1w`, a plain number of seconds, or `never`.
public enum CheckpointTTL: Sendable, Hashable, CustomStringConvertible {
    /// Expires this many seconds from now.
    case seconds(Int)
    /// Never expires (any expiry is removed).
    case never

    /// Parses an operator's duration, or returns nil when it is not one (or is not positive).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["never", "none", "off", "forever", "null"].contains(trimmed) {
            self = .never
            return
        }
        let units: [(suffix: Character, seconds: Int)] = [("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800)]
        var digits = Substring(trimmed)
        var multiplier = 1
        if let last = trimmed.last, let unit = units.first(where: { $0.suffix == last }) {
            digits = trimmed.dropLast()
            multiplier = unit.seconds
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), count > 0 else { return nil }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        self = .seconds(seconds)
    }

    /// The value of the wire's `ttl_seconds`: the seconds, or nil for never.
    public var wireSeconds: Int? {
        switch self {
        case .seconds(let seconds): seconds
        case .never: nil
        }
    }

    /// The shortest exact spelling: `7d`, `36h`, `90s`, `never`.
    public var description: String {
        switch self {
        case .never: return "never"
        case .seconds(let seconds):
            for (suffix, size) in [("d", 86_400), ("h", 3600), ("m", 60)] where seconds % size == 0 {
                return "\(seconds / size)\(suffix)"
            }
            return "\(seconds)s"
        }
    }
}
