import Foundation
import RuntopCore
import Testing

@testable import RuntopRender

@Suite("Chart crosshair, log scale, step window, markers and outliers")
struct ChartInteractionTests {
    static func chart(_ samples: [(Int, Double)]) -> LineChart {
        var series = MetricSeries(smoothingWeight: 0)
        series.merge(samples.map { MetricSample(step: $0.0, value: $0.1) })
        return LineChart(
            lines: [
                ChartLine(
                    name: "loss", series: series, smoothed: false, style: .plain, mark: "*",
                    legend: "loss \(NumberFormatting.legend(series.lastFiniteValue ?? 0))")
            ], mode: .ascii)
    }

    static func render(_ chart: LineChart, width: Int = 40, height: Int = 8) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        chart.render(into: &buffer, area: buffer.bounds, theme: .monochrome, glyphs: .unicode)
        return buffer
    }

    @Test func logScaleSpacesLabelsByOrdersOfMagnitude() {
        var chart = Self.chart((0...40).map { ($0, pow(10, 3 - Double($0) / 10)) })
        #expect(Self.render(chart).lines()[3].hasPrefix("600┤"), "linear: the middle label is 60% of the top")
        chart.isLogarithmic = true
        #expect(
            Self.render(chart).text == """
                * loss 0.1
                 1k┤******
                   │     *******
                 25┤           ********
                   │                  ********
                   │                         ********
                0.1┤                                ****
                    0                20               40
                """)
    }

    @Test func logScaleFallsBackToLinearWhenAValueIsNotPositive() {
        var chart = Self.chart((0...40).map { ($0, Double($0) - 10) })
        chart.isLogarithmic = true
        #expect(Self.render(chart).lines()[6].hasPrefix("-10┤"))
    }

    @Test func aSpikeInOnePercentOfTheColumnsIsClippedAndTheAxisSaysSo() {
        var samples = (0..<600).map { ($0, 1.0 + 0.1 * sin(Double($0) / 20)) }
        samples[300].1 = 100
        var chart = Self.chart(samples)
        let clipped = Self.render(chart, width: 60)
        #expect(clipped.lines()[1].hasPrefix("↑1.1┤"))
        #expect(clipped.lines()[6].hasPrefix(" 0.9┤"))
        chart.clipsOutliers = false
        #expect(Self.render(chart, width: 60).lines()[1].hasPrefix("100┤"))
    }

    @Test func stepWindowShowsOnlyTheLatestSteps() {
        var view = SampleStore.view()
        _ = view.handle(.character("3"), store: SampleStore.store())
        _ = view.handle(.character("Z"), store: SampleStore.store())
        #expect(view.chartStepWindow == .last1000)
        _ = view.handle(.character("x"), store: SampleStore.store())
        #expect(view.chartStepWindow == .last100)
        let lines = SampleStore.render(.charts, width: 80, height: 8, view: view).lines()
        #expect(lines[0].hasPrefix("┌ 3 Charts · smoothing 0.60 · last 100 steps ─"))
        #expect(lines[6].contains("701"))
        _ = view.handle(.character("x"), store: SampleStore.store())
        #expect(view.chartStepWindow == .all)
    }

    @Test func capitalLInTheChartsPaneTogglesLogScale() {
        var view = SampleStore.view()
        view.focusedPane = .charts
        _ = view.handle(.character("L"), store: SampleStore.store())
        #expect(view.chartLogScale)
        #expect(view.logLevelFilter == .all, "L means log scale here, not the log level filter")
        let lines = SampleStore.render(.charts, width: 80, height: 12, view: view).lines()
        #expect(lines[0].hasPrefix("┌ 3 Charts · smoothing 0.60 · log y ─"))
    }

    @Test func crosshairLegendShowsTheStepAndEveryValueThere() {
        var view = SampleStore.view()
        view.chartCursorStep = 400
        let buffer = SampleStore.render(.charts, width: 80, height: 12, view: view)
        #expect(
            buffer.text == """
                ┌ 3 Charts · smoothing 0.60 ──────────────────────────────────────────── 1/2 ] ┐
                │@400 ━ loss 1.06  ━ val_loss 1.16      @400 ━ lr 3e-5                         │
                │2.5┤⢹⡄              │                    3e-5┤   ⢸⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│
                │   │ ⠙⢳⡀⣀           │                        │   ⡏           │                │
                │   │   ⠉⢻⣳⣄⡀        │                        │  ⢸⠁           │                │
                │1.7┤     ⠉⢳⣽⣦⣀      │                  1.7e-5┤  ⡏            │                │
                │   │        ⠙⠚⣗⣦⣀   │                        │ ⢸⠁            │                │
                │   │            ⠛⠻⣖⣶⡤⡤⣄⣀⡀                    │⢀⡏             │                │
                │   │               ⠈⠉⠙⠶⢲⡭⢭⣳⣦⣤⣀⣀⣀             │⢸              │                │
                │0.6┤                │    ⠈⠁⠉⠁⠓⠋⠿⠛⠿⠻⣽⢿⣩   3e-7┤⡏              │                │
                │    1       ◆       400      ◆     800        1      ◆       400     ◆     800│
                └──────────────────────────────────────────────────────────────────────────────┘
                """)
    }

    @Test func arrowsMoveTheCrosshairEscapeHidesItAndEnterShowsTheLogThere() {
        let store = SampleStore.store()
        var view = SampleStore.view()
        _ = view.handle(.character("3"), store: store)
        _ = view.handle(.left, store: store)
        #expect(view.chartCursorStep == 800, "the first press shows it at the newest step")
        _ = view.handle(.left, store: store)
        let stride = 800 - (view.chartCursorStep ?? 0)
        #expect(stride > 0 && stride < 60, "one press moves about one cell (\(stride) steps)")
        _ = view.handle(.character("l"), store: store)
        #expect(view.chartCursorStep == 800)
        #expect(view.handle(.right, store: store) == [.bell], "the newest step is the end")
        for _ in 0..<100 { _ = view.handle(.character("h"), store: store) }
        #expect(view.chartCursorStep == 1)
        #expect(view.handle(.enter, store: store).isEmpty)
        #expect(!view.logFollow)
        #expect(view.logScrollAnchorSeq == 4, "the line saying step 1")
        #expect(view.statusMessage == "log at step 1")
        #expect(view.zoomedPane == nil, "Enter with a crosshair does not zoom")
        _ = view.handle(.escape, store: store)
        #expect(view.chartCursorStep == nil)
        _ = view.handle(.enter, store: store)
        #expect(view.zoomedPane == .charts, "Enter without a crosshair zooms as before")
    }

    @Test func markersComeFromCheckpointEvalAndReclaimEvents() {
        let events = [
            JobEvent(timestamp: nil, kind: "checkpoint", fields: ["step": "200"]),
            JobEvent(timestamp: nil, kind: "eval", fields: ["step": "250.0", "val_loss": "1.2"]),
            JobEvent(timestamp: nil, kind: "reclaimed", fields: ["resume_step": "200", "interrupted_step": "260"]),
            JobEvent(timestamp: nil, kind: "running", fields: ["resume_step": "200"]),
        ]
        #expect(
            ChartMarker.markers(from: events) == [
                ChartMarker(step: 200, kind: .checkpoint), ChartMarker(step: 250, kind: .eval),
                ChartMarker(step: 200, kind: .reclaim),
            ])
        var chart = Self.chart((0...100).map { ($0, Double($0)) })
        chart.markers = [ChartMarker(step: 30, kind: .checkpoint), ChartMarker(step: 70, kind: .eval)]
        #expect(Self.render(chart).lines()[7] == "    0          ◆     50      ◇       100")
    }
}
