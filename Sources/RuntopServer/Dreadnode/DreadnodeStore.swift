import Foundation
import GRDB
import RuntopWire

/// Reads and writes what the Dreadnode dialect needs on top of the shared job registry.
struct DreadnodeStore: Sendable {
    let registry: JobRegistry

    /// Submits a validated create body and records its dialect fields, both committed before returning.
    func create(_ submission: DreadnodeSubmission, organization: String, workspace: String, directive: SimulationDirective?)
        async throws -> DreadnodeJobView
    {
        let (job, _) = try await registry.submit(submission.specification, directive: directive)
        let body = JSONValue.object(submission.fields).compactJSON
        try await registry.pool.write { database in
            try database.execute(
                sql: "INSERT OR REPLACE INTO dreadnode_job (job_id, organization, workspace, body) VALUES (?, ?, ?, ?)",
                arguments: [job.id, organization, workspace, body])
        }
        return DreadnodeJobView(
            job: job, fields: submission.fields, organization: organization, workspace: workspace)
    }

    /// Every job as a dialect view, newest first.
    func list(organization: String, workspace: String) async throws -> [DreadnodeJobView] {
        let jobs = try await registry.list()
        let extras = try await registry.pool.read { database in
            try Row.fetchAll(database, sql: "SELECT * FROM dreadnode_job").map { row -> (String, Extra) in
                (row["job_id"], Extra(organization: row["organization"], workspace: row["workspace"], body: row["body"]))
            }
        }
        let extraByJob = Dictionary(extras) { first, _ in first }
        return jobs.map { job in view(job, extra: extraByJob[job.id], organization: organization, workspace: workspace) }
    }

    /// One job as a dialect view; `notFound` when it does not exist.
    func job(id: String, organization: String, workspace: String) async throws -> DreadnodeJobView {
        let job: StoredJob
        do {
            job = try await registry.job(id: id)
        } catch ServerError.notFound {
            throw ServerError.notFound("Training job not found")
        }
        let extra = try await registry.pool.read { database in
            try Row.fetchOne(database, sql: "SELECT * FROM dreadnode_job WHERE job_id = ?", arguments: [id]).map {
                Extra(organization: $0["organization"], workspace: $0["workspace"], body: $0["body"])
            }
        }
        return view(job, extra: extra, organization: organization, workspace: workspace)
    }

    /// The job's metric rows and checkpoint steps (for the embedded metrics and artifacts).
    func telemetry(id: String) async throws -> (points: [MetricRow], checkpoints: [Int]) {
        try await registry.pool.read { database in
            let points = try Row.fetchAll(
                database,
                sql: """
                    SELECT step, phase, loss, lr FROM metric_point WHERE job_id = ?
                    ORDER BY step, CASE phase WHEN 'train' THEN 0 ELSE 1 END
                    """,
                arguments: [id]
            ).map { MetricRow(step: $0["step"], phase: $0["phase"], loss: $0["loss"], learningRate: $0["lr"]) }
            let checkpoints = try Row.fetchAll(
                database, sql: "SELECT payload FROM event WHERE job_id = ? AND kind = 'checkpoint' ORDER BY id",
                arguments: [id]
            ).compactMap { row -> Int? in
                let text: String? = row["payload"]
                return text.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }?["step"]?.intValue
            }
            // A reclaim redoes steps after the checkpoint; a checkpoint saved twice is listed once.
            var seen = Set<Int>()
            return (points, checkpoints.filter { seen.insert($0).inserted })
        }
    }

    /// The job's console tail as structured records.
    func logs(id: String) async throws -> [DreadnodeLogEntry] {
        let page = try await registry.logs(id: id, since: 0)
        return page.lines.map { line in
            let level: String
            if line.stream == "stderr" {
                let isError = line.text.hasPrefix("RuntimeError") || line.text.hasPrefix("Traceback")
                    || line.text.hasPrefix("  File")
                level = isError ? "error" : "warning"
            } else {
                level = line.text.hasPrefix("step ") ? "debug" : "info"
            }
            return DreadnodeLogEntry(
                timestamp: line.ts, level: level, message: line.text,
                data: .object(["seq": .number(Double(line.seq)), "stream": .string(line.stream)]))
        }
    }

    /// Re-queues a failed or cancelled job from the start; `conflict` otherwise.
    func retry(id: String, at time: Double = WireTimestamp.now) async throws -> StoredJob {
        let journal = registry.journal
        let secondsPerStep = registry.secondsPerStep
        return try await registry.pool.write { database in
            guard var job = try StoredJob.filter(Column("id") == id).fetchOne(database) else {
                throw ServerError.notFound("Training job not found")
            }
            guard job.status == JobStatus.failed || job.status == JobStatus.cancelled else {
                throw ServerError.conflict("Only failed or cancelled jobs can be retried (job is \(DreadnodeJobView.status(job.status)))")
            }
            var profile = try job.simulationProfile
            profile.failAtStep = nil
            profile.cancelAtStep = nil
            profile.reclaimAtStep = nil
            job.profile = String(decoding: try JSONEncoder().encode(profile), as: UTF8.self)
            try database.execute(sql: "DELETE FROM metric_point WHERE job_id = ?", arguments: [id])
            job.status = JobStatus.queued
            job.error = nil
            job.finishedAt = nil
            job.currentStep = 0
            job.lastCheckpointStep = 0
            job.nextActionAt = time + Double(profile.queueDelaySteps) * secondsPerStep
            try journal.event(JobStatus.queued, payload: ["retry": .bool(true)], job: job, at: time, in: database)
            try journal.log("Retry requested — queued for a GPU worker", job: &job, at: time, in: database)
            try job.update(database)
            return job
        }
    }

    private struct Extra: Sendable {
        var organization: String
        var workspace: String
        var body: String
    }

    private func view(_ job: StoredJob, extra: Extra?, organization: String, workspace: String) -> DreadnodeJobView {
        let fields = extra.flatMap { extra -> [String: JSONValue]? in
            if case .object(let object) = try? JSONDecoder().decode(JSONValue.self, from: Data(extra.body.utf8)) {
                return object
            }
            return nil
        }
        return DreadnodeJobView(
            job: job, fields: fields, organization: extra?.organization ?? organization,
            workspace: extra?.workspace ?? workspace)
    }
}
