import Foundation
import RuntopCore

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

    /// `payload` (a JSON object) as `key: value` lines with sorted keys; a nested object's fields follow its
    /// `key:` line indented by two spaces, an array is shown as compact JSON. Text that is not a JSON object
    /// is returned as ``lines(_:)`` shows it; an empty payload (`""`, `{}`) gives no lines.
    public static func keyValueLines(_ payload: String) -> [String] {
        let trimmed = payload.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        guard let data = trimmed.data(using: .utf8),
            let object = (try? JSONSerialization.jsonObject(with: data, options: [])) as? [String: Any]
        else { return lines(trimmed) }
        // Decoding turns escapes such as \u001b back into controls: sanitise what decoding produced.
        return keyValueLines(object, indent: "").map(TextSanitizer.sanitize)
    }

    private static func keyValueLines(_ object: [String: Any], indent: String) -> [String] {
        object.keys.sorted().flatMap { key -> [String] in
            if let nested = object[key] as? [String: Any], !nested.isEmpty {
                return ["\(indent)\(key):"] + keyValueLines(nested, indent: indent + "  ")
            }
            return ["\(indent)\(key): \(scalarText(object[key] ?? NSNull()))"]
        }
    }

    /// A string without its quotes; anything else as compact JSON (`200`, `true`, `null`, `[1,2]`).
    private static func scalarText(_ value: Any) -> String {
        if let text = value as? String { return text }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "\(value)" }
        return text
    }
}
