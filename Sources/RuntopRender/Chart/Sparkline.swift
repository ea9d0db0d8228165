import RuntopCore

/// A one-row trend of a series (`▇▅▄▃▂▂▁`): one level glyph per cell, from the smoothed bucket ends.
public struct Sparkline: Sendable {
    /// The series to draw.
    public var series: MetricSeries

    /// Creates a sparkline of `series`.
    public init(series: MetricSeries) { self.series = series }

    /// The glyphs for `width` cells (empty when the series has no finite value); O(width) summaries.
    public func text(width: Int, glyphs: Glyphs) -> String {
        guard width > 0, let first = series.firstStep, let last = series.lastStep, !glyphs.sparkline.isEmpty else {
            return ""
        }
        let steps = first...last
        let values: [Double?] = (0..<width).map { column in
            guard let bucket = LineChart.bucket(column, of: width, steps: steps) else { return nil }
            let summary = series.summary(steps: bucket, smoothed: true)
            return summary.isEmpty ? nil : summary.last
        }
        let finite = values.compactMap { $0 }
        guard let low = finite.min(), let high = finite.max() else { return "" }
        let levels = glyphs.sparkline.count
        return values.map { value in
            guard let value else { return " " }
            let fraction = high > low ? (value - low) / (high - low) : 0.5
            return glyphs.sparkline[min(levels - 1, max(0, Int((fraction * Double(levels - 1)).rounded())))]
        }.joined()
    }
}
