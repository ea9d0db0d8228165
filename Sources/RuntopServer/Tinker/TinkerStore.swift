import Foundation
import GRDB
import RuntopWire

/// Reads the shared jobs as Tinker training runs and keeps what Tinker clients change — published, expiry,
/// deletion, archive links — in the `tinker_checkpoint` and `tinker_archive_link` tables. Every write is
/// committed (synchronous, WAL) before the call returns.
struct TinkerStore: Sendable {
    let registry: JobRegistry

    /// How long an archive link stays valid: 15 minutes, as Tinker's SDK assumes when `Expires` is missing.
    static let archiveLinkLifetime: Double = 15 * 60

    /// One page of runs, newest first, and how many runs there are.
    func runs(limit: Int, offset: Int) async throws -> (runs: [TinkerRunView], total: Int) {
        try await registry.pool.read { database in
            let total = try StoredJob.fetchCount(database)
            let jobs = try StoredJob.order(Column("created_at").desc, Column("ordinal").desc)
                .limit(limit, offset: offset).fetchAll(database)
            return (try Self.views(of: jobs, in: database), total)
        }
    }

    /// Every run, newest first.
    func allRuns() async throws -> [TinkerRunView] {
        try await registry.pool.read { database in
            let jobs = try StoredJob.order(Column("created_at").desc, Column("ordinal").desc).fetchAll(database)
            return try Self.views(of: jobs, in: database, filtered: false)
        }
    }

    /// The run `trainingRunID`; `notFound` when no job has that id.
    func run(_ trainingRunID: String) async throws -> TinkerRunView {
        try await registry.pool.read { database in try Self.view(trainingRunID, in: database) }
    }

    /// Publishes (`isPublic`) or unpublishes a checkpoint; `conflict` when it already is so.
    func setPublic(_ isPublic: Bool, trainingRunID: String, checkpointID: String, now: Double) async throws {
        try await registry.pool.write { database in
            let (jobID, state) = try Self.existingCheckpoint(trainingRunID, checkpointID, now: now, in: database)
            guard state.isPublic != isPublic else {
                throw ServerError.conflict("Checkpoint is already \(isPublic ? "public" : "private")")
            }
            var changed = state
            changed.isPublic = isPublic
            try Self.save(changed, jobID: jobID, checkpointID: checkpointID, in: database)
        }
    }

    /// Makes a checkpoint expire `ttlSeconds` after `now`, or never when nil; returns the new expiry.
    @discardableResult
    func setTimeToLive(_ ttlSeconds: Int?, trainingRunID: String, checkpointID: String, now: Double) async throws
        -> Double?
    {
        try await registry.pool.write { database in
            let (jobID, state) = try Self.existingCheckpoint(trainingRunID, checkpointID, now: now, in: database)
            var changed = state
            changed.expiresAt = ttlSeconds.map { now + Double($0) }
            try Self.save(changed, jobID: jobID, checkpointID: checkpointID, in: database)
            return changed.expiresAt
        }
    }

    /// Deletes a checkpoint: it is gone from every listing, and its archive links stop working.
    func delete(trainingRunID: String, checkpointID: String, now: Double) async throws {
        try await registry.pool.write { database in
            let (jobID, _) = try Self.existingCheckpoint(trainingRunID, checkpointID, now: now, in: database)
            // Publication and expiry belong to the deleted checkpoint, not to one saved again under its name.
            try Self.save(TinkerCheckpointState(deletedAt: now), jobID: jobID, checkpointID: checkpointID, in: database)
            try database.execute(
                sql: "DELETE FROM tinker_archive_link WHERE job_id = ? AND checkpoint_id = ?",
                arguments: [jobID, checkpointID])
        }
    }

    /// A new download link for a checkpoint, valid for `archiveLinkLifetime`: its token and expiry.
    func createArchiveLink(trainingRunID: String, checkpointID: String, now: Double) async throws
        -> (token: String, expiresAt: Double)
    {
        let token = String(format: "%016llx%016llx", UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))
        let expiresAt = now + Self.archiveLinkLifetime
        try await registry.pool.write { database in
            let (jobID, _) = try Self.existingCheckpoint(trainingRunID, checkpointID, now: now, in: database)
            try database.execute(sql: "DELETE FROM tinker_archive_link WHERE expires_at <= ?", arguments: [now])
            try database.execute(
                sql: "INSERT INTO tinker_archive_link (token, job_id, checkpoint_id, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [token, jobID, checkpointID, expiresAt])
        }
        return (token, expiresAt)
    }

    /// The checkpoint an unexpired archive link points at, if it still exists; `notFound` otherwise.
    func archivedCheckpoint(token: String, now: Double) async throws -> TinkerCheckpoint {
        try await registry.pool.read { database in
            guard
                let row = try Row.fetchOne(
                    database, sql: "SELECT job_id, checkpoint_id FROM tinker_archive_link WHERE token = ? AND expires_at > ?",
                    arguments: [token, now])
            else { throw ServerError.notFound("Archive link is unknown or has expired") }
            let jobID: String = row["job_id"]
            let checkpointID: String = row["checkpoint_id"]
            let run = try Self.view(TinkerRunIdentity.trainingRunID(jobID: jobID), in: database)
            guard let found = run.checkpoint(checkpointID, now: now) else {
                throw ServerError.notFound("Checkpoint no longer exists")
            }
            return found.checkpoint
        }
    }

    // MARK: - Reading the tables

    private static func view(_ trainingRunID: String, in database: Database) throws -> TinkerRunView {
        guard let jobID = TinkerRunIdentity.jobID(trainingRunID: trainingRunID),
            let job = try StoredJob.filter(Column("id") == jobID).fetchOne(database),
            let view = try views(of: [job], in: database).first
        else { throw ServerError.notFound("Training run '\(trainingRunID)' not found") }
        return view
    }

    /// The job and state of checkpoint `checkpointID` of run `trainingRunID`; `notFound` unless it exists at `now`.
    private static func existingCheckpoint(
        _ trainingRunID: String, _ checkpointID: String, now: Double, in database: Database
    ) throws -> (jobID: String, state: TinkerCheckpointState) {
        let run = try view(trainingRunID, in: database)
        guard run.checkpoint(checkpointID, now: now) != nil else {
            throw ServerError.notFound("Checkpoint '\(checkpointID)' not found in training run '\(run.trainingRunID)'")
        }
        return (run.job.id, run.states[checkpointID] ?? .untouched)
    }

    private static func save(
        _ state: TinkerCheckpointState, jobID: String, checkpointID: String, in database: Database
    ) throws {
        try database.execute(
            sql: """
                INSERT INTO tinker_checkpoint (job_id, checkpoint_id, is_public, expires_at, deleted_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (job_id, checkpoint_id) DO UPDATE SET
                    is_public = excluded.is_public, expires_at = excluded.expires_at, deleted_at = excluded.deleted_at
                """,
            arguments: [jobID, checkpointID, state.isPublic, state.expiresAt, state.deletedAt])
    }

    /// The runs of `jobs`, in their order; `filtered` reads only those jobs' rows (false: every row, cheaper
    /// when `jobs` is every job).
    private static func views(of jobs: [StoredJob], in database: Database, filtered: Bool = true) throws
        -> [TinkerRunView]
    {
        guard !jobs.isEmpty else { return [] }
        let ids = jobs.map(\.id)
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let filter = filtered ? "job_id IN (\(placeholders))" : "1"
        let jobFilter = filtered ? "job.id IN (\(placeholders))" : "1"
        let arguments = filtered ? StatementArguments(ids) : StatementArguments()

        var stepsByJob: [String: [(step: Int, time: Double)]] = [:]
        for row in try Row.fetchAll(
            database, sql: "SELECT job_id, ts, payload FROM event WHERE kind = 'checkpoint' AND \(filter) ORDER BY id",
            arguments: arguments)
        {
            let payload: String? = row["payload"]
            guard let step = payload.flatMap({ try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) })?["step"]?
                .intValue
            else { continue }
            stepsByJob[row["job_id"], default: []].append((step, row["ts"]))
        }
        var statesByJob: [String: [String: TinkerCheckpointState]] = [:]
        for row in try Row.fetchAll(database, sql: "SELECT * FROM tinker_checkpoint WHERE \(filter)", arguments: arguments) {
            statesByJob[row["job_id"], default: [:]][row["checkpoint_id"]] = TinkerCheckpointState(
                isPublic: row["is_public"], expiresAt: row["expires_at"], deletedAt: row["deleted_at"])
        }
        // A job's newest console line is its last activity (every step and state change writes one).
        var activityByJob: [String: Double] = [:]
        for row in try Row.fetchAll(
            database,
            sql: """
                SELECT job.id AS job_id, log_line.ts AS ts FROM job
                JOIN log_line ON log_line.job_id = job.id AND log_line.seq = job.log_sequence
                WHERE \(jobFilter)
                """,
            arguments: arguments)
        {
            activityByJob[row["job_id"]] = row["ts"]
        }
        return jobs.map { job in
            TinkerRunView(
                job: job, saves: TinkerRunView.saves(job: job, steps: stepsByJob[job.id] ?? []),
                states: statesByJob[job.id] ?? [:], lastActivity: activityByJob[job.id])
        }
    }
}
