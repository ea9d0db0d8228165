import Foundation

/// The y range a chart maps onto its height: finite, never empty.
public struct ValueRange: Sendable, Equatable {
    /// The value at the bottom row.
    public var lower: Double
    /// The value at the top row.
    public var upper: Double
    /// True when rows are spaced by orders of magnitude (both bounds are then positive).
    public var isLogarithmic = false

    /// A range from `minimum` to `maximum`; a constant value gets a small band around it.
    public init(minimum: Double, maximum: Double) {
        if maximum > minimum {
            lower = minimum
            upper = maximum
        } else {
            let band = minimum == 0 ? 1 : abs(minimum) * 0.1
            lower = minimum - band
            upper = minimum + band
        }
    }

    /// A logarithmic range from `minimum` to `maximum` (both positive); a constant value gets a band of ±10%.
    public init(logarithmicMinimum minimum: Double, maximum: Double) {
        precondition(minimum > 0 && maximum > 0, "a logarithmic range needs positive bounds")
        isLogarithmic = true
        if maximum > minimum {
            lower = minimum
            upper = maximum
        } else {
            lower = minimum / 1.1
            upper = minimum * 1.1
        }
    }

    /// The value `fraction` of the way down from the top (0) to the bottom (1).
    public func value(atFraction fraction: Double) -> Double {
        guard isLogarithmic else { return upper - (upper - lower) * fraction }
        let logUpper = log10(upper)
        return pow(10, logUpper - (logUpper - log10(lower)) * fraction)
    }

    /// Where `value` lands among `rows` dot rows, row 0 at the top.
    public func row(of value: Double, rows: Int) -> Int {
        guard rows > 1 else { return 0 }
        let fraction: Double
        if isLogarithmic {
            guard value > 0 else { return rows - 1 }
            fraction = (log10(upper) - log10(value)) / (log10(upper) - log10(lower))
        } else {
            fraction = (upper - value) / (upper - lower)
        }
        return min(rows - 1, max(0, Int((fraction * Double(rows - 1)).rounded())))
    }
}
