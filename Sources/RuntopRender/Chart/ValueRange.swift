/// The y range a chart maps onto its height: finite, never empty.
public struct ValueRange: Sendable, Equatable {
    /// The value at the bottom row.
    public var lower: Double
    /// The value at the top row.
    public var upper: Double

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

    /// Where `value` lands among `rows` dot rows, row 0 at the top.
    public func row(of value: Double, rows: Int) -> Int {
        guard rows > 1 else { return 0 }
        let fraction = (upper - value) / (upper - lower)
        return min(rows - 1, max(0, Int((fraction * Double(rows - 1)).rounded())))
    }
}
