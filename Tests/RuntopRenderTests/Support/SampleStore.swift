import Foundation
import RuntopCore

@testable import RuntopRender

/// A store built the way the dashboard builds it: by applying store events.
enum SampleStore {
    /// 2026-11-20 16:03:07 UTC: the running job's first `running` event.
    static let start = Date(timeIntervalSince1970: 1_795_190_587)
    /// The time every snapshot is rendered at: 12 minutes after the start.
    static let now = start.addingTimeInterval(720)

    static let running: JobID = "job-a"
    static let succeeded: JobID = "job-b"
    static let queued: JobID = "job-c"
    static let failed: JobID = "job-d"

    /// The four list rows: running (with a reclaim behind it), succeeded (a wide-character name), queued, failed.
    static let jobs: [JobSummary] = [
        JobSummary(
            id: running, name: "llama-7b-grow", kind: "train", status: .running, retries: 1,
            lastCheckpointStep: 600, createdAt: start.addingTimeInterval(-30), startedAt: start, currentStep: 800,
            totalSteps: 1000),
        JobSummary(
            id: succeeded, name: "模型-contract 🚀", kind: "contract", status: .succeeded,
            createdAt: start.addingTimeInterval(-7200), finishedAt: start.addingTimeInterval(-3600)),
        JobSummary(
            id: queued, name: "tiny-ft", kind: "finetune", status: .queued, createdAt: now.addingTimeInterval(-5)),
        JobSummary(
            id: failed, name: "broken-run", kind: "train", status: .failed,
            createdAt: start.addingTimeInterval(-90_000),
            error: "CUDA out of memory"),
    ]

    /// The loss curve: decaying with a deterministic wiggle.
    static func loss(at step: Int) -> Double {
        2.0 * exp(-Double(step) / 300) + 0.5 + 0.05 * sin(Double(step) / 7)
    }

    static func events() -> [StoreEvent] {
        var events: [StoreEvent] = [.jobList(jobs, at: now)]
        let steps = Array(1...800)
        events.append(
            .metrics(
                running,
                MetricsDelta(
                    series: [
                        SeriesName.loss: steps.map { MetricSample(step: $0, value: loss(at: $0)) },
                        SeriesName.validationLoss: stride(from: 100, through: 800, by: 100).map {
                            MetricSample(step: $0, value: loss(at: $0) + 0.1)
                        },
                        SeriesName.learningRate: steps.map {
                            MetricSample(step: $0, value: $0 < 100 ? 3e-5 * Double($0) / 100 : 3e-5)
                        },
                        SeriesName.gradientNorm: steps.map { MetricSample(step: $0, value: 1 + Double($0 % 10) / 10) },
                        SeriesName.throughput: steps.map { MetricSample(step: $0, value: 1200 + Double($0 % 5)) },
                    ], latestStep: 800, attempt: 1),
                at: now))
        let logLines: [LogLine] = [
            LogLine(seq: 3, timestamp: start, text: "loading base model"),
            LogLine(seq: 4, timestamp: start.addingTimeInterval(2), text: "step 1 loss 2.43"),
            LogLine(seq: 5, timestamp: start.addingTimeInterval(4), stream: "stderr", text: "WARNING grad norm spike"),
            LogLine(seq: 126, timestamp: start.addingTimeInterval(600), text: "colour \u{1B}[31mred\u{1B}[0m done"),
            LogLine(seq: 127, timestamp: start.addingTimeInterval(700), text: "step 800 loss 0.61"),
        ]
        events.append(.logs(running, LogDelta(lines: logLines, latestSeq: 127), at: now))
        events.append(
            .events(
                running,
                [
                    JobEvent(timestamp: start.addingTimeInterval(-30), kind: "queued"),
                    JobEvent(timestamp: start, kind: "running"),
                    JobEvent(
                        timestamp: start.addingTimeInterval(125), kind: "checkpoint", payload: "{\"step\":200}",
                        fields: ["step": "200"]),
                    JobEvent(timestamp: start.addingTimeInterval(300), kind: "reclaimed"),
                    JobEvent(
                        timestamp: start.addingTimeInterval(360), kind: "running", payload: "{\"resume_step\":200}",
                        fields: ["resume_step": "200"]),
                    JobEvent(
                        timestamp: start.addingTimeInterval(600), kind: "checkpoint", payload: "{\"step\":600}",
                        fields: ["step": "600"]),
                ]))
        events.append(
            .artifacts(
                running,
                JobArtifacts(
                    checkpoints: [
                        CheckpointRef(
                            step: 200, name: "ckpt-200", path: "s3://runs/llama-7b-grow/attempt-0/checkpoints/step-200"),
                        CheckpointRef(
                            step: 600, name: "ckpt-600", path: "s3://runs/llama-7b-grow/attempt-1/checkpoints/step-600"),
                    ],
                    refs: [
                        LabelledRef(label: "dataset", value: "wiki-2k"),
                        LabelledRef(label: "base model", value: "llama-7b"),
                    ],
                    internalFields: [LabelledRef(label: "worker_id", value: "w-17")])))
        events.append(
            .result(
                succeeded,
                JobResult(
                    perplexityBaseline: 12.31, perplexityFinal: 9.87, perplexityDeltaPercent: -19.82,
                    lossFinal: 2.289, parametersBefore: 7.0e9, parametersAfter: 5.46e9, parametersDelta: -1.54e9,
                    functionPreservation: 0.974, gpuSeconds: 3723, tokensProcessed: 12_300_000, costUSD: 25,
                    scalars: [
                        NamedValue(name: "eval/accuracy", value: 0.812), NamedValue(name: "train/tokens", value: 1.2e7),
                    ])))
        events.append(.requestSucceeded(.jobList, latency: 0.042, at: now.addingTimeInterval(-1)))
        return events
    }

    /// The store after every sample event.
    static func store() -> DataStore {
        var store = DataStore()
        for event in events() { store.apply(event) }
        return store
    }

    /// A view selecting the running job, in UTC, sized `width`×`height`.
    static func view(width: Int = 120, height: Int = 40) -> ViewState {
        var view = ViewState()
        view.timeZone = TimeZone(identifier: "UTC")!
        view.resize(width: width, height: height)
        view.reconcile(with: store())
        return view
    }

    /// A pane context over the sample store.
    static func context(
        view: ViewState = SampleStore.view(), theme: Theme = .monochrome, glyphs: Glyphs = .unicode
    ) -> PaneContext {
        PaneContext(store: store(), view: view, now: now, theme: theme, glyphs: glyphs)
    }

    /// Renders one pane alone into a `width`×`height` buffer.
    static func render(
        _ pane: DashboardPane, width: Int, height: Int, view: ViewState = SampleStore.view(), glyphs: Glyphs = .unicode
    ) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        DashboardView.render(
            pane, into: &buffer, area: buffer.bounds, context: context(view: view, glyphs: glyphs))
        return buffer
    }

    /// Renders the whole screen.
    static func screen(width: Int, height: Int, view: ViewState? = nil, glyphs: Glyphs = .unicode) -> CellBuffer {
        DashboardView.render(
            store: store(), view: view ?? SampleStore.view(width: width, height: height), now: now, width: width,
            height: height, sourceLabel: "demo · http://127.0.0.1:8080", theme: .monochrome, glyphs: glyphs)
    }
}
