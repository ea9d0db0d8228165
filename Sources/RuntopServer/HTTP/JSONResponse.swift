import Foundation
import Hummingbird
import RuntopWire

/// Builds JSON responses with the exact bytes the wire DTOs encode to.
enum JSONResponse {
    /// The encoder for every response body: stable key order, and no escaped slashes (`tinker://` paths read naturally).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    /// `value` as a JSON response with `status`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws
        -> Response
    {
        let data = try encoder().encode(value)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A FastAPI-style error body `{"detail": …}`.
    static func error(_ detail: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        // Encoding a single string cannot fail.
        (try? make(WireErrorBody(detail: detail), status: status, headers: headers))
            ?? Response(status: status)
    }
}
