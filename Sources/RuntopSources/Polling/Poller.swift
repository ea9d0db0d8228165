import Foundation
import RuntopCore

/// The polling actor: owns time for one source. It refreshes the job list, follows the selected job
/// incrementally (metrics since the newest step, logs since the newest sequence number), and turns every
/// response into a ``StoreEvent`` — never touching the UI.
///
/// At most one request per resource is in flight (each loop is sequential); responses for a job that is no
/// longer selected, or for an attempt older than the current one, are dropped; failures back off
/// exponentially with full jitter and honour Retry-After. A request left unanswered past the schedule's
/// threshold is announced as pending (``StoreEvent/requestPending(_:since:)``) until its outcome arrives.
public actor Poller {
    /// Receives every event, on the poller's executor; must be cheap (the dashboard queues it and wakes).
    public typealias Sink = @Sendable (StoreEvent) -> Void

    private let source: any JobSource
    private let schedule: PollSchedule
    private let sink: Sink
    private var listTask: Task<Void, Never>?
    private var jobTask: Task<Void, Never>?
    private var backgroundTask: Task<Void, Never>?
    /// The running jobs of the latest list, for background refreshes.
    private var runningJobs: [JobSummary] = []
    private var selected: JobID?
    private var cursors: [JobID: JobCursor] = [:]
    private var listFailures = 0
    private var jobFailures = 0
    /// The requests waited on, for saying when one goes unanswered too long.
    private var outstanding = OutstandingRequests()
    /// One timer per outstanding request, firing at the threshold; cancelled when the request ends.
    private var overdueTimers: [OutstandingRequests.Ticket: Task<Void, Never>] = [:]

    /// A poller for `source` that reports to `sink`.
    public init(source: any JobSource, schedule: PollSchedule = PollSchedule(), sink: @escaping Sink) {
        self.source = source
        self.schedule = schedule
        self.sink = sink
    }

    /// Starts the job-list loop (idempotent).
    public func start() {
        guard listTask == nil else { return }
        listTask = Task { [weak self] in await self?.runListLoop() }
        if schedule.backgroundInterval > 0 {
            backgroundTask = Task { [weak self] in await self?.runBackgroundLoop() }
        }
    }

    /// Follows `id` (or nothing); the previous job's loop stops and its late responses are dropped.
    public func select(_ id: JobID?) {
        guard id != selected else { return }
        selected = id
        jobTask?.cancel()
        jobTask = nil
        jobFailures = 0
        guard let id else { return }
        jobTask = Task { [weak self] in await self?.runJobLoop(id) }
    }

    /// Polls `id` again right away, artifacts included, when it is the selected job (an operator action just
    /// changed it); otherwise only forgets when its artifacts were fetched, so they are fetched on selection.
    public func refresh(_ id: JobID) {
        cursors[id]?.artifactsFetchedFor = nil
        guard selected == id else { return }
        jobTask?.cancel()
        jobFailures = 0
        jobTask = Task { [weak self] in await self?.runJobLoop(id) }
    }

    /// Stops every loop.
    public func stop() {
        listTask?.cancel()
        jobTask?.cancel()
        backgroundTask?.cancel()
        listTask = nil
        jobTask = nil
        backgroundTask = nil
        for timer in overdueTimers.values { timer.cancel() }
        overdueTimers.removeAll()
        if let event = outstanding.removeAll() { sink(event) }
    }

    /// The cursor held for `id`, for tests and diagnostics.
    public func cursor(for id: JobID) -> JobCursor? { cursors[id] }

    // MARK: - Loops

    private func runListLoop() async {
        while !Task.isCancelled {
            let delay: Double
            let ticket = beginWatching(.jobList)
            do {
                let (jobs, latency) = try await timed { try await source.listJobs() }
                let now = Date()
                for job in jobs { cursors[job.id, default: JobCursor()].noteAttempt(of: job) }
                runningJobs = jobs.filter { $0.status == .running }
                sink(.requestSucceeded(.jobList, latency: latency, at: now))
                sink(.jobList(jobs, at: now))
                listFailures = 0
                delay = schedule.listInterval
            } catch {
                listFailures += 1
                delay = report(error, resource: .jobList, failures: listFailures)
            }
            endWatching(ticket, outcomeReported: true)
            await sleep(seconds: delay)
        }
    }

    /// Refreshes the metrics of running jobs that are not selected, slowly, so the job list can show their
    /// loss. Failures here are not reported: the list loop already says when the source is unwell.
    private func runBackgroundLoop() async {
        while !Task.isCancelled {
            await sleep(seconds: schedule.backgroundInterval)
            for job in runningJobs.prefix(schedule.maximumBackgroundJobs) where job.id != selected {
                guard !Task.isCancelled else { return }
                let since = cursors[job.id]?.metricsStep
                let attempt = cursors[job.id]?.attempt ?? job.retries
                guard let delta = try? await source.metrics(job.id, sinceStep: since, attempt: attempt),
                    cursors[job.id]?.attempt ?? attempt == attempt
                else { continue }
                if let newest = delta.series.values.compactMap({ $0.map(\.step).max() }).max() {
                    cursors[job.id, default: JobCursor()].metricsStep = max(since ?? Int.min, newest)
                }
                if delta.sampleCount > 0 { sink(.metrics(job.id, delta, at: Date())) }
            }
        }
    }

    private func runJobLoop(_ id: JobID) async {
        while !Task.isCancelled, selected == id {
            let delay: Double
            do {
                let finished = try await refreshSelectedJob(id)
                jobFailures = 0
                delay = finished ? schedule.finishedJobInterval : schedule.selectedJobInterval
            } catch is CancellationError {
                return
            } catch let failure as ResourceFailure {
                delay = failure.backoff
            } catch {
                return
            }
            await sleep(seconds: delay)
        }
    }

    /// One pass over the selected job; returns true when the job is finished and fully fetched.
    private func refreshSelectedJob(_ id: JobID) async throws -> Bool {
        // 1. The job itself: state, retries (a reclaim resets the metrics cursor).
        let job = try await request(.job, for: id) { try await source.job(id) }
        var cursor = cursors[id] ?? JobCursor()
        cursor.noteAttempt(of: job)
        cursors[id] = cursor
        sink(.job(job, at: Date()))

        // 2. Metrics since the newest step held, page after page while the server says more is waiting.
        var pages = 0
        while pages < schedule.maximumCatchUpPages {
            pages += 1
            let since = cursors[id]?.metricsStep
            let attempt = cursors[id]?.attempt ?? 0
            let delta = try await request(.metrics, for: id) {
                try await source.metrics(id, sinceStep: since, attempt: attempt)
            }
            // Dropped if a reclaim was noticed while the request was in flight.
            guard cursors[id]?.attempt == attempt else { break }
            let newest = delta.series.values.compactMap { $0.map(\.step).max() }.max()
            if let newest { cursors[id]?.metricsStep = max(since ?? Int.min, newest) }
            if delta.sampleCount > 0 || delta.latestStep != nil { sink(.metrics(id, delta, at: Date())) }
            guard let newest, let latest = delta.latestStep, latest > newest else { break }
        }

        // 3. Logs since the newest sequence number held.
        pages = 0
        while pages < schedule.maximumCatchUpPages {
            pages += 1
            let since = cursors[id]?.logSeq
            let delta = try await request(.logs, for: id) { try await source.logs(id, sinceSeq: since) }
            let newest = delta.lines.map(\.seq).max()
            if let newest { cursors[id]?.logSeq = max(since ?? Int.min, newest) }
            if !delta.lines.isEmpty { sink(.logs(id, delta, at: Date())) }
            guard let newest, let latest = delta.latestSeq, latest > newest else { break }
        }

        // 4. The timeline.
        let events = try await request(.events, for: id) { try await source.events(id) }
        sink(.events(id, events))

        // 5. Artifacts when the job's state changed since they were fetched.
        let artifactsKey = JobCursor.ArtifactsKey(
            status: job.status, retries: job.retries, lastCheckpointStep: job.lastCheckpointStep)
        if cursors[id]?.artifactsFetchedFor != artifactsKey {
            let artifacts = try await request(.artifacts, for: id) { try await source.artifacts(id, job: job) }
            cursors[id]?.artifactsFetchedFor = artifactsKey
            sink(.artifacts(id, artifacts))
        }

        // 6. The result, once the job has finished.
        if job.status.isTerminal, cursors[id]?.hasResult != true {
            if let result = try await request(.result, for: id, { try await source.result(id) }) {
                cursors[id]?.hasResult = true
                sink(.result(id, result))
            } else if job.status != .succeeded {
                // Failed and cancelled runs may never have a result.
                cursors[id]?.hasResult = true
            }
        }
        return job.status.isTerminal && cursors[id]?.hasResult == true
    }

    // MARK: - Helpers

    /// A selected job's request failed and was reported; the loop waits `backoff` seconds before the next pass.
    private struct ResourceFailure: Error {
        var backoff: Double
    }

    /// Runs one request for the selected job, reporting its success or failure; throws CancellationError when
    /// the job was deselected meanwhile (its response is stale) and ``ResourceFailure`` when it failed.
    private func request<Value: Sendable>(
        _ resource: SourceResource, for id: JobID, _ body: () async throws -> Value
    ) async throws -> Value {
        let ticket = beginWatching(resource)
        let outcome: (Value, Double)
        do {
            outcome = try await timed(body)
        } catch {
            if selected != id || Task.isCancelled {
                endWatching(ticket, outcomeReported: false)
                throw CancellationError()
            }
            jobFailures += 1
            let backoff = report(error, resource: resource, failures: jobFailures)
            endWatching(ticket, outcomeReported: true)
            throw ResourceFailure(backoff: backoff)
        }
        if selected != id || Task.isCancelled {
            endWatching(ticket, outcomeReported: false)
            throw CancellationError()
        }
        sink(.requestSucceeded(resource, latency: outcome.1, at: Date()))
        endWatching(ticket, outcomeReported: true)
        return outcome.0
    }

    /// Notes a request about to be sent and arms its timer: past the threshold, it is announced as pending.
    private func beginWatching(_ resource: SourceResource) -> OutstandingRequests.Ticket {
        let ticket = outstanding.begin(resource, at: Date())
        let threshold = schedule.pendingRequestThreshold
        guard threshold > 0 else { return ticket }
        overdueTimers[ticket] = Task { [weak self] in
            try? await Task.sleep(for: .milliseconds(Int(threshold * 1000)))
            guard !Task.isCancelled else { return }
            await self?.noteOverdue(ticket)
        }
        return ticket
    }

    private func noteOverdue(_ ticket: OutstandingRequests.Ticket) {
        overdueTimers[ticket] = nil
        if let event = outstanding.markOverdue(ticket) { sink(event) }
    }

    /// Ends the watch on a request, after its outcome (if any) was sent: the store hears which request, if any,
    /// still waits past the threshold.
    private func endWatching(_ ticket: OutstandingRequests.Ticket, outcomeReported: Bool) {
        overdueTimers.removeValue(forKey: ticket)?.cancel()
        if let event = outstanding.end(ticket, outcomeReported: outcomeReported) { sink(event) }
    }

    private func report(_ error: any Error, resource: SourceResource, failures: Int) -> Double {
        let sourceError = error as? SourceError ?? .transport(String(describing: error))
        sink(.requestFailed(resource, sourceError.problem, at: Date()))
        return schedule.backoff(afterFailures: failures, retryAfter: sourceError.retryAfter) {
            Double.random(in: $0)
        }
    }

    private func timed<Value>(_ body: () async throws -> Value) async throws -> (Value, Double) {
        let start = ContinuousClock.now
        let value = try await body()
        let elapsed = ContinuousClock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    private func sleep(seconds: Double) async {
        try? await Task.sleep(for: .milliseconds(Int(max(0.01, seconds) * 1000)))
    }
}
