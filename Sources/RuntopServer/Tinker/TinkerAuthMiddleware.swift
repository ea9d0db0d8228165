import Hummingbird

/// Requires the API key as `X-API-Key` (Tinker's SDK) or `Authorization: Bearer` when one is configured.
struct TinkerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The required key; nil turns authentication off.
    let apiKey: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if let apiKey, !APIToken.isPresented(apiKey, in: request) {
            throw ServerError.unauthorized("Invalid or missing API key (send X-API-Key)")
        }
        return try await next(request, context)
    }
}
