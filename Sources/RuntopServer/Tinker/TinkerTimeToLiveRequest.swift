import Foundation
import RuntopWire

/// A validated `PUT …/checkpoints/{checkpoint_id}/ttl` body: `{"ttl_seconds": <whole seconds> | null}`.
enum TinkerTimeToLiveRequest {
    /// The longest time to live accepted: 100 years.
    static let maximumSeconds = 100 * 365 * 24 * 3600

    /// The seconds until expiry, or nil to remove the expiry. `badRequest` when the body is not a JSON object;
    /// `unprocessable` when `ttl_seconds` is missing, not a whole number (a numeric string is not), or outside
    /// 1 … `maximumSeconds`.
    static func parse(body: Data) throws(ServerError) -> Int? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body), case .object(let fields) = value else {
            throw .badRequest("Request body must be a JSON object")
        }
        guard let given = fields["ttl_seconds"] else {
            throw .unprocessable("ttl_seconds is required (null removes the expiry)")
        }
        switch given {
        case .null:
            return nil
        case .number(let number) where number.isFinite && number.rounded() == number:
            guard number >= 1, number <= Double(maximumSeconds) else {
                throw .unprocessable("ttl_seconds must be between 1 and \(maximumSeconds), or null")
            }
            return Int(number)
        default:
            throw .unprocessable("ttl_seconds must be a whole number of seconds or null")
        }
    }
}
