import Foundation
import RuntopCore

/// JSON snapshots for scripts: the job list, or one job with its latest values.
enum SnapshotJSON {
    /// One JSON object: `{"jobs": [...]}` or `{"job": {...}}`.
    static func render(store: DataStore, job: JobID?) throws -> String {
        let object: [String: Any]
        if let job {
            guard let summary = store.job(job) else { return "{}" }
            var entry = describe(summary, store: store)
            let detail = store.detail(job)
            var latest: [String: Any] = [:]
            for name in detail?.metrics.keys.sorted() ?? [] {
                if let value = detail?.metrics[name]?.lastFiniteValue { latest[name] = value }
            }
            entry["latest"] = latest
            entry["events"] = (detail?.events ?? []).map { ["kind": $0.kind, "payload": $0.payload] }
            entry["log_tail"] = (detail?.logs.lines.suffix(20) ?? []).map(\.text)
            entry["artifacts"] = describe(detail?.artifacts ?? JobArtifacts())
            if let result = detail?.result {
                var fields: [String: Any] = [:]
                fields["loss_final"] = result.lossFinal
                fields["ppl_baseline"] = result.perplexityBaseline
                fields["ppl_final"] = result.perplexityFinal
                fields["cost_usd"] = result.costUSD
                for scalar in result.scalars { fields[scalar.name] = scalar.value }
                entry["result"] = fields.compactMapValues { $0 }
            }
            object = ["job": entry]
        } else {
            object = ["jobs": store.jobs.map { describe($0, store: store) }]
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    /// Checkpoints with what Tinker says of them (size, public, expiry as seconds since 1970), refs by label,
    /// the output model.
    private static func describe(_ artifacts: JobArtifacts) -> [String: Any] {
        var entry: [String: Any] = [
            "checkpoints": artifacts.checkpoints.map { checkpoint -> [String: Any] in
                var fields: [String: Any] = ["name": checkpoint.name, "path": checkpoint.path]
                fields["step"] = checkpoint.step
                fields["size_bytes"] = checkpoint.sizeBytes
                fields["public"] = checkpoint.isPublic
                fields["expires_at"] = checkpoint.expiresAt.map { $0.timeIntervalSince1970 }
                return fields
            },
            "refs": artifacts.refs.map { ["label": $0.label, "value": $0.value] },
        ]
        entry["output_model"] = artifacts.outputModel
        return entry
    }

    private static func describe(_ job: JobSummary, store: DataStore) -> [String: Any] {
        var entry: [String: Any] = [
            "id": job.id.rawValue, "name": job.name, "type": job.kind, "status": job.status.description,
            "retries": job.retries, "terminal": job.status.isTerminal,
        ]
        entry["current_step"] = job.currentStep
        entry["total_steps"] = job.totalSteps
        entry["last_checkpoint_step"] = job.lastCheckpointStep
        entry["error"] = job.error
        entry["created_at"] = job.createdAt.map { $0.timeIntervalSince1970 }
        return entry
    }
}
