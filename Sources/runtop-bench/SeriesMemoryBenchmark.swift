import RuntopCore

/// Bytes a series holds per stored point-field (one step's value of one field), after appending in
/// poller-sized batches.
enum SeriesMemoryBenchmark {
    static func bytesPerPointField(points: Int = 1_000_000, batch: Int = 50) -> Double {
        var series = MetricSeries()
        var step = 0
        while step < points {
            var samples: [MetricSample] = []
            samples.reserveCapacity(batch)
            for _ in 0..<min(batch, points - step) {
                step += 1
                samples.append(MetricSample(step: step, value: Double(step % 1000) * 0.001))
            }
            series.merge(samples)
        }
        return Double(series.byteCount) / Double(series.count)
    }
}
