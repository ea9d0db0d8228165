import Foundation

/// JSON decoding as every adapter does it: lenient about NaN/Infinity (Python writes them bare), strict about
/// structure, with an error message that names the path that failed.
public enum JSONWire {
    /// Decodes `type` from `data`, or throws ``SourceError/malformed(_:)`` with a short, readable reason.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw SourceError.malformed(describe(error))
        } catch {
            throw SourceError.malformed(String(describing: error))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let joined = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return joined.isEmpty ? "body" : joined
        }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context))"
        case .keyNotFound(let key, let context):
            return "missing \(key.stringValue) at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected type at \(path(context))"
        @unknown default:
            return "undecodable"
        }
    }
}
