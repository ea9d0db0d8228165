import Foundation
import RuntopCore

// `swift run -c release runtop-bench`: one JSON object of figures on stdout.

func rounded(_ value: Double, _ digits: Int) -> Double {
    let scale = pow(10, Double(digits))
    return (value * scale).rounded() / scale
}

// `runtop-bench profile-render N` renders the chart over N points for a few seconds, for `perf record`.
let arguments = CommandLine.arguments
if arguments.count == 3, arguments[1] == "profile-render", let points = Int(arguments[2]) {
    var store = ChartRenderBenchmark.store(points: points)
    let milliseconds = ChartRenderBenchmark.renderMilliseconds(store: &store, runs: 3000)
    let afterAppend = ChartRenderBenchmark.renderMilliseconds(store: &store, runs: 1000, appendingBetweenRenders: true)
    let block = ChartRenderBenchmark.renderMilliseconds(store: &store, runs: 1000, mode: .block)
    print(
        "{\"render_ms\": \(milliseconds.median), \"render_ms_after_append\": \(afterAppend.median), "
            + "\"render_ms_block\": \(block.median)}")
    exit(0)
}

// `runtop-bench profile-logs` and `profile-metrics` run one merge benchmark alone.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "profile-logs" {
    print("{\"merge_lines_per_s\": \(Int(LogMergeBenchmark().linesPerSecond(runs: 5)))}")
    exit(0)
}
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "profile-metrics" {
    print("{\"merge_points_per_s\": \(Int(MetricsMergeBenchmark().pointsPerSecond(runs: 5)))}")
    exit(0)
}

let pointsPerSecond = MetricsMergeBenchmark().pointsPerSecond()
let linesPerSecond = LogMergeBenchmark().linesPerSecond()
let bytesPerPointField = SeriesMemoryBenchmark.bytesPerPointField()

var renderMilliseconds: [String: Double] = [:]
var bytesPerPointFieldAt1e7 = 0.0
for (key, points) in [("render_ms_1e3", 1_000), ("render_ms_1e5", 100_000), ("render_ms_1e7", 10_000_000)] {
    var store = ChartRenderBenchmark.store(points: points)
    let redraw = ChartRenderBenchmark.renderMilliseconds(store: &store)
    renderMilliseconds[key] = redraw.median
    renderMilliseconds[key + "_fastest"] = redraw.fastest
    renderMilliseconds[key + "_after_append"] = ChartRenderBenchmark.renderMilliseconds(
        store: &store, appendingBetweenRenders: true
    ).median
    // Block mode asks the same one summary per column (of 1 per cell rather than braille's 2).
    let block = ChartRenderBenchmark.renderMilliseconds(store: &store, mode: .block)
    renderMilliseconds[key + "_block"] = block.median
    if points == 10_000_000, let series = store.detail(ChartRenderBenchmark.jobID)?.metrics[SeriesName.loss] {
        bytesPerPointFieldAt1e7 = Double(series.byteCount) / Double(series.count)
    }
}

// A long job list: one frame while the selection moves, by the default order and sorted by loss.
let jobListMilliseconds = [100, 10_000].map { JobListRenderBenchmark.renderMilliseconds(jobs: $0, sort: .age) }
let jobListSortedMilliseconds = JobListRenderBenchmark.renderMilliseconds(jobs: 10_000, sort: .name)

let figures: [(String, String)] = [
    ("merge_points_per_s", String(Int(pointsPerSecond))),
    ("merge_lines_per_s", String(Int(linesPerSecond))),
    ("render_ms_1e3", String(rounded(renderMilliseconds["render_ms_1e3"]!, 4))),
    ("render_ms_1e5", String(rounded(renderMilliseconds["render_ms_1e5"]!, 4))),
    ("render_ms_1e7", String(rounded(renderMilliseconds["render_ms_1e7"]!, 4))),
    ("render_ms_1e3_fastest", String(rounded(renderMilliseconds["render_ms_1e3_fastest"]!, 4))),
    ("render_ms_1e7_fastest", String(rounded(renderMilliseconds["render_ms_1e7_fastest"]!, 4))),
    ("render_ms_1e3_after_append", String(rounded(renderMilliseconds["render_ms_1e3_after_append"]!, 4))),
    ("render_ms_1e7_after_append", String(rounded(renderMilliseconds["render_ms_1e7_after_append"]!, 4))),
    ("render_ms_1e3_block", String(rounded(renderMilliseconds["render_ms_1e3_block"]!, 4))),
    ("render_ms_1e7_block", String(rounded(renderMilliseconds["render_ms_1e7_block"]!, 4))),
    ("render_ms_jobs_100", String(rounded(jobListMilliseconds[0], 4))),
    ("render_ms_jobs_10000", String(rounded(jobListMilliseconds[1], 4))),
    ("render_ms_jobs_10000_by_name", String(rounded(jobListSortedMilliseconds, 4))),
    ("bytes_per_point_field", String(rounded(bytesPerPointField, 2))),
    ("bytes_per_point_field_1e7", String(rounded(bytesPerPointFieldAt1e7, 2))),
    ("peak_rss_mb", String(rounded(ProcessMemory.peakResidentMegabytes() ?? -1, 1))),
]
let notes = [
    "point = one (step, value) sample of one series; a Fusion metrics row of 5 fields is 5 points",
    "merge_points_per_s: 400k rows x 5 fields in deltas of 50 rows through DataStore.apply, median of 3 fresh stores",
    "merge_lines_per_s: 2M lines in deltas of 50-200 lines through DataStore.apply (50k-line cap evicting), median of 3",
    "render_ms_N: ChartPane 200x24 over one loss series of N points, raw + smoothed braille lines, median of 101 renders",
    "render_ms_N_fastest: the fastest of those renders (least disturbed by other processes)",
    "render_ms_N_block: the same chart in block mode (eighth-block area of the smoothed line, raw line as marks)",
    "render_ms_N_after_append: the same, but 50 new steps are merged (untimed) before each render, so every bucket moves",
    "render_ms_jobs_N: the whole 120x40 screen, job list zoomed, N jobs, selection moving one row per frame, median of 101",
    "bytes_per_point_field: MetricSeries.byteCount / points after 1e6 points appended in batches of 50",
    "peak_rss_mb: VmHWM of the whole run (includes the 1e7-point series and the prebuilt deltas)",
    "single thread",
]
var json = "{"
for (key, value) in figures { json += "\"\(key)\": \(value), " }
json += "\"notes\": [" + notes.map { "\"\($0)\"" }.joined(separator: ", ") + "]}"
print(json)
