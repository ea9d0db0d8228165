/// SplitMix64: a tiny, fast, seedable generator, so every property test replays exactly from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    /// A value that is usually finite, sometimes NaN or ±infinity.
    mutating func metricValue(nonFiniteRate: Double = 0.05) -> Double {
        if chance(nonFiniteRate) {
            return [Double.nan, .infinity, -.infinity].randomElement(using: &self)!
        }
        return Double.random(in: -1000...1000, using: &self)
    }
}
