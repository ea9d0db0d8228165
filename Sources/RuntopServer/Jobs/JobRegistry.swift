import Foundation
import GRDB
import RuntopWire

/// The job model behind every dialect: submission (with idempotency), reads, and cancellation.
/// Every write is committed before the call returns.
actor JobRegistry {
    /// The database, shared with the simulator.
    nonisolated let pool: DatabasePool
    /// Writes console lines and events.
    nonisolated let journal: JobJournal
    /// Mean seconds per step (sets how long a new job waits in the queue).
    nonisolated let secondsPerStep: Double
    private var random: SeededRandom

    /// A registry over `pool`; `randomSeed` makes ids and profiles reproducible.
    init(pool: DatabasePool, logTailCap: Int, secondsPerStep: Double, randomSeed: UInt64?) {
        self.pool = pool
        self.journal = JobJournal(logTailCap: logTailCap)
        self.secondsPerStep = secondsPerStep
        self.random = SeededRandom(seed: randomSeed ?? UInt64.random(in: .min ... .max))
    }

    /// Creates a job, or returns the existing one when the idempotency key was used before with the same body.
    func submit(
        _ specification: JobSpecification, directive: SimulationDirective? = nil, at time: Double = WireTimestamp.now
    ) async throws -> (job: StoredJob, created: Bool) {
        let id = random.uuidString()
        let profile = ProfileFactory.make(for: specification, directive: directive, random: &random)
        let journal = journal
        let queueDelay = Double(profile.queueDelaySteps) * secondsPerStep
        return try await pool.write { database in
            if let existing = try StoredJob.filter(Column("idempotency_key") == specification.idempotencyKey)
                .fetchOne(database)
            {
                guard existing.requestFingerprint == specification.fingerprint else {
                    throw ServerError.conflict(
                        "idempotency_key '\(specification.idempotencyKey)' was already used with a different request")
                }
                return (existing, false)
            }
            let job = try JobRegistry.insert(
                specification, id: id, profile: profile, at: time, queueDelay: queueDelay, journal: journal,
                in: database)
            return (job, true)
        }
    }

    /// Inserts a new queued job with its first event and console line.
    static func insert(
        _ specification: JobSpecification, id: String, profile: SimulationProfile, at time: Double,
        queueDelay: Double, journal: JobJournal, in database: Database
    ) throws -> StoredJob {
        let profileText = String(decoding: try JSONEncoder().encode(profile), as: UTF8.self)
        var job = StoredJob(
            ordinal: nil, id: id, type: specification.type, status: JobStatus.queued, retries: 0,
            lastCheckpointStep: 0, outputModelID: nil, createdAt: time, startedAt: nil, finishedAt: nil,
            idempotencyKey: specification.idempotencyKey, requestFingerprint: specification.fingerprint,
            baseModelID: specification.baseModelID, sourceModelID: specification.sourceModelID,
            datasetID: specification.datasetID, hyperparams: JSONValue.object(specification.hyperparams).compactJSON,
            currentStep: 0, totalSteps: specification.totalSteps, error: nil, logSequence: 0, stepsExecuted: 0,
            nextActionAt: specification.isExternal ? ExternalJob.neverDue : time + queueDelay, profile: profileText
        )
        try job.insert(database)
        try journal.event(
            JobStatus.queued,
            payload: ["type": .string(job.type), "total_steps": .number(Double(job.totalSteps))],
            job: job, at: time, in: database)
        try journal.log("Job accepted — queued for a GPU worker", job: &job, at: time, in: database)
        try job.update(database)
        return job
    }

    /// Creates a job in the past and plays it to its end at once (for demo history).
    func insertFinished(
        _ specification: JobSpecification, directive: SimulationDirective, createdAt: Double, secondsPerStep: Double
    ) async throws {
        let id = random.uuidString()
        let profile = ProfileFactory.make(for: specification, directive: directive, random: &random)
        let journal = journal
        try await pool.write { database in
            var job = try JobRegistry.insert(
                specification, id: id, profile: profile, at: createdAt,
                queueDelay: Double(profile.queueDelaySteps) * secondsPerStep, journal: journal, in: database)
            let advancer = JobAdvancer(journal: journal)
            while !job.isTerminal {
                try advancer.advance(&job, now: job.nextActionAt, secondsPerStep: secondsPerStep, in: database)
            }
        }
    }

    /// Every job, newest first.
    nonisolated func list() async throws -> [StoredJob] {
        try await pool.read { database in
            try StoredJob.order(Column("created_at").desc, Column("ordinal").desc).fetchAll(database)
        }
    }

    /// One job, or `notFound`.
    nonisolated func job(id: String) async throws -> StoredJob {
        let found = try await pool.read { database in try StoredJob.filter(Column("id") == id).fetchOne(database) }
        guard let found else { throw ServerError.notFound("Job not found") }
        return found
    }

    /// Points with step greater than `sinceStep`, in step order (train before eval at the same step).
    nonisolated func metrics(id: String, sinceStep: Int) async throws -> FusionMetricsPage {
        _ = try await job(id: id)
        return try await pool.read { database in
            let rows = try Row.fetchAll(
                database,
                sql: """
                    SELECT * FROM metric_point WHERE job_id = ? AND step > ?
                    ORDER BY step, CASE phase WHEN 'train' THEN 0 ELSE 1 END
                    """,
                arguments: [id, sinceStep])
            let latest = try Int.fetchOne(
                database, sql: "SELECT MAX(step) FROM metric_point WHERE job_id = ?", arguments: [id]) ?? 0
            let points = rows.map { row in
                FusionMetricPoint(
                    ts: WireTimestamp.format(row["ts"]), step: row["step"], cycle: row["cycle"], phase: row["phase"],
                    loss: row["loss"], lr: row["lr"], throughput: row["throughput"], vramGB: row["vram_gb"],
                    gradNorm: row["grad_norm"])
            }
            return FusionMetricsPage(jobID: id, count: points.count, latestStep: latest, points: points)
        }
    }

    /// Console lines with sequence greater than `since`, from the capped tail.
    nonisolated func logs(id: String, since: Int) async throws -> FusionLogPage {
        let job = try await job(id: id)
        return try await pool.read { database in
            let rows = try Row.fetchAll(
                database, sql: "SELECT * FROM log_line WHERE job_id = ? AND seq > ? ORDER BY seq",
                arguments: [id, since])
            let lines = rows.map { row in
                FusionLogLine(seq: row["seq"], ts: WireTimestamp.format(row["ts"]), stream: row["stream"], text: row["text"])
            }
            return FusionLogPage(jobID: id, latestSeq: max(lines.last?.seq ?? 0, job.logSequence), lines: lines)
        }
    }

    /// The job's timeline, oldest first.
    nonisolated func events(id: String) async throws -> [FusionEvent] {
        _ = try await job(id: id)
        return try await pool.read { database in
            try Row.fetchAll(database, sql: "SELECT * FROM event WHERE job_id = ? ORDER BY id", arguments: [id]).map {
                row in
                let payloadText: String? = row["payload"]
                let payload = payloadText.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
                return FusionEvent(ts: WireTimestamp.format(row["ts"]), kind: row["kind"], payload: payload)
            }
        }
    }

    /// The result of a finished run, or `notFound` until it exists.
    nonisolated func result(id: String) async throws -> FusionResult {
        _ = try await job(id: id)
        let body = try await pool.read { database in
            try String.fetchOne(database, sql: "SELECT body FROM result WHERE job_id = ?", arguments: [id])
        }
        guard let body, let result = try? JSONDecoder().decode(FusionResult.self, from: Data(body.utf8)) else {
            throw ServerError.notFound("Result not available until the job has finished")
        }
        return result
    }

    /// Cancels a job that has not finished; `conflict` when it already has.
    nonisolated func cancel(id: String, at time: Double = WireTimestamp.now) async throws -> StoredJob {
        let journal = journal
        return try await pool.write { database in
            guard var job = try StoredJob.filter(Column("id") == id).fetchOne(database) else {
                throw ServerError.notFound("Job not found")
            }
            guard !job.isTerminal else { throw ServerError.conflict("Job already \(job.status)") }
            try JobAdvancer(journal: journal).cancel(&job, now: time, reason: "Cancelled by request", in: database)
            try job.update(database)
            return job
        }
    }
}
