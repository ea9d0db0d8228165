import Foundation
import RuntopCore
import RuntopRender

/// Rendering the chart pane, 200 columns wide, over a loss series of a given length (raw and smoothed lines).
struct ChartRenderBenchmark {
    static let width = 200
    static let height = 24
    static let jobID: JobID = "bench-job"

    /// A store holding one running job whose loss series has `points` samples.
    static func store(points: Int) -> DataStore {
        var store = DataStore()
        store.apply(.job(JobSummary(id: jobID, name: "bench", kind: "train", status: .running), at: Date()))
        var step = 0
        let batch = 10_000
        while step < points {
            let count = min(batch, points - step)
            var samples: [MetricSample] = []
            samples.reserveCapacity(count)
            for _ in 0..<count {
                step += 1
                let noise = sin(Double(step) * 0.37) * 0.05
                samples.append(MetricSample(step: step, value: 2.5 * exp(-Double(step) / Double(points) * 4) + noise))
            }
            store.apply(.metrics(jobID, MetricsDelta(series: [SeriesName.loss: samples], latestStep: step), at: Date()))
        }
        return store
    }

    /// Median and fastest milliseconds of one chart-pane render over `runs` renders, in `mode`.
    ///
    /// With `appendingBetweenRenders`, a 50-step delta is merged (untimed) before each render, as when a poll
    /// brings new data: the step range grows, every column's bucket moves, and nothing the previous render
    /// touched helps. Without it the same data is redrawn (a clock tick), mostly from cache.
    static func renderMilliseconds(
        store: inout DataStore, runs: Int = 101, appendingBetweenRenders: Bool = false, mode: ChartMode = .braille
    ) -> (median: Double, fastest: Double) {
        var view = ViewState()
        view.chartMode = mode
        view.selectedJobID = jobID
        view.screenWidth = width
        view.screenHeight = height
        let pane = ChartPane()
        let area = Rect(x: 0, y: 0, width: width, height: height)
        let blank = CellBuffer(width: width, height: height)
        var checksum = 0
        var times: [Double] = []
        for _ in 0..<(runs + 10) {
            if appendingBetweenRenders { appendSteps(50, to: &store) }
            var buffer = blank
            let seconds = Stopwatch.seconds {
                let context = PaneContext(store: store, view: view, now: Date(), theme: .defaultDark, glyphs: .unicode)
                pane.render(into: &buffer, area: area, context: context)
            }
            checksum &+= buffer.cells.count { $0.symbol != " " }
            times.append(seconds * 1000)
        }
        precondition(checksum > 0, "the chart drew nothing")
        let measured = Array(times.dropFirst(10))
        return (Stopwatch.median(measured), measured.min() ?? .nan)
    }

    /// Merges `count` more loss steps.
    static func appendSteps(_ count: Int, to store: inout DataStore) {
        let last = store.detail(jobID)?.metrics[SeriesName.loss]?.lastStep ?? 0
        let samples = (last + 1...last + count).map {
            MetricSample(step: $0, value: 0.3 + sin(Double($0) * 0.37) * 0.05)
        }
        let delta = MetricsDelta(series: [SeriesName.loss: samples], latestStep: last + count)
        store.apply(.metrics(jobID, delta, at: Date()))
    }
}
