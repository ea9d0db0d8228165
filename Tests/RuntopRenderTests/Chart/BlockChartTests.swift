import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Block charts")
struct BlockChartTests {
    static let eighths: Set<Character> = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func series(_ samples: [(Int, Double)]) -> MetricSeries {
        var series = MetricSeries(smoothingWeight: 0.6)
        series.merge(samples.map { MetricSample(step: $0.0, value: $0.1) })
        return series
    }

    static func chart(_ series: MetricSeries, name: String = "x") -> LineChart {
        LineChart(
            lines: [ChartLine(name: name, series: series, smoothed: false, style: .plain, mark: "*", legend: name)],
            mode: .block)
    }

    static func render(_ chart: LineChart, width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        chart.render(into: &buffer, area: buffer.bounds, theme: .monochrome, glyphs: .unicode)
        return buffer
    }

    static func blockView() -> ViewState {
        var view = SampleStore.view()
        view.chartMode = .block
        return view
    }

    @Test func lossIsAnAreaOfEighthBlocksWithValidationLossMarksAbove80x12() {
        let buffer = SampleStore.render(.charts, width: 80, height: 12, view: Self.blockView())
        #expect(
            buffer.text == """
                ┌ 3 Charts · smoothing 0.60 · blocks ─────────────────────────────────── 1/2 ] ┐
                │█ loss 0.685  + val_loss 0.785         █ lr 3e-5                              │
                │2.5┤█▃                                   3e-5┤   █████████████████████████████│
                │   │██▇▁++                                   │   █████████████████████████████│
                │   │████▇▁▁+                                 │  ██████████████████████████████│
                │1.7┤███████▃▃+                         1.7e-5┤  ██████████████████████████████│
                │   │█████████▆▅▂▁                            │ ███████████████████████████████│
                │   │█████████████▆▄▃+++++                    │ ███████████████████████████████│
                │   │██████████████████▆▆▄▄▂▂▁++              │████████████████████████████████│
                │0.6┤███████████████████████████▆▆▅▅▄▅▄   3e-7┤████████████████████████████████│
                │    1       ◆       400      ◆     800        1      ◆       400     ◆     800│
                └──────────────────────────────────────────────────────────────────────────────┘
                """)
        #expect(!buffer.text.contains { ChartPaneTests.isBraille($0) })
    }

    @Test func everySeriesGetsAnAreaChartAt120x20() {
        let buffer = SampleStore.render(.charts, width: 120, height: 20, view: Self.blockView())
        #expect(
            buffer.text == """
                ┌ 3 Charts · smoothing 0.60 · blocks ──────────────────────────────────────────────────────────────────────────────────┐
                │█ loss 0.685  + val_loss 0.785         █ lr 3e-5                               █ grad_norm 1 sm 1.45                  │
                │2.5┤█▄                                   3e-5┤   █████████████████████████████ 1.9┤...................................│
                │   │███▃▁+                                   │  ▂█████████████████████████████    │▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇│
                │   │█████▄▄++                                │  ██████████████████████████████    │███████████████████████████████████│
                │1.5┤███████▇▆▂▂+                       1.5e-5┤ ▄██████████████████████████████ 1.4┤███████████████████████████████████│
                │   │███████████▇▆▄▂▁++                       │ ███████████████████████████████    │███████████████████████████████████│
                │   │████████████████▆▆▄▄▃▃▁▁++               │▆███████████████████████████████    │███████████████████████████████████│
                │0.6┤█████████████████████████▇▇▆▆▄▅▃▄▃   3e-7┤████████████████████████████████   1┤███████████████████████████████████│
                │    1       ◆       400      ◆     800        1      ◆       400     ◆     800     1       ◆       400       ◆     800│
                │█ throughput 1.2k sm 1.2k                                                                                             │
                │1.204k┤...............................                                                                                │
                │      │▄▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁                                                                                │
                │      │███████████████████████████████                                                                                │
                │1.202k┤███████████████████████████████                                                                                │
                │      │███████████████████████████████                                                                                │
                │      │███████████████████████████████                                                                                │
                │  1.2k┤███████████████████████████████                                                                                │
                │       1      ◆      400      ◆    800                                                                                │
                └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
                """)
    }

    @Test func nanGapLeavesItsColumnsEmpty() {
        // Steps 21-28 are NaN: their columns stay blank, the area resumes after them.
        let gap = Self.series((1...40).map { ($0, (21...28).contains($0) ? .nan : Double($0 % 10)) })
        let buffer = Self.render(Self.chart(gap), width: 40, height: 8)
        #expect(
            buffer.text == """
                █ x
                  9┤       ▃█       ▃█        █       ▃█
                   │      ▆██      ▆██        █      ▆██
                5.4┤    ▃████    ▃████        █    ▃████
                   │  ▁▆█████  ▁▆█████        █  ▁▆█████
                   │ ▃███████ ▃███████        █ ▃███████
                  0┤▆████████▆████████        █▆████████
                    1                20               40
                """)
    }

    @Test func logarithmicAxisTurnsAnExponentialDecayIntoAStraightSlope() {
        var chart = Self.chart(Self.series((1...30).map { ($0, pow(10, -Double($0) / 10)) }))
        chart.isLogarithmic = true
        let buffer = Self.render(chart, width: 36, height: 7)
        #expect(
            buffer.text == """
                █ x
                 0.79┤█▇▅▄▃▁
                     │███████▇▅▄▃▁
                0.028┤█████████████▇▅▄▂▁
                     │███████████████████▆▅▄▂▁
                 1e-3┤█████████████████████████▆▅▄▂▁
                      1             15            30
                """)
    }

    @Test func flatSeriesFillsHalfOfItsBand() {
        let buffer = Self.render(Self.chart(Self.series((1...30).map { ($0, 0.5) })), width: 30, height: 6)
        #expect(
            buffer.text == """
                █ x
                0.55┤
                    │
                    │█████████████████████████
                0.45┤█████████████████████████
                     1          15          30
                """)
    }

    @Test func areaWinsACellItSharesWithAMarkWhicheverIsDrawnFirst() {
        for areaFirst in [true, false] {
            var canvas = ChartCanvas(width: 1, height: 2, mode: .block)
            #expect(canvas.dotRows == 16)
            let fill = { (canvas: inout ChartCanvas) in canvas.fill(x: 0, upToRow: 13, style: .plain) }
            if areaFirst { fill(&canvas) }
            canvas.plot(x: 0, y: 12, style: .plain, mark: "+")  // inside the area's top cell
            canvas.plot(x: 0, y: 2, style: .plain, mark: "+")  // in the empty cell above
            if !areaFirst { fill(&canvas) }
            #expect(canvas.symbol(column: 0, row: 1) == "▃", "3 of 8 eighths filled")
            #expect(canvas.symbol(column: 0, row: 0) == "+")
        }
    }

    @Test func crosshairReversesTheAreaCellsInItsColumn() {
        var chart = Self.chart(Self.series((1...30).map { ($0, Double($0)) }))
        chart.cursorStep = 30
        let buffer = Self.render(chart, width: 30, height: 6)
        let column = buffer.width - 1
        #expect(buffer[column, 1].symbol == "█")
        #expect(buffer[column, 1].style.attributes.contains(.reverse))
    }

    @Test func asciiGlyphsForceAsciiChartsEvenInBlockMode() {
        let buffer = SampleStore.render(.charts, width: 80, height: 8, view: Self.blockView(), glyphs: .ascii)
        #expect(!buffer.text.contains { Self.eighths.contains($0) })
        #expect(buffer.text.contains("ascii"))
    }

    @Test func chartModeKeyCyclesBrailleBlockAscii() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        #expect(view.chartMode == .braille)
        var seen: [(ChartMode, String?)] = []
        for _ in 0..<3 {
            #expect(view.handle(.character("a"), store: store) == [])
            seen.append((view.chartMode, view.statusMessage))
        }
        #expect(seen.map(\.0) == [.block, .ascii, .braille])
        #expect(seen.map(\.1) == ["block charts", "ASCII charts", "braille charts"])
    }
}
