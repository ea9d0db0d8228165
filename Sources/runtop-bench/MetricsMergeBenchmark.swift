import Foundation
import RuntopCore

/// Merging metrics deltas as the Fusion poller delivers them: pages of `rowsPerDelta` rows, each row one
/// sample of every field, through `DataStore.apply`.
struct MetricsMergeBenchmark {
    static let fields = [
        SeriesName.loss, SeriesName.learningRate, SeriesName.gradientNorm, SeriesName.throughput, SeriesName.vram,
    ]
    var rowsPerDelta = 50
    var totalRows = 400_000

    /// Deltas built ahead of time, so the timing covers only the merge.
    func makeDeltas() -> [StoreEvent] {
        var random = SystemRandomNumberGenerator()
        var events: [StoreEvent] = []
        var step = 0
        let now = Date()
        while step < totalRows {
            var series: [String: [MetricSample]] = [:]
            for field in Self.fields { series[field] = [] }
            for _ in 0..<rowsPerDelta {
                step += 1
                let loss = 2.5 * exp(-Double(step) / 50_000) + Double.random(in: -0.05...0.05, using: &random)
                series[SeriesName.loss]!.append(MetricSample(step: step, value: loss))
                let learningRate = 3e-5 * (1 - Double(step) / 1e6)
                series[SeriesName.learningRate]!.append(MetricSample(step: step, value: learningRate))
                series[SeriesName.gradientNorm]!.append(
                    MetricSample(step: step, value: step % 997 == 0 ? .nan : Double.random(in: 0.5...2, using: &random)))
                let throughput = Double.random(in: 1.2...1.5, using: &random)
                series[SeriesName.throughput]!.append(MetricSample(step: step, value: throughput))
                series[SeriesName.vram]!.append(MetricSample(step: step, value: 23.6))
            }
            let delta = MetricsDelta(series: series, latestStep: step, sinceStep: step - rowsPerDelta)
            events.append(.metrics("bench-job", delta, at: now))
        }
        return events
    }

    /// Points (one step's value of one field) merged per second: the median of `runs` fresh stores.
    func pointsPerSecond(runs: Int = 3) -> Double {
        let events = makeDeltas()
        let points = Double(totalRows * Self.fields.count)
        var rates: [Double] = []
        for _ in 0..<runs {
            var store = DataStore()
            let seconds = Stopwatch.seconds {
                for event in events { store.apply(event) }
            }
            precondition(store.detail("bench-job")?.metrics[SeriesName.loss]?.count == totalRows)
            rates.append(points / seconds)
        }
        return Stopwatch.median(rates)
    }
}
