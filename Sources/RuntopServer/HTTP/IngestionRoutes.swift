import Foundation
import Hummingbird
import RuntopWire

/// Pushes from a real trainer into an external job (see `ExternalJob`): metrics, logs, events, result and
/// artifacts. Bodies are validated whole before anything is written, and each one is a single transaction.
struct IngestionRoutes: Sendable {
    let ingestion: JobIngestion

    /// Adds the routes to `router`.
    func add(to router: Router<BasicRequestContext>) {
        router.post("jobs/:id/metrics") { request, context in
            var request = request
            let batch = try MetricBatch.parse(try await request.bodyData(), now: WireTimestamp.now)
            return try JSONResponse.make(try await ingestion.append(batch, to: try context.pathParameter("id")))
        }
        router.post("jobs/:id/logs") { request, context in
            var request = request
            let batch = try LogBatch.parse(try await request.bodyData(), now: WireTimestamp.now)
            return try JSONResponse.make(try await ingestion.append(batch, to: try context.pathParameter("id")))
        }
        router.post("jobs/:id/events") { request, context in
            var request = request
            let batch = try EventBatch.parse(try await request.bodyData(), now: WireTimestamp.now)
            return try JSONResponse.make(try await ingestion.append(batch, to: try context.pathParameter("id")))
        }
        router.put("jobs/:id/result") { request, context in
            var request = request
            let result = try ResultUpload.parse(try await request.bodyData(), jobID: try context.pathParameter("id"))
            return try JSONResponse.make(try await ingestion.store(result))
        }
        router.put("jobs/:id/artifacts") { request, context in
            var request = request
            let artifacts = try ArtifactUpload.parse(try await request.bodyData(), jobID: try context.pathParameter("id"))
            return try JSONResponse.make(try await ingestion.store(artifacts))
        }
        router.get("jobs/:id/artifacts") { _, context in
            try JSONResponse.make(try await ingestion.artifacts(id: try context.pathParameter("id")))
        }
    }
}
