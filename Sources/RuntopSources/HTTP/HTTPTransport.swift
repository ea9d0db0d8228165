import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A thin JSON-over-HTTP client on AsyncHTTPClient that maps every failure to a ``SourceError``.
public final class HTTPTransport: Sendable {
    /// The server's base URL without a trailing slash, e.g. `http://127.0.0.1:8080`.
    public let baseURL: String
    private let client: HTTPClient
    private let headers: [(String, String)]
    private let timeout: TimeAmount
    /// Largest body accepted; a larger one is a malformed response, not an out-of-memory.
    private let maximumBodyBytes: Int

    /// Creates a transport. `headers` are sent with every request (auth goes here).
    public init(
        baseURL: String, headers: [(String, String)] = [], timeoutSeconds: Int64 = 10,
        maximumBodyBytes: Int = 64 << 20
    ) {
        var trimmed = baseURL
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.baseURL = trimmed
        self.headers = headers
        self.timeout = .seconds(timeoutSeconds)
        self.maximumBodyBytes = maximumBodyBytes
        // The process-wide client has no shutdown to forget: a source dropped on any path (an error, a signal)
        // cannot trip AsyncHTTPClient's "not shut down before deinit" check. Deadlines are per request.
        client = Self.processWideClient
    }

    /// Seconds a connection attempt may take before the request fails with "timed out": a host that drops
    /// connection attempts is reported in seconds, not at the request deadline (nor the shared client's 90 s).
    static let connectTimeoutSeconds: Int64 = 4

    /// One client for the whole process: `HTTPClient.shared`'s configuration with a short connect timeout. As a
    /// `static let` it lives as long as the process and is never deinitialised, so, like the shared client, it
    /// is never shut down and cannot trip the deinit check.
    static let processWideClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.timeout.connect = .seconds(connectTimeoutSeconds)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// Sends a request and returns the body of a 2xx answer.
    public func send(_ method: HTTPMethod, _ path: String, body: Data? = nil) async throws -> Data {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "runtop")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response: HTTPClientResponse
        let bytes: ByteBuffer
        do {
            response = try await client.execute(request, timeout: timeout)
            bytes = try await response.body.collect(upTo: maximumBodyBytes)
        } catch let error as SourceError {
            throw error
        } catch let error as NIOTooManyBytesError {
            throw SourceError.malformed("body over \(maximumBodyBytes) bytes (\(error))")
        } catch {
            throw SourceError.transport(Self.describe(error))
        }
        let data = Data(bytes.readableBytesView)
        guard (200..<300).contains(Int(response.status.code)) else {
            let retryAfter = response.headers.first(name: "Retry-After").flatMap(Self.parseRetryAfter)
            throw SourceError.httpStatus(
                Int(response.status.code), retryAfter: retryAfter, detail: Self.errorDetail(data))
        }
        return data
    }

    /// Sends a GET and decodes the JSON answer.
    public func get<Value: Decodable>(_ path: String, as type: Value.Type) async throws -> Value {
        try JSONWire.decode(type, from: try await send(.GET, path))
    }

    /// Nothing to close: the shared client lives as long as the process. Kept so callers need not know.
    public func shutdown() async {}

    static func parseRetryAfter(_ value: String) -> Double? {
        if let seconds = Double(value.trimmingCharacters(in: .whitespaces)) { return max(0, seconds) }
        // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
    }

    static func errorDetail(_ data: Data) -> String? {
        guard !data.isEmpty else { return nil }
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let detail = object["detail"] as? String { return detail }
            if let message = object["message"] as? String { return message }
            if let error = object["error"] as? String { return error }
        }
        return String(decoding: data.prefix(120), as: UTF8.self)
    }

    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectTimeout") || text.contains("deadlineExceeded") || text.contains("readTimeout") {
            return "timed out"
        }
        if text.contains("refused") || text.contains("ECONNREFUSED") { return "connection refused" }
        if text.contains("reset") || text.contains("ECONNRESET") { return "connection reset" }
        if text.contains("remoteConnectionClosed") || text.contains("EOF") { return "connection closed mid-response" }
        if text.contains("resolve") || text.contains("lookup") { return "host not found" }
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
