import Foundation

/// The view-model store: every job and its data as merged from source deltas.
///
/// ``apply(_:)`` is the only way it changes. It is a pure function of the events applied, in order, so the
/// same events always give the same store; ``revision`` moves whenever something visible changed.
public struct DataStore: Sendable {
    /// Jobs in the order the server lists them (newest first for Fusion).
    public private(set) var jobs: [JobSummary] = []
    public private(set) var details: [JobID: JobDetail] = [:]
    public private(set) var health = SourceHealth()
    /// Increases with every change worth redrawing.
    public private(set) var revision = 0
    /// Log lines held per job before the oldest are evicted.
    public let logCapacity: Int
    public private(set) var smoothingWeight: Double
    private var indexByID: [JobID: Int] = [:]

    /// Creates an empty store.
    public init(logCapacity: Int = 50_000, smoothingWeight: Double = 0.6) {
        self.logCapacity = logCapacity
        self.smoothingWeight = smoothingWeight
    }

    /// The list row of `id`, if the job is known.
    public func job(_ id: JobID) -> JobSummary? { indexByID[id].map { jobs[$0] } }

    /// The detail of `id`, if any data for it has arrived.
    public func detail(_ id: JobID) -> JobDetail? { details[id] }

    /// Merges one event; returns true when the store changed.
    @discardableResult
    public mutating func apply(_ event: StoreEvent) -> Bool {
        let changed: Bool
        switch event {
        case .jobList(let list, _):
            changed = replaceJobList(list)
        case .job(let summary, _):
            changed = upsert(summary)
        case .metrics(let id, let delta, let now):
            changed = mergeMetrics(delta, into: id, now: now)
        case .logs(let id, let delta, let now):
            changed = mutateDetail(id) { detail in
                let floorBefore = detail.logs.floorSeq
                let added = detail.logs.merge(delta.lines.map(Self.sanitized), since: delta.sinceSeq)
                if added > 0 { detail.lastDataAt = now }
                return added > 0 || detail.logs.floorSeq != floorBefore
            }
        case .events(let id, let events):
            changed = mutateDetail(id) { $0.mergeEvents(events.map(Self.sanitized)) > 0 }
        case .result(let id, let result):
            changed = mutateDetail(id) { detail in
                guard detail.result != result else { return false }
                detail.result = result
                return true
            }
        case .artifacts(let id, let artifacts):
            changed = mutateDetail(id) { detail in
                let clean = Self.sanitized(artifacts)
                guard detail.artifacts != clean else { return false }
                detail.artifacts = clean
                return true
            }
        case .requestSucceeded(let resource, let latency, let now):
            let before = health
            health.lastSuccessAt = now
            health.lastLatency = latency
            if health.pendingRequest?.resource == resource { health.pendingRequest = nil }
            if health.problem != nil {
                health.problem = nil
                health.problemResource = nil
                health.failingSince = nil
                health.consecutiveFailures = 0
            }
            // Latency and the success time are shown in the status bar, but only a change of problem (or an
            // answer to the request the bar says is waiting) is a reason to redraw by itself; the clock tick
            // redraws ages.
            changed = before.problem != health.problem || before.pendingRequest != health.pendingRequest
        case .requestFailed(let resource, let problem, let now):
            let before = health
            if health.problem == nil { health.failingSince = now }
            health.problem = problem
            health.problemResource = resource
            health.consecutiveFailures += 1
            // The failure ends the wait: the bar turns from "no answer" to what went wrong.
            if health.pendingRequest?.resource == resource { health.pendingRequest = nil }
            changed = before != health
        case .requestPending(let resource, let since):
            let pending = PendingRequest(resource: resource, since: since)
            guard health.pendingRequest != pending else { return false }
            health.pendingRequest = pending
            changed = true
        case .noRequestPending:
            guard health.pendingRequest != nil else { return false }
            health.pendingRequest = nil
            changed = true
        case .setSmoothing(let weight):
            guard weight != smoothingWeight else { return false }
            smoothingWeight = weight
            for id in details.keys {
                for name in details[id]!.metrics.keys { details[id]!.metrics[name]!.setSmoothing(weight: weight) }
            }
            changed = true
        }
        if changed { revision &+= 1 }
        return changed
    }

    // MARK: - Jobs

    private mutating func replaceJobList(_ list: [JobSummary]) -> Bool {
        var seen = Set<JobID>()
        var clean = list.filter { seen.insert($0.id).inserted }.map(Self.sanitized)
        for index in clean.indices {
            // Retries only grow: a row reporting fewer than the held one comes from an older response.
            if let held = job(clean[index].id), held.retries > clean[index].retries { clean[index] = held }
        }
        var reclaimed = false
        for summary in clean where noteAttempt(of: summary) { reclaimed = true }
        guard clean != jobs else { return reclaimed }
        jobs = clean
        indexByID = Dictionary(uniqueKeysWithValues: jobs.enumerated().map { ($1.id, $0) })
        return true
    }

    private mutating func upsert(_ summary: JobSummary) -> Bool {
        let clean = Self.sanitized(summary)
        if let held = job(clean.id), held.retries > clean.retries { return false }
        let reclaimed = noteAttempt(of: clean)
        if let index = indexByID[clean.id] {
            guard jobs[index] != clean else { return reclaimed }
            jobs[index] = clean
        } else {
            // A job seen before the list mentions it (selected by id): newest first, so in front.
            jobs.insert(clean, at: 0)
            indexByID = Dictionary(uniqueKeysWithValues: jobs.enumerated().map { ($1.id, $0) })
        }
        return true
    }

    /// Applies a reclaim when `summary` reports more retries than the held metrics belong to: the new attempt
    /// resumes from the last durable checkpoint, so samples after it are dropped and fetched again.
    @discardableResult
    private mutating func noteAttempt(of summary: JobSummary) -> Bool {
        guard summary.retries > 0, var detail = details.removeValue(forKey: summary.id) else { return false }
        defer { details[summary.id] = detail }
        let resume = summary.lastCheckpointStep ?? 0
        if summary.retries > detail.attempt {
            var dropped = 0
            for name in detail.metrics.keys { dropped += detail.metrics[name]!.truncate(after: resume) }
            detail.attempt = summary.retries
            detail.resumeSteps[summary.retries] = resume
            detail.serverLatestStep = nil
            return dropped > 0
        }
        if summary.retries == detail.attempt, detail.resumeSteps[detail.attempt] == nil {
            // The attempt was first announced by a delta; its resume step is learnt now.
            detail.resumeSteps[detail.attempt] = resume
        }
        return false
    }

    // MARK: - Details

    private mutating func mergeMetrics(_ delta: MetricsDelta, into id: JobID, now: Date) -> Bool {
        var detail = details.removeValue(forKey: id) ?? newDetail(for: id)
        defer { details[id] = detail }
        var changed = false
        var series = delta.series
        if delta.attempt < detail.attempt {
            // Samples up to the checkpoint the current attempt resumed from are still true; later ones are not.
            let bound = detail.validThroughStep(ofAttempt: delta.attempt)
            var droppedAny = false
            for (name, samples) in series {
                let kept = bound.map { bound in samples.filter { $0.step <= bound } } ?? []
                if kept.count < samples.count { droppedAny = true }
                series[name] = kept
            }
            if droppedAny { detail.droppedStaleDeltas += 1 }
        } else if delta.attempt > detail.attempt {
            // A delta announced the new attempt before its job summary did.
            let known = job(id).flatMap { $0.retries == delta.attempt ? $0.lastCheckpointStep ?? 0 : nil }
            let cut = known ?? delta.sinceStep ?? job(id)?.lastCheckpointStep ?? 0
            for name in detail.metrics.keys where detail.metrics[name]!.truncate(after: cut) > 0 { changed = true }
            detail.attempt = delta.attempt
            detail.serverLatestStep = nil
            if let known { detail.resumeSteps[delta.attempt] = known }
        }
        let previousLatest = detail.latestStep
        var added = 0
        for (name, samples) in series where !samples.isEmpty {
            let outcome = detail.metrics[name, default: MetricSeries(smoothingWeight: smoothingWeight)]
                .mergeCountingChanges(samples)
            added += outcome.added
            if outcome.added > 0 || outcome.replaced > 0 { changed = true }
        }
        // Within one attempt the server's latest step only grows: an older response cannot move it back.
        if delta.attempt == detail.attempt, let latest = delta.latestStep, latest > (detail.serverLatestStep ?? .min) {
            detail.serverLatestStep = latest
            changed = true
        }
        if added > 0 { detail.lastDataAt = now }
        if let newLatest = detail.latestStep, newLatest > (previousLatest ?? Int.min) {
            detail.lastStepAdvanceAt = now
        }
        return changed
    }

    /// An empty detail that starts at the attempt the job's row reports, so a stale delta cannot pass for
    /// current data just because it is the first to arrive.
    private func newDetail(for id: JobID) -> JobDetail {
        var detail = JobDetail(logCapacity: logCapacity)
        if let row = job(id), row.retries > 0 {
            detail.attempt = row.retries
            detail.resumeSteps[row.retries] = row.lastCheckpointStep ?? 0
        }
        return detail
    }

    private mutating func mutateDetail(_ id: JobID, _ body: (inout JobDetail) -> Bool) -> Bool {
        var detail = details.removeValue(forKey: id) ?? newDetail(for: id)
        let changed = body(&detail)
        details[id] = detail
        return changed
    }

    // MARK: - Sanitising untrusted text

    static func sanitized(_ summary: JobSummary) -> JobSummary {
        var clean = summary
        clean.name = TextSanitizer.sanitize(summary.name)
        clean.kind = TextSanitizer.sanitize(summary.kind)
        clean.model = summary.model.map(TextSanitizer.sanitize)
        clean.outputModel = summary.outputModel.map(TextSanitizer.sanitize)
        clean.error = summary.error.map(TextSanitizer.sanitize)
        return clean
    }

    static func sanitized(_ line: LogLine) -> LogLine {
        var clean = line
        clean.text = TextSanitizer.sanitize(line.text)
        clean.stream = TextSanitizer.sanitize(line.stream)
        clean.payload = line.payload.map(TextSanitizer.sanitize)
        return clean
    }

    static func sanitized(_ event: JobEvent) -> JobEvent {
        var clean = event
        clean.kind = TextSanitizer.sanitize(event.kind)
        clean.payload = TextSanitizer.sanitize(event.payload)
        clean.fields = event.fields.mapValues(TextSanitizer.sanitize)
        return clean
    }

    static func sanitized(_ artifacts: JobArtifacts) -> JobArtifacts {
        func clean(_ ref: LabelledRef) -> LabelledRef {
            LabelledRef(label: TextSanitizer.sanitize(ref.label), value: TextSanitizer.sanitize(ref.value))
        }
        var result = artifacts
        result.refs = artifacts.refs.map(clean)
        result.internalFields = artifacts.internalFields.map(clean)
        result.outputModel = artifacts.outputModel.map(TextSanitizer.sanitize)
        result.checkpoints = artifacts.checkpoints.map { checkpoint in
            var copy = checkpoint
            copy.name = TextSanitizer.sanitize(checkpoint.name)
            copy.path = TextSanitizer.sanitize(checkpoint.path)
            return copy
        }
        return result
    }
}
