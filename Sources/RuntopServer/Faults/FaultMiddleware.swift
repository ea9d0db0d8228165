import Foundation
import Hummingbird
import Synchronization

/// Applies the injector's decision to each request: waits, refuses (429/5xx) before the handler runs,
/// or damages the handler's response (reset, truncation, malformed JSON) after it has run.
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let injector: FaultInjector

    /// Raised inside a body to close the connection mid-response.
    struct InjectedConnectionReset: Error {}

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let decision = injector.decide(header: request.header(FaultInjector.headerName), now: WireTimestamp.now)
        if decision.delay > 0 {
            try await Task.sleep(for: .seconds(decision.delay))
        }
        if let wait = decision.rateLimitedFor {
            let seconds = max(Int(wait.rounded(.up)), 1)
            return JSONResponse.error(
                "Rate limit exceeded; retry after \(seconds) s", status: .tooManyRequests,
                headers: [.retryAfter: String(seconds)])
        }
        if let code = decision.serverError {
            let detail = code == 503 ? "Service temporarily unavailable" : code == 502 ? "Bad gateway" : "Internal server error"
            return JSONResponse.error(detail, status: HTTPResponse.Status(code: code))
        }
        let response = try await next(request, context)
        guard decision.reset || decision.truncate || decision.malformed else { return response }
        let bytes = try await ResponseBytes.collect(response.body)
        var damaged = response
        damaged.headers[.contentLength] = nil
        if decision.reset {
            let half = bytes.prefix(max(bytes.count / 2, 1))
            damaged.body = ResponseBody(contentLength: max(bytes.count, 2)) { writer in
                try await writer.write(ByteBuffer(bytes: half))
                throw InjectedConnectionReset()
            }
        } else if decision.truncate {
            damaged.body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes.prefix(bytes.count / 2)))
        } else {
            damaged.body = ResponseBody(byteBuffer: ByteBuffer(bytes: Self.malform(bytes)))
        }
        if let length = damaged.body.contentLength { damaged.headers[.contentLength] = String(length) }
        return damaged
    }

    /// Breaks JSON syntax while keeping it recognisable: the first `:` becomes `=` and a stray brace closes it.
    static func malform(_ bytes: [UInt8]) -> [UInt8] {
        var broken = bytes
        if let colon = broken.firstIndex(of: UInt8(ascii: ":")) {
            broken[colon] = UInt8(ascii: "=")
        }
        return broken + Array("}{".utf8)
    }
}

/// Reads a response body into memory.
enum ResponseBytes {
    /// The bytes `body` writes.
    static func collect(_ body: ResponseBody) async throws -> [UInt8] {
        let storage = Storage()
        try await body.write(Collector(storage: storage))
        return storage.bytes.withLock { $0 }
    }

    private final class Storage: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    private struct Collector: ResponseBodyWriter {
        let storage: Storage

        mutating func write(_ buffer: ByteBuffer) async throws {
            storage.bytes.withLock { $0.append(contentsOf: buffer.readableBytesView) }
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
