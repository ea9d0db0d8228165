import Foundation
import RuntopWire

/// Reads the message out of Dreadnode's error bodies: FastAPI's `{"detail": "…"}` or
/// `{"detail": [{"loc", "msg", "type"}]}`, and the envelope `{code, detail, type}` (seed 001).
public enum DreadnodeErrorDetail {
    /// The human message in `body`, or nil when it is not a JSON error body.
    public static func message(in body: Data) -> String? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return nil }
        return message(in: value)
    }

    static func message(in value: JSONValue) -> String? {
        let detail = value["detail"] ?? value
        switch detail {
        case .string(let text): return text
        case .array(let items):
            let messages = items.compactMap { item -> String? in
                guard let message = item["msg"]?.stringValue ?? item.stringValue else { return nil }
                guard case .array(let location)? = item["loc"], !location.isEmpty else { return message }
                return location.map(\.displayText).joined(separator: ".") + ": " + message
            }
            return messages.isEmpty ? nil : messages.joined(separator: "; ")
        default:
            return value["message"]?.stringValue
        }
    }

    /// Makes a transport error's detail readable: the transport keeps string details as they are but cuts other
    /// bodies (validation lists) to their first bytes, which this reads again where it can.
    static func readable(_ error: SourceError) -> SourceError {
        guard case .httpStatus(let status, let retryAfter, let detail?) = error,
            detail.hasPrefix("{") || detail.hasPrefix("[")
        else { return error }
        if let message = message(in: Data(detail.utf8)) {
            return .httpStatus(status, retryAfter: retryAfter, detail: message)
        }
        // A cut-off validation list: the first `"msg": "…"` is still the best summary.
        if let start = detail.range(of: "\"msg\":")?.upperBound {
            let rest = detail[start...].drop { $0 == " " || $0 == "\"" }
            let message = rest.prefix { $0 != "\"" }
            if !message.isEmpty { return .httpStatus(status, retryAfter: retryAfter, detail: String(message)) }
        }
        return error
    }
}
