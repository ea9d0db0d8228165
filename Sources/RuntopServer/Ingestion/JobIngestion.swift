import Foundation
import GRDB
import RuntopWire

/// Applies a trainer's pushes to an external job. Each call is one transaction: a batch that fails
/// anywhere (validation, a status conflict) leaves nothing behind.
struct JobIngestion: Sendable {
    /// The jobs and their writers.
    let registry: JobRegistry

    /// Stores metric points; a queued job starts running with its first points.
    func append(_ batch: MetricBatch, to id: String, at now: Double = WireTimestamp.now) async throws -> FusionJob {
        let journal = registry.journal
        let job = try await write(id) { job, database in
            if job.status == JobStatus.queued { try start(&job, at: now, journal: journal, in: database) }
            for point in batch.points {
                try database.execute(
                    sql: """
                        INSERT OR REPLACE INTO metric_point
                            (job_id, step, phase, ts, cycle, loss, lr, throughput, vram_gb, grad_norm)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        job.id, point.step, point.phase, point.time, point.cycle, point.loss, point.learningRate,
                        point.throughput, point.vramGB, point.gradientNorm,
                    ])
            }
            job.currentStep = max(job.currentStep, batch.points.map(\.step).max() ?? 0)
            job.totalSteps = max(job.totalSteps, job.currentStep)
        }
        return job.wireJob
    }

    /// Appends console lines, numbering them after the job's last line.
    func append(_ batch: LogBatch, to id: String) async throws -> FusionLogPage {
        let journal = registry.journal
        let job = try await write(id) { job, database in
            for line in batch.lines {
                try journal.log(line.text, stream: line.stream, job: &job, at: line.time, in: database)
            }
        }
        return try await registry.logs(id: id, since: job.logSequence - batch.lines.count)
    }

    /// Records events in order; status kinds move the job and are refused once it has finished.
    func append(_ batch: EventBatch, to id: String) async throws -> FusionJob {
        let journal = registry.journal
        let job = try await write(id, allowTerminal: true) { job, database in
            for event in batch.events {
                if EventBatch.statusKinds.contains(event.kind) {
                    guard !job.isTerminal else {
                        throw ServerError.conflict(
                            "events[\(event.index)]: job is already \(job.status); \(event.kind) cannot follow")
                    }
                    try apply(event, to: &job, in: database)
                } else if event.kind == "checkpoint", let step = event.payload["step"]?.intValue {
                    job.lastCheckpointStep = step
                }
                try journal.event(event.kind, payload: event.payload, job: job, at: event.time, in: database)
            }
        }
        return job.wireJob
    }

    /// Stores (or replaces) the run's result.
    func store(_ result: FusionResult) async throws -> FusionResult {
        let journal = registry.journal
        _ = try await write(result.jobID, allowTerminal: true) { _, database in
            try journal.result(result, in: database)
        }
        return result
    }

    /// Replaces the job's artifacts; a checkpoint step not yet on the timeline gets a `checkpoint` event.
    func store(_ artifacts: FusionArtifacts, at now: Double = WireTimestamp.now) async throws -> FusionArtifacts {
        let journal = registry.journal
        _ = try await write(artifacts.jobID, allowTerminal: true) { job, database in
            let body = String(decoding: try JSONEncoder().encode(artifacts), as: UTF8.self)
            try database.execute(
                sql: "INSERT OR REPLACE INTO artifact (job_id, body) VALUES (?, ?)", arguments: [job.id, body])
            let recorded = Set(
                try String.fetchAll(
                    database, sql: "SELECT payload FROM event WHERE job_id = ? AND kind = 'checkpoint'",
                    arguments: [job.id]
                ).compactMap { text in
                    (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))?["step"]?.intValue
                })
            for checkpoint in artifacts.checkpoints.sorted(by: { $0.step < $1.step })
            where !recorded.contains(checkpoint.step) {
                try journal.event(
                    "checkpoint",
                    payload: [
                        "step": .number(Double(checkpoint.step)), "name": .string(checkpoint.name),
                        "path": .string(checkpoint.path),
                    ], job: job, at: now, in: database)
            }
            job.lastCheckpointStep = max(job.lastCheckpointStep, artifacts.checkpoints.map(\.step).max() ?? 0)
        }
        return artifacts
    }

    /// The uploaded artifacts, or the checkpoints on the timeline when nothing was uploaded.
    func artifacts(id: String) async throws -> FusionArtifacts {
        _ = try await registry.job(id: id)
        return try await registry.pool.read { database in
            if let body = try String.fetchOne(
                database, sql: "SELECT body FROM artifact WHERE job_id = ?", arguments: [id]),
                let stored = try? JSONDecoder().decode(FusionArtifacts.self, from: Data(body.utf8))
            {
                return stored
            }
            var seen = Set<Int>()
            let checkpoints = try String.fetchAll(
                database, sql: "SELECT payload FROM event WHERE job_id = ? AND kind = 'checkpoint' ORDER BY id",
                arguments: [id]
            ).compactMap { text -> FusionCheckpoint? in
                guard let payload = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)),
                    let step = payload["step"]?.intValue, seen.insert(step).inserted
                else { return nil }
                let name = payload["name"]?.stringValue ?? "step-\(step)"
                return FusionCheckpoint(step: step, name: name, path: payload["path"]?.stringValue ?? "jobs/\(id)/\(name)")
            }
            return FusionArtifacts(jobID: id, checkpoints: checkpoints, refs: [:])
        }
    }

    /// Loads the job inside a write transaction, checks it accepts pushes, runs `change` and saves it.
    private func write(
        _ id: String, allowTerminal: Bool = false,
        _ change: @escaping @Sendable (inout StoredJob, Database) throws -> Void
    ) async throws -> StoredJob {
        try await registry.pool.write { database in
            guard var job = try StoredJob.filter(Column("id") == id).fetchOne(database) else {
                throw ServerError.notFound("Job not found")
            }
            guard ExternalJob.isExternal(job.hyperparamsObject) else {
                throw ServerError.conflict(
                    "Job \(id) is driven by the simulator; create it with \(ExternalJob.headerName): 1 to push to it")
            }
            guard allowTerminal || !job.isTerminal else {
                throw ServerError.conflict("Job is already \(job.status)")
            }
            try change(&job, database)
            try job.update(database)
            return job
        }
    }

    private func start(_ job: inout StoredJob, at now: Double, journal: JobJournal, in database: Database) throws {
        job.status = JobStatus.running
        job.startedAt = job.startedAt ?? now
        try journal.event(
            JobStatus.running, payload: ["attempt": .number(Double(job.retries + 1))], job: job, at: now, in: database)
    }

    private func apply(_ event: EventBatch.Event, to job: inout StoredJob, in database: Database) throws {
        switch event.kind {
        case JobStatus.running:
            job.startedAt = job.startedAt ?? event.time
        case JobStatus.reclaimed:
            let resumeStep = event.payload["resume_step"]?.intValue ?? 0
            job.retries += 1
            job.lastCheckpointStep = resumeStep
            job.currentStep = min(job.currentStep, resumeStep)
            // The next attempt redoes the steps after the checkpoint: /metrics shows the truth.
            try database.execute(
                sql: "DELETE FROM metric_point WHERE job_id = ? AND step > ?", arguments: [job.id, resumeStep])
        case JobStatus.failed:
            job.error = event.payload["error"]?.stringValue ?? event.payload["reason"]?.stringValue ?? "failed"
            job.finishedAt = event.time
        default:
            job.finishedAt = event.time
        }
        job.status = event.kind
    }
}
