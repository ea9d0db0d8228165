import Foundation
import Hummingbird
import RuntopWire

/// Dreadnode hosted training (seeds 000/001) under `/api/v1/org/{org}/ws/{ws}/training/jobs`,
/// over the same jobs and simulator as the Fusion API.
struct DreadnodeRoutes: Sendable {
    let store: DreadnodeStore
    /// The required API key; nil turns authentication off.
    let apiKey: String?

    /// Adds the routes to `router`.
    func add(to router: Router<BasicRequestContext>) {
        let jobs = router.group("api/v1/org/:org/ws/:ws/training/jobs")
            .add(middleware: DreadnodeErrorMiddleware())
            .add(middleware: DreadnodeAuthMiddleware(apiKey: apiKey))
        jobs.post { request, context in
            var request = request
            let submission = try DreadnodeSubmission.parse(body: try await request.bodyData())
            let directive = request.header(SimulationDirective.headerName).flatMap(SimulationDirective.parse)
            let (organization, workspace) = try scope(context)
            let view = try await store.create(
                submission, organization: organization, workspace: workspace, directive: directive)
            return try JSONResponse.make(view.job())
        }
        jobs.get { request, context in
            let (organization, workspace) = try scope(context)
            let page = try request.integerQuery("page", default: 1)
            let pageSize = try request.integerQuery("page_size", default: 20)
            guard page >= 1 else { throw ServerError.unprocessable("page must be at least 1") }
            guard (1...200).contains(pageSize) else { throw ServerError.unprocessable("page_size must be between 1 and 200") }
            let query = request.uri.queryParameters
            var views = try await store.list(organization: organization, workspace: workspace)
            if let status = query["status"].map(String.init) {
                let shared = DreadnodeJobView.sharedStatuses(status)
                views = views.filter { shared.contains($0.job.status) }
            }
            if let backend = query["backend"].map(String.init) { views = views.filter { $0.backend == backend } }
            if let trainer = query["trainer_type"].map(String.init) { views = views.filter { $0.trainerType == trainer } }
            if let project = query["project_ref"].map(String.init) { views = views.filter { $0.projectRef == project } }
            let start = min((page - 1) * pageSize, views.count)
            let items = views[start..<min(start + pageSize, views.count)].map { $0.job() }
            return try JSONResponse.make(DreadnodeJobPage(items: items, total: views.count, page: page, pageSize: pageSize))
        }
        jobs.get(":id") { _, context in
            let view = try await view(context)
            let telemetry = try await store.telemetry(id: view.job.id)
            return try JSONResponse.make(view.job(points: telemetry.points, checkpoints: telemetry.checkpoints))
        }
        jobs.post(":id/cancel") { _, context in
            let view = try await view(context)
            let cancelled: StoredJob
            do {
                cancelled = try await store.registry.cancel(id: view.job.id)
            } catch ServerError.conflict {
                throw ServerError.conflict("Training job is already \(DreadnodeJobView.status(view.job.status))")
            }
            return try JSONResponse.make(
                DreadnodeJobView(job: cancelled, fields: view.fields, organization: view.organization, workspace: view.workspace)
                    .job())
        }
        jobs.post(":id/retry") { _, context in
            let view = try await view(context)
            let retried = try await store.retry(id: view.job.id)
            return try JSONResponse.make(
                DreadnodeJobView(job: retried, fields: view.fields, organization: view.organization, workspace: view.workspace)
                    .job())
        }
        jobs.get(":id/logs") { _, context in
            let view = try await view(context)
            return try JSONResponse.make(DreadnodeLogPage(items: try await store.logs(id: view.job.id)))
        }
        jobs.get(":id/artifacts") { _, context in
            let view = try await view(context)
            let telemetry = try await store.telemetry(id: view.job.id)
            return try JSONResponse.make(DreadnodeArtifacts(artifacts: view.artifacts(checkpoints: telemetry.checkpoints)))
        }
    }

    private func scope(_ context: BasicRequestContext) throws(ServerError) -> (String, String) {
        (try context.pathParameter("org"), try context.pathParameter("ws"))
    }

    private func view(_ context: BasicRequestContext) async throws -> DreadnodeJobView {
        let (organization, workspace) = try scope(context)
        return try await store.job(id: try context.pathParameter("id"), organization: organization, workspace: workspace)
    }
}

/// Answers errors with Dreadnode's envelope `{code, detail, type}`.
struct DreadnodeErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            let type = switch error {
            case .badRequest: "bad_request"
            case .notFound: "not_found"
            case .conflict: "conflict"
            case .unprocessable: "validation_error"
            case .contentTooLarge: "payload_too_large"
            case .unauthorized: "authentication_error"
            }
            return Self.envelope(error.detail, code: error.statusCode, type: type)
        } catch is DreadnodeAuthMiddleware<Context>.Unauthorized {
            return Self.envelope("Authentication failed", code: 401, type: "authentication_error")
        }
    }

    static func envelope(_ detail: String, code: Int, type: String) -> Response {
        (try? JSONResponse.make(
            WireErrorBody(detail: detail, code: code, type: type), status: HTTPResponse.Status(code: code)))
            ?? Response(status: HTTPResponse.Status(code: code))
    }
}

/// Requires the API key as `X-API-Key` or `Authorization: Bearer` when one is configured.
struct DreadnodeAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let apiKey: String?

    /// Raised when the key is missing or wrong.
    struct Unauthorized: Error {}

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let apiKey else { return try await next(request, context) }
        guard APIToken.isPresented(apiKey, in: request) else { throw Unauthorized() }
        return try await next(request, context)
    }
}
