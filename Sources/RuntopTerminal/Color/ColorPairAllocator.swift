/// A foreground/background combination, as curses colour numbers (-1 is the terminal default).
struct ColorPairKey: Hashable, Sendable {
    var foreground: Int
    var background: Int
}

/// Hands out curses colour pairs on demand, reusing them, and degrading to the nearest existing pair when the
/// terminal runs out.
struct ColorPairAllocator: Sendable {
    /// What the backend must do for one lookup.
    enum Assignment: Equatable, Sendable {
        /// The pair already holds these colours.
        case existing(Int)
        /// A fresh pair: call init_pair with the key's colours before use.
        case allocated(Int)
        /// No room left: the closest pair that exists (0 is the default pair).
        case substituted(Int)

        /// The pair number to draw with.
        var pair: Int {
            switch self {
            case .existing(let pair), .allocated(let pair), .substituted(let pair): pair
            }
        }
    }

    /// Pair numbers 1..<capacity may be allocated (pair 0 is curses' fixed default pair).
    let capacity: Int
    /// The colours pair 0 shows.
    let defaultPair: ColorPairKey
    private(set) var pairs: [ColorPairKey: Int] = [:]
    private var substitutes: [ColorPairKey: Int] = [:]
    private var nextPair = 1

    init(capacity: Int, defaultPair: ColorPairKey) {
        self.capacity = max(1, capacity)
        self.defaultPair = defaultPair
    }

    /// The pair for `key`, allocating one if there is room.
    mutating func assign(_ key: ColorPairKey) -> Assignment {
        if key == defaultPair { return .existing(0) }
        if let pair = pairs[key] { return .existing(pair) }
        if nextPair < capacity {
            let pair = nextPair
            nextPair += 1
            pairs[key] = pair
            return .allocated(pair)
        }
        if let pair = substitutes[key] { return .substituted(pair) }
        var best = 0
        var bestDistance = distance(key, defaultPair)
        for (candidate, pair) in pairs {
            let candidateDistance = distance(key, candidate)
            if candidateDistance < bestDistance || (candidateDistance == bestDistance && pair < best) {
                best = pair
                bestDistance = candidateDistance
            }
        }
        substitutes[key] = best
        return .substituted(best)
    }

    /// Forgets every pair (after the terminal's colours were reset).
    mutating func reset() {
        pairs.removeAll()
        substitutes.removeAll()
        nextPair = 1
    }

    private func distance(_ first: ColorPairKey, _ second: ColorPairKey) -> Int {
        // The foreground carries the text, so it weighs more than the background.
        2 * ColorDegradation.distance(first.foreground, second.foreground)
            + ColorDegradation.distance(first.background, second.background)
    }
}
