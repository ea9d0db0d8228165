import Foundation
import Testing

@testable import RuntopCore

@Suite struct DebiasedEMATests {
    /// TensorBoard's smoothing, written as its JavaScript is: `last = last*w + (1-w)*v; smoothed = last/(1-w^n)`.
    private static func tensorBoard(_ values: [Double], weight: Double) -> [Double] {
        var last = 0.0
        var finiteCount = 0.0
        return values.map { value in
            guard value.isFinite else { return value }
            last = last * weight + (1 - weight) * value
            finiteCount += 1
            return last / (1 - pow(weight, finiteCount))
        }
    }

    @Test(arguments: [0.0, 0.3, 0.6, 0.9, 0.99, 0.999])
    func matchesTensorBoardsFormula(weight: Double) {
        var random = SeededGenerator(seed: UInt64(weight * 1000))
        let values = (0..<2000).map { _ in random.metricValue(nonFiniteRate: 0.1) }
        var ema = DebiasedEMA(weight: weight)
        let actual = values.map { ema.next($0) }
        let expected = Self.tensorBoard(values, weight: weight)
        for (a, e) in zip(actual, expected) {
            if e.isFinite {
                #expect(abs(a - e) <= 1e-9 * max(1, abs(e)), "\(a) vs \(e)")
            } else {
                #expect(a.bitPattern == e.bitPattern || (a.isNaN && e.isNaN))
            }
        }
    }

    @Test func firstValueIsReturnedUnbiased() {
        var ema = DebiasedEMA(weight: 0.9)
        #expect(abs(ema.next(5) - 5) < 1e-12)
    }

    @Test func nonFiniteValuesPassThroughWithoutAdvancingTheAverage() {
        var withGaps = DebiasedEMA(weight: 0.6)
        var without = DebiasedEMA(weight: 0.6)
        _ = withGaps.next(1)
        _ = without.next(1)
        #expect(withGaps.next(.nan).isNaN)
        #expect(withGaps.next(-.infinity) == -.infinity)
        #expect(withGaps.next(3) == without.next(3))
    }

    @Test(arguments: [(-1.0, 0.0), (0.5, 0.5), (1.0, 0.999), (7.0, 0.999)])
    func weightIsClampedToTheUsableRange(requested: Double, expected: Double) {
        #expect(DebiasedEMA(weight: requested).weight == expected)
    }

    @Test func zeroWeightIsTheIdentity() {
        var ema = DebiasedEMA(weight: 0)
        for value in [3.0, -2, 7.5] { #expect(ema.next(value) == value) }
    }
}
