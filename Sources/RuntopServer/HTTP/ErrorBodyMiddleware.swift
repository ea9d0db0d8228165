import Hummingbird
import RuntopWire

/// Turns every thrown error into a `{"detail": …}` body with the matching status.
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return JSONResponse.error(error.detail, status: HTTPResponse.Status(code: error.statusCode))
        } catch let error as HTTPError {
            let detail = error.body ?? (error.status == .notFound ? "Not Found" : error.status.reasonPhrase)
            return JSONResponse.error(detail, status: error.status, headers: error.headers)
        } catch {
            return JSONResponse.error("Internal server error", status: .internalServerError)
        }
    }
}
