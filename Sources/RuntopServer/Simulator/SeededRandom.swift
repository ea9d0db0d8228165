import Foundation

/// SplitMix64: a small, fast generator whose whole state is one integer, so runs are reproducible.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SeededRandom.mix(state)
    }

    /// The SplitMix64 finaliser: a well-spread 64-bit hash of `value`.
    static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A version-4-shaped UUID string drawn from the generator.
    mutating func uuidString() -> String {
        SeededRandom.uuidString(high: next(), low: next())
    }

    /// A version-4-shaped UUID string made from two 64-bit values.
    static func uuidString(high: UInt64, low: UInt64) -> String {
        let high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = String(format: "%016llx%016llx", high, low)
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}

/// Noise that depends only on its coordinates, so a step's values can be recomputed after a restart.
struct DeterministicNoise: Sendable {
    /// The job's seed.
    let seed: UInt64

    /// A uniform value in [0, 1) for (attempt, step, channel).
    func uniform(attempt: Int, step: Int, channel: UInt64) -> Double {
        let key = seed ^ (UInt64(truncatingIfNeeded: attempt) &* 0x1000_0000_01B3)
            ^ (UInt64(truncatingIfNeeded: step) &* 0x9E37_79B9) ^ (channel &* 0xD6E8_FEB8_6659_FD93)
        return Double(SeededRandom.mix(SeededRandom.mix(key)) >> 11) / Double(1 << 53)
    }

    /// A standard normal value for (attempt, step, channel) (Box–Muller).
    func gaussian(attempt: Int, step: Int, channel: UInt64) -> Double {
        let first = max(uniform(attempt: attempt, step: step, channel: channel), 1e-12)
        let second = uniform(attempt: attempt, step: step, channel: channel &+ 0x5151)
        return (-2 * log(first)).squareRoot() * cos(2 * Double.pi * second)
    }
}
