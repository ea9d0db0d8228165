import Foundation
import RuntopWire

/// Reads an ingestion request body: a JSON object whose batch array is checked item by item, so a
/// rejection names the offending index and field (`points[3].step must be …`).
///
/// Python's `json.dumps` writes `NaN` and `Infinity` for non-finite floats, so those literals are accepted
/// here; each field then decides whether a non-finite number is an error or stored as null.
enum IngestionBody {
    /// The most items one batch may carry.
    static let maximumBatchLength = 5000
    /// The longest console line, in UTF-8 bytes.
    static let maximumLineLength = 16 * 1024

    /// The body's top-level object, or `badRequest`.
    static func object(_ data: Data) throws(ServerError) -> [String: JSONValue] {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        guard let value = try? decoder.decode(JSONValue.self, from: data), case .object(let fields) = value else {
            throw .badRequest("Request body must be a JSON object")
        }
        return fields
    }

    /// The array `name` of the body, each element an object, with 1…`maximumBatchLength` elements.
    static func batch(_ name: String, in fields: [String: JSONValue]) throws(ServerError) -> [[String: JSONValue]] {
        guard let value = fields[name] else { throw .unprocessable("\(name) is required") }
        guard case .array(let items) = value else { throw .unprocessable("\(name) must be an array") }
        guard !items.isEmpty else { throw .unprocessable("\(name) must not be empty") }
        guard items.count <= maximumBatchLength else {
            throw .unprocessable("\(name) has \(items.count) items; at most \(maximumBatchLength) per request")
        }
        var objects: [[String: JSONValue]] = []
        objects.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .object(let object) = item else { throw .unprocessable("\(name)[\(index)] must be an object") }
            objects.append(object)
        }
        return objects
    }
}

/// Typed reads of one field of a batch item, failing with the item's path in the message.
struct IngestionField {
    /// The item's fields.
    let fields: [String: JSONValue]
    /// Where the item is, e.g. `points[3]`; empty for a top-level body.
    let path: String

    private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A required integer ≥ 0 (a finite number without a fraction).
    func step(_ key: String) throws(ServerError) -> Int {
        guard let value = fields[key], value != .null else { throw .unprocessable("\(name(key)) is required") }
        guard let integer = Self.nonNegativeInteger(value) else {
            throw .unprocessable("\(name(key)) must be an integer ≥ 0")
        }
        return integer
    }

    /// An optional integer ≥ 0.
    func optionalInteger(_ key: String) throws(ServerError) -> Int? {
        guard let value = fields[key], value != .null else { return nil }
        guard let integer = Self.nonNegativeInteger(value) else {
            throw .unprocessable("\(name(key)) must be an integer ≥ 0 or null")
        }
        return integer
    }

    /// An optional measurement: a number, with null, `NaN` and infinities stored as null (not measured).
    func measurement(_ key: String) throws(ServerError) -> Double? {
        guard let value = fields[key], value != .null else { return nil }
        guard case .number(let number) = value else { throw .unprocessable("\(name(key)) must be a number or null") }
        return number.isFinite ? number : nil
    }

    /// An optional result figure: a finite number or null.
    func finiteNumber(_ key: String) throws(ServerError) -> Double? {
        guard let value = fields[key], value != .null else { return nil }
        guard case .number(let number) = value, number.isFinite else {
            throw .unprocessable("\(name(key)) must be a finite number or null")
        }
        return number
    }

    /// A required non-empty string.
    func text(_ key: String) throws(ServerError) -> String {
        guard let value = fields[key], value != .null else { throw .unprocessable("\(name(key)) is required") }
        guard case .string(let text) = value, !text.isEmpty else {
            throw .unprocessable("\(name(key)) must be a non-empty string")
        }
        return text
    }

    /// An optional string from `allowed`, `fallback` when absent.
    func choice(_ key: String, from allowed: [String], default fallback: String) throws(ServerError) -> String {
        guard let value = fields[key], value != .null else { return fallback }
        guard case .string(let text) = value, allowed.contains(text) else {
            throw .unprocessable("\(name(key)) must be one of \(allowed.joined(separator: ", "))")
        }
        return text
    }

    /// An optional timestamp (seconds since 1970, or an ISO-8601 string), `fallback` when absent.
    func timestamp(_ key: String, default fallback: Double) throws(ServerError) -> Double {
        guard let value = fields[key], value != .null else { return fallback }
        switch value {
        case .number(let seconds) where seconds.isFinite && seconds >= 0:
            return seconds
        case .string(let text):
            if let date = Self.parseISO8601(text) { return date.timeIntervalSince1970 }
        default:
            break
        }
        throw .unprocessable("\(name(key)) must be seconds since 1970 or an ISO-8601 timestamp")
    }

    /// An optional JSON object.
    func optionalObject(_ key: String) throws(ServerError) -> [String: JSONValue]? {
        guard let value = fields[key], value != .null else { return nil }
        guard case .object(let object) = value else { throw .unprocessable("\(name(key)) must be an object") }
        return object
    }

    private static func nonNegativeInteger(_ value: JSONValue) -> Int? {
        guard case .number(let number) = value, number.isFinite, number >= 0, number <= 1e15,
            number.rounded() == number
        else { return nil }
        return Int(number)
    }

    private static func parseISO8601(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
