import Foundation
import Testing

@testable import RuntopCore

/// Random client histories against a random server truth: whatever the network did to the responses, the
/// store must equal the truth after a final complete catch-up.
@Suite struct StoreConvergenceTests {
    /// A request the simulated poller issued: its response (computed when issued) and when it arrives.
    struct InFlight {
        enum Response {
            case job(JobSummary)
            case metrics(MetricsDelta)
            case logs(LogDelta)
            case events([JobEvent])
        }

        var arrivesAt: Int
        var order: UInt64
        var response: Response
    }

    /// The poller's side: cursors per resource, advanced when responses arrive (so concurrent requests overlap),
    /// and the attempt it believes current.
    struct SimulatedPoller {
        var attempt = 0
        var metricsCursor: Int?
        var logCursor = 0

        /// Processes one arrived response and returns the store event the poller yields for it.
        mutating func receive(_ response: InFlight.Response) -> StoreEvent {
            let now = Date(timeIntervalSince1970: 0)
            switch response {
            case .job(let summary):
                if summary.retries > attempt {
                    attempt = summary.retries
                    metricsCursor = metricsCursor.map { min($0, summary.lastCheckpointStep ?? 0) }
                }
                return .job(summary, at: now)
            case .metrics(let delta):
                // A response for an older attempt never moves the cursor; the store still sees it (defence in depth).
                if delta.attempt == attempt, let newest = delta.series.values.compactMap({ $0.last?.step }).max() {
                    metricsCursor = max(metricsCursor ?? .min, newest)
                }
                return .metrics(SimulatedControlPlane.jobID, delta, at: now)
            case .logs(let delta):
                if let newest = delta.lines.last?.seq { logCursor = max(logCursor, newest) }
                return .logs(SimulatedControlPlane.jobID, delta, at: now)
            case .events(let events):
                return .events(SimulatedControlPlane.jobID, events)
            }
        }
    }

    /// Runs one random history and returns the server and the caught-up store.
    ///
    /// With `lateJobEvents`, the poller acts on a job response at once (new attempt, cursor reset) but the
    /// store receives the `.job` event one to six ticks later, after deltas of the new attempt: the store must
    /// then learn the reclaim from the deltas themselves.
    static func run(seed: UInt64, lateJobEvents: Bool = false)
        -> (server: SimulatedControlPlane, store: DataStore, stats: [String: Int])
    {
        var random = SeededGenerator(seed: seed)
        var server = SimulatedControlPlane(logTailCapacity: Int.random(in: 20...200, using: &random))
        var poller = SimulatedPoller()
        var store = DataStore(logCapacity: 1_000_000)
        var inFlight: [InFlight] = []
        var lateEvents: [(arrivesAt: Int, event: StoreEvent)] = []
        var order: UInt64 = 0
        var stats: [String: Int] = [:]
        let ticks = Int.random(in: 10...80, using: &random)
        let maximumReclaims = Int.random(in: 0...2, using: &random)

        func deliver(_ response: InFlight.Response) {
            let heldAttempt = store.detail(SimulatedControlPlane.jobID)?.attempt ?? 0
            if case .metrics(let delta) = response, delta.attempt < heldAttempt {
                stats["staleDeltas", default: 0] += 1
            }
            if case .metrics(let delta) = response, delta.attempt > heldAttempt, delta.sampleCount > 0 {
                stats["deltasAheadOfTheirJob", default: 0] += 1
            }
            let event = poller.receive(response)
            if lateJobEvents, case .job = event, let tick = currentTick {
                lateEvents.append((tick + Int.random(in: 1...6, using: &random), event))
                return
            }
            store.apply(event)
        }
        var currentTick: Int? = 0

        for tick in 0..<ticks {
            currentTick = tick
            for late in lateEvents where late.arrivesAt <= tick { store.apply(late.event) }
            lateEvents.removeAll { $0.arrivesAt <= tick }
            server.advance(using: &random)
            if server.retries < maximumReclaims, random.chance(0.04) { server.reclaim() }
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let response: InFlight.Response
                switch Int.random(in: 0..<4, using: &random) {
                case 0: response = .job(server.summary)
                case 1: response = .metrics(server.metricsPage(since: poller.metricsCursor, attempt: poller.attempt))
                case 2: response = .logs(server.logsPage(since: poller.logCursor))
                default:
                    let known = Int.random(in: 0...server.events.count, using: &random)
                    response = .events(Array(server.events.prefix(known)))
                }
                if random.chance(0.15) {
                    // Failed: nothing arrives, the cursor stays, and a later request asks again.
                    store.apply(.requestFailed(.metrics, .serverError(503), at: Date()))
                    stats["failed", default: 0] += 1
                    continue
                }
                order += 1
                let arrival = tick + Int.random(in: 0...4, using: &random)
                inFlight.append(InFlight(arrivesAt: arrival, order: order, response: response))
                if random.chance(0.1) {
                    order += 1
                    inFlight.append(
                        InFlight(arrivesAt: tick + Int.random(in: 0...6, using: &random), order: order, response: response))
                    stats["duplicated", default: 0] += 1
                }
            }
            // Responses that arrive this tick, in a random order.
            let arriving = inFlight.filter { $0.arrivesAt <= tick }.shuffled(using: &random)
            inFlight.removeAll { $0.arrivesAt <= tick }
            for flight in arriving { deliver(flight.response) }
        }
        for flight in inFlight.shuffled(using: &random) { deliver(flight.response) }
        currentTick = nil
        for late in lateEvents.shuffled(using: &random) { store.apply(late.event) }

        // The final complete catch-up: the job, then metrics and logs page by page, then the timeline.
        deliver(.job(server.summary))
        while true {
            let page = server.metricsPage(since: poller.metricsCursor, attempt: poller.attempt)
            deliver(.metrics(page))
            if page.sampleCount == 0 { break }
        }
        while true {
            let page = server.logsPage(since: poller.logCursor)
            deliver(.logs(page))
            if page.lines.isEmpty { break }
        }
        deliver(.events(server.events))
        stats["reclaims"] = server.retries
        return (server, store, stats)
    }

    @Test(arguments: 0..<400)
    func storeConvergesToTheServerTruth(seed: Int) throws {
        try Self.expectConverged(Self.run(seed: UInt64(seed)))
    }

    @Test(arguments: 0..<400)
    func storeConvergesWhenJobEventsLagBehindDeltas(seed: Int) throws {
        try Self.expectConverged(Self.run(seed: UInt64(seed) &+ 10_000, lateJobEvents: true))
    }

    static func expectConverged(
        _ outcome: (server: SimulatedControlPlane, store: DataStore, stats: [String: Int])
    ) throws {
        let (server, store, _) = outcome
        let id = SimulatedControlPlane.jobID
        #expect(store.job(id) == server.summary)
        let detail = try #require(store.detail(id))
        if server.rows.isEmpty == false { #expect(detail.attempt == server.retries) }

        // Metrics: every series equals the truth keyed by step, bit for bit (NaN included).
        let truth = server.truthSeries()
        for name in Set(truth.keys).union(detail.metrics.keys) {
            let expected = truth[name] ?? []
            let series = detail.metrics[name]
            #expect((series?.steps ?? []) == expected.map(\.step), "series \(name)")
            #expect((series?.values ?? []).map(\.bitPattern) == expected.map(\.value.bitPattern), "series \(name)")
        }
        if let maxStep = truth.values.compactMap({ $0.last?.step }).max() {
            #expect(detail.serverLatestStep == maxStep)
        }

        // Logs: every held line is the truth's, sanitised; the server's final tail is all held; every seq
        // from the first to the last is either held or reported in a gap.
        let lines = detail.logs.lines
        for line in lines {
            let original = server.logs[line.seq - 1]
            #expect(line.text == TextSanitizer.sanitize(original.text) && line.stream == original.stream)
        }
        let held = Set(lines.map(\.seq))
        #expect(held.count == lines.count)
        for line in server.logs.suffix(server.logTailCapacity) { #expect(held.contains(line.seq)) }
        let reportedMissing = detail.logs.gaps.reduce(0) { $0 + $1.count }
        #expect(reportedMissing + lines.count == server.logs.count)

        // Events: the whole timeline, once each, in time order.
        #expect(detail.events == server.events)
    }

    @Test func historiesExerciseEveryHazard() {
        var totals: [String: Int] = [:]
        for seed in 0..<100 {
            for (key, value) in Self.run(seed: UInt64(seed)).stats { totals[key, default: 0] += value }
            for (key, value) in Self.run(seed: UInt64(seed) &+ 10_000, lateJobEvents: true).stats {
                totals["late " + key, default: 0] += value
            }
        }
        print("hazards over 100 histories:", totals.sorted { $0.key < $1.key })
        #expect(totals["failed", default: 0] > 500)
        #expect(totals["duplicated", default: 0] > 300)
        #expect(totals["staleDeltas", default: 0] > 30)
        #expect(totals["reclaims", default: 0] > 30)
        #expect(totals["late deltasAheadOfTheirJob", default: 0] > 10)
    }
}
