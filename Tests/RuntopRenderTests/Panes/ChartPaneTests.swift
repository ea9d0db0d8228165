import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Chart pane")
struct ChartPaneTests {
    /// True for characters of the braille block.
    static func isBraille(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x2800...0x28FF).contains($0.value) }
    }

    static func series(_ samples: [(Int, Double)]) -> MetricSeries {
        var series = MetricSeries(smoothingWeight: 0.6)
        series.merge(samples.map { MetricSample(step: $0.0, value: $0.1) })
        return series
    }

    static func render(_ chart: LineChart, width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        chart.render(into: &buffer, area: buffer.bounds, theme: .monochrome, glyphs: .unicode)
        return buffer
    }

    @Test func lossChartOverlaysValidationLossBesideTheLearningRateChartInBraille() {
        let buffer = SampleStore.render(.charts, width: 80, height: 12)
        #expect(
            buffer.text == """
                ┌ 3 Charts · smoothing 0.60 ──────────────────────────────────────────── 1/2 ] ┐
                │━ loss 0.685  ━ val_loss 0.785         ━ lr 3e-5                              │
                │2.5┤⢹⡄                                   3e-5┤   ⢸⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│
                │   │ ⠙⢳⡀⣀                                    │   ⡏                            │
                │   │   ⠉⢻⣳⣄⡀                                 │  ⢸⠁                            │
                │1.7┤     ⠉⢳⣽⣦⣀                         1.7e-5┤  ⡏                             │
                │   │        ⠙⠚⣗⣦⣀                            │ ⢸⠁                             │
                │   │            ⠛⠻⣖⣶⡤⡤⣄⣀⡀                    │⢀⡏                              │
                │   │               ⠈⠉⠙⠶⢲⡭⢭⣳⣦⣤⣀⣀⣀             │⢸                               │
                │0.6┤                     ⠈⠁⠉⠁⠓⠋⠿⠛⠿⠻⣽⢿⣩   3e-7┤⡏                               │
                │    1       ◆       400      ◆     800        1      ◆       400     ◆     800│
                └──────────────────────────────────────────────────────────────────────────────┘
                """)
        #expect(buffer.text.contains { Self.isBraille($0) })
    }

    @Test func asciiModeDrawsWithStarsDotsAndPluses() {
        var view = SampleStore.view()
        view.chartMode = .ascii
        let buffer = SampleStore.render(.charts, width: 80, height: 8, view: view)
        #expect(
            buffer.text == """
                ┌ 3 Charts · smoothing 0.60 · ascii ──────────────────────────────────── 1/2 ] ┐
                │* loss 0.685  + val_loss 0.785         * lr 3e-5                              │
                │2.5┤***                                3e-5┤   *******************************│
                │   │  *******++                            │  **                              │
                │   │        **************++               │***                               │
                │0.6┤                   *************** 3e-7┤*                                 │
                │    1       ◆       400      ◆     800      1       ◆       400      ◆     800│
                └──────────────────────────────────────────────────────────────────────────────┘
                """)
        #expect(!buffer.text.contains { Self.isBraille($0) })
    }

    @Test func asciiGlyphsForceAsciiChartsEvenInBrailleMode() {
        let buffer = SampleStore.render(.charts, width: 80, height: 8, glyphs: .ascii)
        #expect(!buffer.text.contains { Self.isBraille($0) })
        #expect(buffer.text.contains("*"))
    }

    @Test func millionPointSeriesShowsSpikesAtBothEdges() {
        // Flat at zero except +10 at the first step and -10 at the last: min/max bucketing must keep both.
        var series = MetricSeries(smoothingWeight: 0.6)
        var samples = (1...1_000_000).map { MetricSample(step: $0, value: 0) }
        samples[0].value = 10
        samples[samples.count - 1].value = -10
        series.merge(samples)
        let chart = LineChart(
            lines: [ChartLine(name: "x", series: series, smoothed: false, style: .plain, mark: "*", legend: "x")],
            mode: .braille)
        let buffer = Self.render(chart, width: 40, height: 10)
        let lines = buffer.lines()
        // Labels: "10" top, "-10" bottom; the plot starts after "-10┤" at column 4 and ends at column 39.
        #expect(lines[1].hasPrefix(" 10┤"))
        #expect(lines[8].hasPrefix("-10┤"))
        let topLeft = buffer[4, 1].symbol.unicodeScalars.first!.value
        let bottomRight = buffer[39, 8].symbol.unicodeScalars.first!.value
        #expect(topLeft & 0x2800 == 0x2800 && topLeft & 0x01 != 0, "first step's spike reaches the top-left dot")
        #expect(
            bottomRight & 0x2800 == 0x2800 && bottomRight & 0x80 != 0, "last step's dip reaches the bottom-right dot")
        #expect(lines[9].hasSuffix("1M"))
        #expect(lines[9].contains(" 1 "))
    }

    @Test func constantSeriesGetsABandAroundItsValue() {
        let chart = LineChart(
            lines: [
                ChartLine(
                    name: "c", series: Self.series((1...50).map { ($0, 5.0) }), smoothed: false, style: .plain,
                    mark: "*", legend: "c 5")
            ], mode: .braille)
        let lines = Self.render(chart, width: 30, height: 7).lines()
        #expect(lines[1].hasPrefix("5.5┤"))
        #expect(lines[5].hasPrefix("4.5┤"))
        #expect(lines[3].contains { Self.isBraille($0) })
    }

    @Test func nonFiniteValuesAreSkipped() {
        let chart = LineChart(
            lines: [
                ChartLine(
                    name: "n", series: Self.series([(1, 1), (2, .nan), (3, .infinity), (4, 2), (5, -.infinity)]),
                    smoothed: false, style: .plain, mark: "*", legend: "n")
            ], mode: .braille)
        let text = Self.render(chart, width: 30, height: 7).text
        #expect(text.contains("2┤"))
        #expect(text.contains("1┤"))
        #expect(!text.lowercased().contains("nan"))
        #expect(!text.contains("inf"))
    }

    @Test func emptySeriesSaysWaitingForData() {
        let chart = LineChart(
            lines: [
                ChartLine(name: "e", series: MetricSeries(), smoothed: false, style: .plain, mark: "*", legend: "e")
            ],
            mode: .braille)
        #expect(Self.render(chart, width: 30, height: 7).text.contains("waiting for data"))
    }

    @Test func jobWithoutMetricsSaysWaitingForData() {
        var view = SampleStore.view()
        view.selectedJobID = SampleStore.queued
        #expect(SampleStore.render(.charts, width: 60, height: 8, view: view).text.contains("waiting for data"))
    }

    @Test func bucketsCoverEveryStepExactlyOnce() {
        let steps = 1...1000
        var covered = 0
        var previousUpper = 0
        for column in 0..<77 {
            guard let bucket = LineChart.bucket(column, of: 77, steps: steps) else { continue }
            #expect(bucket.lowerBound == previousUpper + 1)
            previousUpper = bucket.upperBound
            covered += bucket.count
        }
        #expect(covered == 1000)
    }

    @Test func largeScreensShowTheOtherSeriesInAGrid() {
        let text = SampleStore.screen(width: 200, height: 60).text
        #expect(text.contains("grad_norm"))
        #expect(text.contains("throughput"))
    }

    @Test func yLabelsGainDigitsUntilTheyDiffer() {
        let labels = LineChart.yLabels(range: ValueRange(minimum: 1200, maximum: 1204), rows: 8).map(\.text)
        #expect(Set(labels).count == labels.count)
        #expect(labels.contains("1.204k"))
    }
}
