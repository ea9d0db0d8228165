/// A request the server refuses, with the `detail` text its error body carries.
enum ServerError: Error, Equatable {
    /// 400: the body is not what the route reads (not JSON, wrong shape).
    case badRequest(String)
    /// 404: no such resource.
    case notFound(String)
    /// 409: the request conflicts with the resource's state.
    case conflict(String)
    /// 422: well-formed, but a field is missing or out of range.
    case unprocessable(String)
    /// 413: the body is larger than the route reads.
    case contentTooLarge(String)
    /// 401: the API token is missing or wrong.
    case unauthorized(String)

    /// The HTTP status code.
    var statusCode: Int {
        switch self {
        case .badRequest: 400
        case .notFound: 404
        case .conflict: 409
        case .unprocessable: 422
        case .contentTooLarge: 413
        case .unauthorized: 401
        }
    }

    /// The human-readable reason.
    var detail: String {
        switch self {
        case .badRequest(let detail), .notFound(let detail), .conflict(let detail), .unprocessable(let detail),
            .contentTooLarge(let detail), .unauthorized(let detail):
            detail
        }
    }
}
