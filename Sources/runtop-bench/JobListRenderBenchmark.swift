import Foundation
import RuntopCore
import RuntopRender

/// Rendering the job list pane (sorted, filtered, scrolled to the selection) over many jobs: the cost of one
/// frame while an operator scrolls a long list.
struct JobListRenderBenchmark {
    static let width = 120
    static let height = 40

    /// A store of `count` jobs of every status, some with progress and retries.
    static func store(jobs count: Int) -> DataStore {
        let statuses: [JobStatus] = [.running, .succeeded, .failed, .queued, .cancelled]
        let start = Date(timeIntervalSince1970: 1_795_190_587)
        var jobs: [JobSummary] = []
        jobs.reserveCapacity(count)
        for index in 0..<count {
            let createdAt = start.addingTimeInterval(-60 * Double(index))
            jobs.append(
                JobSummary(
                    id: JobID("job-\(index)"), name: "run-\(index)-llama-3-8b-sft", kind: index % 3 == 0 ? "rl" : "sft",
                    status: statuses[index % statuses.count], model: "meta-llama/Llama-3-8B",
                    retries: index % 7 == 0 ? 1 : 0, createdAt: createdAt, startedAt: createdAt.addingTimeInterval(5),
                    currentStep: index % 1000, totalSteps: 1000))
        }
        var store = DataStore()
        store.apply(.jobList(jobs, at: start))
        return store
    }

    /// Median milliseconds of one job-list render while the selection moves down one row per frame, sorted by
    /// `sort`.
    static func renderMilliseconds(jobs count: Int, sort: JobSortColumn, runs: Int = 101) -> Double {
        let store = store(jobs: count)
        var view = ViewState()
        view.resize(width: width, height: height)
        view.zoomedPane = .jobs
        view.focusedPane = .jobs
        view.jobQuery.sort = sort
        view.reconcile(with: store)
        var timings: [Double] = []
        for _ in 0..<runs {
            _ = view.handle(.down, store: store)
            let begin = DispatchTime.now().uptimeNanoseconds
            let buffer = DashboardView.render(
                store: store, view: view, now: Date(timeIntervalSince1970: 1_795_190_587), width: width, height: height,
                sourceLabel: "bench", theme: .monochrome, glyphs: .unicode)
            timings.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            precondition(buffer.width == width)
        }
        return timings.sorted()[timings.count / 2]
    }
}
