/// TensorBoard's debiased exponential moving average, computed one value at a time.
///
/// Non-finite values pass through unchanged and do not advance the average; each value is divided by
/// `1 − weightⁿ` so the curve does not start near zero.
public struct DebiasedEMA: Sendable, Equatable {
    /// The smoothing weight in 0..<1 (0 = no smoothing; TensorBoard defaults to 0.6).
    public let weight: Double
    private var accumulated = 0.0
    /// weightⁿ for the n finite values seen so far.
    private var weightPower = 1.0

    public init(weight: Double) { self.weight = min(max(weight, 0), 0.999) }

    /// Feeds the next raw value and returns its smoothed value.
    @inline(__always)
    public mutating func next(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        accumulated = accumulated * weight + (1 - weight) * value
        weightPower *= weight
        return accumulated / (1 - weightPower)
    }
}
