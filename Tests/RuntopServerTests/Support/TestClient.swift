import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import RuntopWire

/// One HTTP response, read whole.
struct TestResponse: Sendable {
    let status: Int
    let headers: [(String, String)]
    let body: Data

    /// The body as any JSON value.
    var json: JSONValue {
        get throws { try JSONDecoder().decode(JSONValue.self, from: body) }
    }

    /// The body decoded as `type`.
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: body)
    }

    /// The first value of header `name`.
    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// The top-level keys of a JSON object body.
    var keys: Set<String> {
        get throws {
            guard case .object(let members) = try json else { return [] }
            return Set(members.keys)
        }
    }
}

/// Drives a real server over real HTTP.
struct TestClient: Sendable {
    let baseURL: String

    func get(_ path: String, headers: [String: String] = [:]) async throws -> TestResponse {
        try await send(path, method: .GET, body: nil, headers: headers)
    }

    func post(_ path: String, json: String, headers: [String: String] = [:]) async throws -> TestResponse {
        try await send(path, method: .POST, body: json, headers: headers)
    }

    func post(_ path: String, encoding value: some Encodable, headers: [String: String] = [:]) async throws
        -> TestResponse
    {
        let text = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        return try await send(path, method: .POST, body: text, headers: headers)
    }

    func send(
        _ path: String, method: HTTPMethod, body: String?, headers: [String: String],
        client: HTTPClient = HTTPClient.shared
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await client.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(
            status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
            body: Data(buffer.readableBytesView))
    }
}
