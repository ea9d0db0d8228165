/// Min, max and last finite value over a run of samples: what one chart column needs.
public struct BucketSummary: Sendable, Equatable {
    public var minimum: Double
    public var maximum: Double
    /// The last finite value in the run (the line's end point within the column).
    public var last: Double
    /// How many finite values the run held; zero means the column is empty.
    public var finiteCount: Int

    /// A summary of nothing.
    public static let empty = BucketSummary(minimum: .infinity, maximum: -.infinity, last: .nan, finiteCount: 0)

    public init(minimum: Double, maximum: Double, last: Double, finiteCount: Int) {
        self.minimum = minimum
        self.maximum = maximum
        self.last = last
        self.finiteCount = finiteCount
    }

    /// True when no finite value fell into the run.
    public var isEmpty: Bool { finiteCount == 0 }

    /// Adds one value that comes after everything already summarised.
    @inline(__always)
    public mutating func add(_ value: Double) {
        guard value.isFinite else { return }
        if value < minimum { minimum = value }
        if value > maximum { maximum = value }
        last = value
        finiteCount += 1
    }

    /// Adds a summary of values that come after everything already summarised.
    @inline(__always)
    public mutating func add(_ other: BucketSummary) {
        guard other.finiteCount > 0 else { return }
        if other.minimum < minimum { minimum = other.minimum }
        if other.maximum > maximum { maximum = other.maximum }
        last = other.last
        finiteCount += other.finiteCount
    }
}
