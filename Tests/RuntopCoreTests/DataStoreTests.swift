import Foundation
import Testing

@testable import RuntopCore

/// One row of the reducer table: a store built by `given`, one `event`, whether it must count as a visible
/// change, and what must hold afterwards.
struct StoreCase: Sendable, CustomTestStringConvertible {
    var name: String
    var given: [StoreEvent]
    var event: StoreEvent
    var changes: Bool
    var then: @Sendable (DataStore) -> Bool

    var testDescription: String { name }
}

@Suite struct DataStoreTests {
    static let id: JobID = "job-1"
    static let t0 = Date(timeIntervalSince1970: 1_000_000)
    static let t1 = Date(timeIntervalSince1970: 1_000_060)

    static func summary(
        _ id: JobID = id, name: String = "run", status: JobStatus = .running, retries: Int = 0,
        checkpoint: Int? = nil
    ) -> JobSummary {
        JobSummary(id: id, name: name, kind: "train", status: status, retries: retries, lastCheckpointStep: checkpoint)
    }

    static func metrics(
        _ steps: ClosedRange<Int>, value: (Int) -> Double = { Double($0) }, attempt: Int = 0, since: Int? = nil,
        latest: Int? = nil, series: [String] = ["loss"]
    ) -> StoreEvent {
        let samples = steps.map { MetricSample(step: $0, value: value($0)) }
        let delta = MetricsDelta(
            series: Dictionary(uniqueKeysWithValues: series.map { ($0, samples) }),
            latestStep: latest ?? steps.upperBound, attempt: attempt, sinceStep: since)
        return .metrics(id, delta, at: t1)
    }

    static func logs(_ seqs: [Int], text: String = "line", since: Int? = nil) -> StoreEvent {
        .logs(id, LogDelta(lines: seqs.map { LogLine(seq: $0, text: "\(text) \($0)") }, sinceSeq: since), at: t1)
    }

    static func event(_ kind: String, at seconds: Double, payload: String = "") -> JobEvent {
        JobEvent(timestamp: Date(timeIntervalSince1970: seconds), kind: kind, payload: payload)
    }

    static func loss(_ store: DataStore) -> MetricSeries? { store.detail(id)?.metrics["loss"] }

    static let cases: [StoreCase] = [
        // Job list
        StoreCase(
            name: "job list fills an empty store", given: [],
            event: .jobList([summary("a"), summary("b")], at: t0), changes: true,
            then: { $0.jobs.map(\.id) == ["a", "b"] && $0.job("b")?.name == "run" }),
        StoreCase(
            name: "identical job list changes nothing", given: [.jobList([summary("a")], at: t0)],
            event: .jobList([summary("a")], at: t1), changes: false, then: { $0.jobs.count == 1 }),
        StoreCase(
            name: "job list keeps the first of duplicate ids", given: [],
            event: .jobList([summary("a", name: "first"), summary("a", name: "second")], at: t0), changes: true,
            then: { $0.jobs.count == 1 && $0.job("a")?.name == "first" }),
        StoreCase(
            name: "job list row with fewer retries than held is stale",
            given: [.jobList([summary(retries: 2, checkpoint: 40)], at: t0)],
            event: .jobList([summary(retries: 1, checkpoint: 10)], at: t1), changes: false,
            then: { $0.job(id)?.retries == 2 && $0.job(id)?.lastCheckpointStep == 40 }),
        StoreCase(
            name: "job list order follows the server", given: [.jobList([summary("a"), summary("b")], at: t0)],
            event: .jobList([summary("b"), summary("a")], at: t1), changes: true,
            then: { $0.jobs.map(\.id) == ["b", "a"] && $0.job("a") != nil }),
        StoreCase(
            name: "job list sanitises names", given: [],
            event: .jobList([summary(name: "evil\u{1B}[2Jname")], at: t0), changes: true,
            then: { $0.job(id)?.name == "evil␛[2Jname" }),
        // Single job
        StoreCase(
            name: "unknown job is inserted in front", given: [.jobList([summary("a")], at: t0)],
            event: .job(summary("new"), at: t1), changes: true, then: { $0.jobs.map(\.id) == ["new", "a"] }),
        StoreCase(
            name: "identical job changes nothing", given: [.job(summary(), at: t0)], event: .job(summary(), at: t1),
            changes: false, then: { $0.jobs.count == 1 }),
        StoreCase(
            name: "job status change is applied", given: [.job(summary(), at: t0)],
            event: .job(summary(status: .succeeded), at: t1), changes: true,
            then: { $0.job(id)?.status == .succeeded }),
        StoreCase(
            name: "job with fewer retries than held is stale", given: [.job(summary(retries: 1, checkpoint: 5), at: t0)],
            event: .job(summary(status: .queued, retries: 0), at: t1), changes: false,
            then: { $0.job(id)?.retries == 1 && $0.job(id)?.status == .running }),
        StoreCase(
            name: "job sanitises every text field", given: [],
            event: .job(
                JobSummary(
                    id: id, name: "a\u{7}", kind: "k\u{0}", status: .failed, model: "m\u{202E}",
                    outputModel: "o\u{9B}", error: "e\r\u{1B}x"), at: t0), changes: true,
            then: { store in
                let job = store.job(id)
                return job?.name == "a␇" && job?.kind == "k␀" && job?.model == "m�" && job?.outputModel == "o�"
                    && job?.error == "␛x"
            }),
        StoreCase(
            name: "reclaim drops samples after the checkpoint",
            given: [.job(summary(), at: t0), metrics(1...100)],
            event: .job(summary(status: .reclaimed, retries: 1, checkpoint: 60), at: t1), changes: true,
            then: { store in
                loss(store)?.lastStep == 60 && store.detail(id)?.attempt == 1
                    && store.detail(id)?.resumeSteps == [1: 60]
            }),
        // Metrics
        StoreCase(
            name: "metrics create series", given: [], event: metrics(1...5, series: ["loss", "lr"]), changes: true,
            then: { store in
                loss(store)?.count == 5 && store.detail(id)?.metrics["lr"]?.count == 5
                    && store.detail(id)?.lastDataAt == t1 && store.detail(id)?.serverLatestStep == 5
                    && store.detail(id)?.lastStepAdvanceAt == t1
            }),
        StoreCase(
            name: "duplicate metrics change nothing", given: [metrics(1...5)], event: metrics(1...5),
            changes: false, then: { loss($0)?.count == 5 }),
        StoreCase(
            name: "overlapping metrics add only the new steps", given: [metrics(1...5)], event: metrics(3...8),
            changes: true, then: { loss($0)?.steps == Array(1...8) }),
        StoreCase(
            name: "a newer server latest step alone is a change", given: [metrics(1...5)],
            event: .metrics(id, MetricsDelta(series: [:], latestStep: 9), at: t1), changes: true,
            then: { $0.detail(id)?.serverLatestStep == 9 }),
        StoreCase(
            name: "an older response cannot move the server latest step back", given: [metrics(1...9)],
            event: .metrics(id, MetricsDelta(series: [:], latestStep: 5), at: t1), changes: false,
            then: { $0.detail(id)?.serverLatestStep == 9 }),
        StoreCase(
            name: "a replaced value is a change", given: [metrics(1...5)], event: metrics(3...3, value: { _ in -1 }),
            changes: true, then: { loss($0)?.value(atStep: 3) == -1 }),
        StoreCase(
            name: "stale attempt samples after the resume step are dropped",
            given: [metrics(1...100), .job(summary(retries: 1, checkpoint: 50), at: t0)],
            event: metrics(40...90, value: { _ in 7 }, attempt: 0, since: 39, latest: 90), changes: true,
            then: { store in
                let series = loss(store)
                return series?.lastStep == 50 && series?.value(atStep: 45) == 7
                    && store.detail(id)?.droppedStaleDeltas == 1 && store.detail(id)?.serverLatestStep == nil
            }),
        StoreCase(
            name: "stale attempt entirely after the resume step changes nothing",
            given: [metrics(1...100), .job(summary(retries: 1, checkpoint: 50), at: t0)],
            event: metrics(60...90, attempt: 0), changes: false,
            then: { loss($0)?.lastStep == 50 && $0.detail(id)?.droppedStaleDeltas == 1 }),
        StoreCase(
            name: "newer attempt before its job summary truncates after the request cursor",
            given: [.job(summary(), at: t0), metrics(1...100)],
            event: metrics(71...80, value: { _ in -5 }, attempt: 1, since: 70), changes: true,
            then: { store in
                let series = loss(store)
                return series?.steps == Array(1...80) && series?.value(atStep: 70) == 70
                    && series?.value(atStep: 75) == -5 && store.detail(id)?.attempt == 1
                    && store.detail(id)?.resumeSteps.isEmpty == true
            }),
        StoreCase(
            name: "first metrics of a reclaimed job learn the resume step from its summary",
            given: [.jobList([summary(retries: 1, checkpoint: 30)], at: t0)],
            event: metrics(31...40, attempt: 1, since: 35), changes: true,
            then: { store in
                loss(store)?.steps == Array(31...40) && store.detail(id)?.attempt == 1
                    && store.detail(id)?.resumeSteps == [1: 30]
            }),
        StoreCase(
            name: "stale metrics for a job first seen reclaimed are cut at its checkpoint",
            given: [.job(summary(retries: 1, checkpoint: 30), at: t0)],
            event: metrics(25...40, attempt: 0, since: 24), changes: true,
            then: { store in
                loss(store)?.steps == Array(25...30) && store.detail(id)?.attempt == 1
                    && store.detail(id)?.droppedStaleDeltas == 1
            }),
        StoreCase(
            name: "a reclaim seen in the job list truncates too",
            given: [metrics(1...100)],
            event: .jobList([summary(retries: 1, checkpoint: 30)], at: t0), changes: true,
            then: { store in loss(store)?.lastStep == 30 && store.detail(id)?.attempt == 1 }),
        // Logs
        StoreCase(
            name: "logs are merged and sanitised", given: [], event: logs([2, 1], text: "\u{1B}[1mbold"),
            changes: true,
            then: { store in
                store.detail(id)?.logs.lines.map(\.text) == ["␛[1mbold 1", "␛[1mbold 2"]
                    && store.detail(id)?.lastDataAt == t1
            }),
        StoreCase(
            name: "duplicate logs change nothing", given: [logs([1, 2])], event: logs([1, 2]), changes: false,
            then: { $0.detail(id)?.logs.count == 2 }),
        StoreCase(
            name: "log stream and payload are sanitised", given: [],
            event: .logs(
                id, LogDelta(lines: [LogLine(seq: 1, stream: "err\u{7}", text: "x", payload: "{\"a\":\"\u{1B}\"}")]),
                at: t1), changes: true,
            then: { store in
                let line = store.detail(id)?.logs.lines.first
                return line?.stream == "err␇" && line?.payload == "{\"a\":\"␛\"}"
            }),
        StoreCase(
            name: "a since cursor behind the first line records the gap", given: [], event: logs([10, 11], since: 4),
            changes: true, then: { $0.detail(id)?.logs.gaps == [LogGap(beforeSeq: 10, count: 5)] }),
        // Events
        StoreCase(
            name: "events are added in time order and sanitised", given: [.events(id, [event("running", at: 20)])],
            event: .events(id, [event("queued", at: 10, payload: "{\"x\":\"\u{1B}\"}"), event("running", at: 20)]),
            changes: true,
            then: { store in
                store.detail(id)?.events.map(\.kind) == ["queued", "running"]
                    && store.detail(id)?.events.first?.payload == "{\"x\":\"␛\"}"
            }),
        StoreCase(
            name: "duplicate events change nothing", given: [.events(id, [event("queued", at: 10)])],
            event: .events(id, [event("queued", at: 10)]), changes: false,
            then: { $0.detail(id)?.events.count == 1 }),
        StoreCase(
            name: "event kind and fields are sanitised", given: [],
            event: .events(id, [JobEvent(timestamp: t0, kind: "fail\u{0}", fields: ["error": "e\u{1B}"])]),
            changes: true,
            then: { store in
                let first = store.detail(id)?.events.first
                return first?.kind == "fail␀" && first?.fields["error"] == "e␛"
            }),
        // Result and artifacts
        StoreCase(
            name: "result is stored", given: [], event: .result(id, JobResult(lossFinal: 0.3)), changes: true,
            then: { $0.detail(id)?.result?.lossFinal == 0.3 }),
        StoreCase(
            name: "same result changes nothing", given: [.result(id, JobResult(lossFinal: 0.3))],
            event: .result(id, JobResult(lossFinal: 0.3)), changes: false, then: { $0.detail(id)?.result != nil }),
        StoreCase(
            name: "artifacts are sanitised", given: [],
            event: .artifacts(
                id,
                JobArtifacts(
                    checkpoints: [CheckpointRef(step: 5, name: "ck\u{7}", path: "tinker://x\u{1B}")],
                    refs: [LabelledRef(label: "data\u{0}", value: "v\u{202E}")],
                    internalFields: [LabelledRef(label: "worker_id", value: "w\u{9B}")], outputModel: "m\u{7F}")),
            changes: true,
            then: { store in
                let artifacts = store.detail(id)?.artifacts
                return artifacts?.checkpoints.first?.name == "ck␇" && artifacts?.checkpoints.first?.path == "tinker://x␛"
                    && artifacts?.refs.first == LabelledRef(label: "data␀", value: "v�")
                    && artifacts?.internalFields.first?.value == "w�" && artifacts?.outputModel == "m␡"
            }),
        StoreCase(
            name: "same artifacts change nothing", given: [.artifacts(id, JobArtifacts(outputModel: "m"))],
            event: .artifacts(id, JobArtifacts(outputModel: "m")), changes: false,
            then: { $0.detail(id)?.artifacts.outputModel == "m" }),
        // Health
        StoreCase(
            name: "success while healthy records latency without a redraw", given: [],
            event: .requestSucceeded(.metrics, latency: 0.2, at: t1), changes: false,
            then: { $0.health.lastSuccessAt == t1 && $0.health.lastLatency == 0.2 }),
        StoreCase(
            name: "failure records the problem",
            given: [], event: .requestFailed(.logs, .serverError(503), at: t0), changes: true,
            then: { store in
                store.health.problem == .serverError(503) && store.health.problemResource == .logs
                    && store.health.failingSince == t0 && store.health.consecutiveFailures == 1
            }),
        StoreCase(
            name: "repeated failure keeps when the failing began",
            given: [.requestFailed(.logs, .serverError(503), at: t0)],
            event: .requestFailed(.logs, .unreachable("reset"), at: t1), changes: true,
            then: { $0.health.failingSince == t0 && $0.health.consecutiveFailures == 2 }),
        StoreCase(
            name: "success clears the problem", given: [.requestFailed(.job, .notFound, at: t0)],
            event: .requestSucceeded(.job, latency: 0.1, at: t1), changes: true,
            then: { store in
                store.health.problem == nil && store.health.failingSince == nil && store.health.consecutiveFailures == 0
            }),
        // A request left unanswered past the poller's threshold
        StoreCase(
            name: "a pending request is recorded with when it was sent", given: [],
            event: .requestPending(.metrics, since: t0), changes: true,
            then: { $0.health.pendingRequest == PendingRequest(resource: .metrics, since: t0) }),
        StoreCase(
            name: "the same pending request again changes nothing", given: [.requestPending(.metrics, since: t0)],
            event: .requestPending(.metrics, since: t0), changes: false,
            then: { $0.health.pendingRequest == PendingRequest(resource: .metrics, since: t0) }),
        StoreCase(
            name: "an older pending request replaces the one held", given: [.requestPending(.metrics, since: t1)],
            event: .requestPending(.jobList, since: t0), changes: true,
            then: { $0.health.pendingRequest == PendingRequest(resource: .jobList, since: t0) }),
        StoreCase(
            name: "the answer to the pending request clears it and redraws",
            given: [.requestSucceeded(.metrics, latency: 0.1, at: t0), .requestPending(.metrics, since: t0)],
            event: .requestSucceeded(.metrics, latency: 6, at: t1), changes: true,
            then: { $0.health.pendingRequest == nil && $0.health.lastLatency == 6 }),
        StoreCase(
            name: "an answer for another resource leaves the pending request",
            given: [.requestSucceeded(.metrics, latency: 0.1, at: t0), .requestPending(.jobList, since: t0)],
            event: .requestSucceeded(.metrics, latency: 0.1, at: t1), changes: false,
            then: { $0.health.pendingRequest == PendingRequest(resource: .jobList, since: t0) }),
        StoreCase(
            name: "the failure of the pending request replaces it with the problem",
            given: [.requestPending(.jobList, since: t0)],
            event: .requestFailed(.jobList, .unreachable("timed out"), at: t1), changes: true,
            then: { store in
                store.health.pendingRequest == nil && store.health.problem == .unreachable("timed out")
            }),
        StoreCase(
            name: "a failure of another resource leaves the pending request",
            given: [.requestPending(.jobList, since: t0)],
            event: .requestFailed(.logs, .serverError(503), at: t1), changes: true,
            then: { $0.health.pendingRequest == PendingRequest(resource: .jobList, since: t0) }),
        StoreCase(
            name: "nothing pending any more clears the pending request", given: [.requestPending(.job, since: t0)],
            event: .noRequestPending, changes: true, then: { $0.health.pendingRequest == nil }),
        StoreCase(
            name: "nothing pending while nothing was pending changes nothing", given: [],
            event: .noRequestPending, changes: false, then: { $0.health.pendingRequest == nil }),
        // Smoothing
        StoreCase(
            name: "same smoothing weight changes nothing", given: [metrics(1...5)], event: .setSmoothing(0.6),
            changes: false, then: { $0.smoothingWeight == 0.6 }),
        StoreCase(
            name: "new smoothing weight recomputes every series", given: [metrics(1...50, series: ["loss", "lr"])],
            event: .setSmoothing(0), changes: true,
            then: { store in
                store.smoothingWeight == 0
                    && store.detail(id)?.metrics.values.allSatisfy {
                        $0.smoothingWeight == 0 && $0.smoothed == $0.values.map { Float($0) }
                    } == true
            }),
        StoreCase(
            name: "series created after a weight change use it", given: [.setSmoothing(0.9)], event: metrics(1...3),
            changes: true, then: { loss($0)?.smoothingWeight == 0.9 }),
    ]

    @Test(arguments: cases)
    func applyingAnEvent(_ row: StoreCase) {
        var store = DataStore()
        for event in row.given { store.apply(event) }
        let revision = store.revision
        let changed = store.apply(row.event)
        #expect(changed == row.changes)
        #expect(store.revision == revision + (row.changes ? 1 : 0))
        #expect(row.then(store))
    }

    @Test func everyEventCaseIsCoveredByTheTable() {
        func caseName(_ event: StoreEvent) -> String {
            switch event {
            case .jobList: "jobList"
            case .job: "job"
            case .metrics: "metrics"
            case .logs: "logs"
            case .events: "events"
            case .result: "result"
            case .artifacts: "artifacts"
            case .requestSucceeded: "requestSucceeded"
            case .requestFailed: "requestFailed"
            case .requestPending: "requestPending"
            case .noRequestPending: "noRequestPending"
            case .setSmoothing: "setSmoothing"
            }
        }
        let covered = Set(Self.cases.map { caseName($0.event) })
        #expect(covered.count == 12)
    }

    @Test func sameEventsGiveTheSameStore() {
        let events: [StoreEvent] = [
            .job(Self.summary(), at: Self.t0), Self.metrics(1...20), Self.logs([1, 2, 3]),
            .events(Self.id, [Self.event("running", at: 5)]),
        ]
        var first = DataStore()
        var second = DataStore()
        for event in events {
            first.apply(event)
            second.apply(event)
        }
        #expect(first.revision == second.revision)
        #expect(Self.loss(first)?.values == Self.loss(second)?.values)
        #expect(first.detail(Self.id)?.logs.lines == second.detail(Self.id)?.logs.lines)
    }

    @Test func logCapacityIsPassedToEveryJob() {
        var store = DataStore(logCapacity: 2)
        store.apply(Self.logs([1, 2, 3, 4]))
        #expect(store.detail(Self.id)?.logs.lines.map(\.seq) == [3, 4])
        #expect(store.detail(Self.id)?.logs.evictedCount == 2)
    }

    @Test func seriesNamesPutPreferredOnesFirst() {
        var store = DataStore()
        store.apply(Self.metrics(1...2, series: ["zeta", "lr", "loss", "alpha", "val_loss"]))
        #expect(store.detail(Self.id)?.seriesNames == ["loss", "lr", "alpha", "zeta"])
        #expect(store.detail(Self.id)?.latestStep == 2)
    }
}
