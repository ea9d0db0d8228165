import Hummingbird

/// Requires the server's API token on every route except `GET /openapi.json` (so clients can discover the
/// API) and the Dreadnode and Tinker dialects, which check the same token themselves (Dreadnode to answer in its
/// own error envelope; Tinker's archive links carry their own token).
/// The token is never logged: failures name no header values.
struct TokenAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token; nil turns authentication off (loopback only, see `ReferenceServer.start`).
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let token, !Self.isExempt(request) else { return try await next(request, context) }
        guard APIToken.isPresented(token, in: request) else {
            throw ServerError.unauthorized("Missing or invalid API token (send Authorization: Bearer <token> or X-API-Key)")
        }
        return try await next(request, context)
    }

    private static func isExempt(_ request: Request) -> Bool {
        let path = request.uri.path
        if request.method == .get && path == "/openapi.json" { return true }
        return TinkerRoutes.isTinkerPath(path) || path.hasPrefix("/api/v1/org/")
    }
}
