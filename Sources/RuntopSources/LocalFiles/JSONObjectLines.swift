import Foundation
import RuntopWire

/// Decodes JSON Lines: one object per line, bare NaN/Infinity allowed (Python writes them).
enum JSONObjectLines {
    /// The objects on `lines`, in order; a line that is not a JSON object is skipped.
    static func objects(_ lines: [String]) -> [[String: JSONValue]] {
        guard !lines.isEmpty else { return [] }
        // One decode for the whole batch is much faster than one per line; a bad line sends us line by line.
        let batch = Data(("[" + lines.joined(separator: ",\n") + "]").utf8)
        if let all = try? JSONWire.decode([[String: JSONValue]].self, from: batch) { return all }
        return lines.compactMap { try? JSONWire.decode([String: JSONValue].self, from: Data($0.utf8)) }
    }

    /// The numeric members of `object` other than `excluded`; strings, booleans, nulls and containers are
    /// skipped.
    static func numbers(in object: [String: JSONValue], excluding excluded: Set<String>) -> [String: Double] {
        var result: [String: Double] = [:]
        for (key, value) in object where !excluded.contains(key) {
            if case .number(let number) = value { result[key] = number }
        }
        return result
    }
}
