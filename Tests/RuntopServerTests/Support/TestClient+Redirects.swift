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
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await Self.redirectsReturned.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(
            status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
            body: Data(buffer.readableBytesView))
    }
}
