import Foundation
import Hummingbird
import RuntopWire

/// The Fusion jobs API (seed 003): jobs, telemetry, logs, events, results and recommendations.
struct FusionRoutes: Sendable {
    let registry: JobRegistry

    /// Adds the routes to `router`.
    func add(to router: Router<BasicRequestContext>) {
        router.get("openapi.json") { _, _ in try JSONResponse.make(OpenAPIDocument.document) }
        router.post("jobs") { request, _ in try await submit(request) }
        router.get("jobs") { _, _ in try JSONResponse.make(try await registry.list().map(\.wireJob)) }
        router.get("jobs/:id") { _, context in
            try JSONResponse.make(try await registry.job(id: try context.pathParameter("id")).wireJob)
        }
        router.get("jobs/:id/metrics") { request, context in
            let since = try request.integerQuery("since_step", default: 0)
            return try JSONResponse.make(try await registry.metrics(id: try context.pathParameter("id"), sinceStep: since))
        }
        router.get("jobs/:id/logs") { request, context in
            let since = try request.integerQuery("since", default: 0)
            return try JSONResponse.make(try await registry.logs(id: try context.pathParameter("id"), since: since))
        }
        router.get("jobs/:id/events") { _, context in
            try JSONResponse.make(try await registry.events(id: try context.pathParameter("id")))
        }
        router.get("jobs/:id/result") { _, context in
            try JSONResponse.make(try await registry.result(id: try context.pathParameter("id")))
        }
        router.post("jobs/:id/cancel") { _, context in
            try JSONResponse.make(try await registry.cancel(id: try context.pathParameter("id")).wireJob)
        }
        router.post("training/recommend") { request, _ in
            var request = request
            let body = try await request.bodyData()
            guard let recommendationRequest = try? JSONDecoder().decode(FusionRecommendationRequest.self, from: body)
            else { throw ServerError.badRequest("Request body must be a JSON object") }
            return try JSONResponse.make(try TrainingRecommender.recommend(recommendationRequest))
        }
    }

    private func submit(_ request: Request) async throws -> Response {
        var request = request
        let external = ExternalJob.headerRequestsExternal(request.header(ExternalJob.headerName))
        let specification = try JobSpecification.parse(body: try await request.bodyData(), external: external)
        let directive = request.header(SimulationDirective.headerName).flatMap(SimulationDirective.parse)
        let (job, _) = try await registry.submit(specification, directive: directive)
        // A replay answers exactly like the original request did.
        return try JSONResponse.make(job.wireJob, status: .created)
    }
}
