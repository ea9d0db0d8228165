import Foundation

/// A log line's structured payload as the lines shown when it is expanded.
public enum PayloadFormatting {
    /// `payload` (compact JSON) pretty-printed with sorted keys, one row per line; the text itself when it is
    /// not JSON.
    public static func lines(_ payload: String) -> [String] {
        guard let data = payload.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            JSONSerialization.isValidJSONObject(object),
            let pretty = try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: pretty, encoding: .utf8)
        else { return [payload] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }
}
