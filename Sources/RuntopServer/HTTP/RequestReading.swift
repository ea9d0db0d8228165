import Foundation
import Hummingbird

/// Small helpers to read bodies, path parameters and query parameters, failing with a 4xx.
extension Request {
    /// The largest body any route reads: 1 MiB.
    static let maximumBodySize = 1 << 20

    /// The body, up to `maximumBodySize`; `contentTooLarge` (413) beyond.
    mutating func bodyData() async throws -> Data {
        do {
            let buffer = try await body.collect(upTo: Self.maximumBodySize)
            return Data(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError.contentTooLarge("Request body is larger than \(Self.maximumBodySize) bytes")
        }
    }

    /// The integer query parameter `name`, `fallback` when absent; `unprocessable` when not an integer.
    func integerQuery(_ name: String, default fallback: Int) throws(ServerError) -> Int {
        guard let text = uri.queryParameters[name[...]] else { return fallback }
        guard let value = Int(text) else { throw .unprocessable("\(name) must be an integer") }
        return value
    }

    /// The value of header `name`, if present.
    func header(_ name: String) -> String? {
        let canonical = name.lowercased()
        return headers.first { $0.name.canonicalName == canonical }?.value
    }
}

extension RequestContext {
    /// The path parameter `name` (routes always declare it).
    func pathParameter(_ name: String) throws(ServerError) -> String {
        guard let value = parameters.get(name) else { throw .badRequest("missing path parameter \(name)") }
        return value
    }
}
