import Foundation
import GRDB
import RuntopWire

/// Writes a job's console lines, events, points and result inside an open transaction.
struct JobJournal: Sendable {
    /// Console lines kept per job; older lines are deleted as new ones arrive.
    let logTailCap: Int

    /// Appends a console line and trims the job's tail to the cap.
    func log(_ text: String, stream: String = "stdout", job: inout StoredJob, at time: Double, in database: Database)
        throws
    {
        job.logSequence += 1
        try database.execute(
            sql: "INSERT INTO log_line (job_id, seq, ts, stream, text) VALUES (?, ?, ?, ?, ?)",
            arguments: [job.id, job.logSequence, time, stream, text]
        )
        if job.logSequence > logTailCap {
            try database.execute(
                sql: "DELETE FROM log_line WHERE job_id = ? AND seq <= ?",
                arguments: [job.id, job.logSequence - logTailCap]
            )
        }
    }

    /// Records a timeline event.
    func event(_ kind: String, payload: [String: JSONValue], job: StoredJob, at time: Double, in database: Database)
        throws
    {
        try database.execute(
            sql: "INSERT INTO event (job_id, ts, kind, payload) VALUES (?, ?, ?, ?)",
            arguments: [job.id, time, kind, JSONValue.object(payload).compactJSON]
        )
    }

    /// Stores a metric point, replacing one at the same (step, phase).
    func point(
        job: StoredJob, step: Int, phase: String, at time: Double, cycle: Int, values: TrainingStepValues?,
        loss: Double, in database: Database
    ) throws {
        try database.execute(
            sql: """
                INSERT OR REPLACE INTO metric_point
                    (job_id, step, phase, ts, cycle, loss, lr, throughput, vram_gb, grad_norm)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                job.id, step, phase, time, cycle, loss, values?.learningRate, values?.throughput, values?.vramGB,
                values?.gradientNorm,
            ]
        )
    }

    /// Stores the finished run's result.
    func result(_ result: FusionResult, in database: Database) throws {
        let body = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        try database.execute(
            sql: "INSERT OR REPLACE INTO result (job_id, body) VALUES (?, ?)", arguments: [result.jobID, body]
        )
    }
}
