import Foundation
import RuntopWire

/// Decodes JSON Lines: one object per line, bare NaN/Infinity allowed (Python writes them).
enum JSONObjectLines {
    /// One line's numeric members; strings, booleans, nulls and containers are skipped.
    struct NumericRow: Decodable, Sendable {
        var values: [String: Double]

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            values = [:]
            values.reserveCapacity(container.allKeys.count)
            // Numbers first: nearly every member is one, and a failed attempt costs an error.
            for key in container.allKeys {
                if let value = try? container.decode(Double.self, forKey: key) { values[key.stringValue] = value }
            }
        }
    }

    /// The numeric members of each line, in order; a line that is not a JSON object is skipped.
    static func numericRows(_ lines: [String]) -> [[String: Double]] {
        decodeBatch(lines, as: NumericRow.self).map(\.values)
    }

    /// The objects on `lines`, in order; a line that is not a JSON object is skipped.
    static func objects(_ lines: [String]) -> [[String: JSONValue]] {
        decodeBatch(lines, as: [String: JSONValue].self)
    }

    /// The numeric members of `object` other than `excluded`.
    static func numbers(in object: [String: JSONValue], excluding excluded: Set<String>) -> [String: Double] {
        var result: [String: Double] = [:]
        for (key, value) in object where !excluded.contains(key) {
            if case .number(let number) = value { result[key] = number }
        }
        return result
    }

    private static func decodeBatch<Row: Decodable>(_ lines: [String], as type: Row.Type) -> [Row] {
        guard !lines.isEmpty else { return [] }
        // One decode for the whole batch is much faster than one per line; a bad line sends us line by line.
        let batch = Data(("[" + lines.joined(separator: ",\n") + "]").utf8)
        if let all = try? JSONWire.decode([Row].self, from: batch) { return all }
        return lines.compactMap { try? JSONWire.decode(Row.self, from: Data($0.utf8)) }
    }
}
