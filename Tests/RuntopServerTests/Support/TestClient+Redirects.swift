import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

extension TestClient {
    /// An HTTP client that returns redirects instead of following them (the shared one follows).
    private static let redirectsReturned = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))

    /// Sends a request and returns a redirect (`302` with `Location`) as it is.
    func sendWithoutFollowingRedirects(
        _ path: String, method: HTTPMethod = .GET, body: String? = nil, headers: [String: String] = [:]
    ) async throws -> TestResponse {
        try await send(path, method: method, body: body, headers: headers, client: Self.redirectsReturned)
    }
}
