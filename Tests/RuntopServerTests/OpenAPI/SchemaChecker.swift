import RuntopWire

/// Checks a JSON value against the JSON Schema subset the OpenAPI document uses: `$ref`, `type` (one name or
/// a list such as `["number", "null"]`), `required`, `properties`, `additionalProperties`, `items` and `enum`.
struct SchemaChecker {
    /// The whole OpenAPI document (to resolve `$ref`).
    let document: JSONValue

    /// Every mismatch, each with the JSON path where it is.
    func problems(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.stringValue {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let resolved = document["components"]?["schemas"]?[name] else { return ["\(path): unknown \(reference)"] }
            return problems(value, against: resolved, at: path)
        }
        var found: [String] = []
        if let types = allowedTypes(schema), !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path): \(value.compactJSON.prefix(60)) is not \(types.joined(separator: " or "))"]
        }
        if case .array(let allowed) = schema["enum"] ?? .null, value != .null, !allowed.contains(value) {
            found.append("\(path): \(value.compactJSON) is not one of \(JSONValue.array(allowed).compactJSON)")
        }
        if case .object(let members) = value {
            if case .array(let required) = schema["required"] ?? .null {
                for key in required.compactMap(\.stringValue) where members[key] == nil {
                    found.append("\(path): missing required \(key)")
                }
            }
            let properties: [String: JSONValue]
            if case .object(let declared) = schema["properties"] ?? .null { properties = declared } else { properties = [:] }
            for (key, member) in members {
                if let property = properties[key] {
                    found += problems(member, against: property, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"], case .object = additional {
                    found += problems(member, against: additional, at: "\(path).\(key)")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                found += problems(item, against: itemSchema, at: "\(path)[\(index)]")
            }
        }
        return found
    }

    private func allowedTypes(_ schema: JSONValue) -> [String]? {
        switch schema["type"] ?? .null {
        case .string(let type): [type]
        case .array(let types): types.compactMap(\.stringValue)
        default: nil
        }
    }

    private func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
            ("number", .number):
            true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }
}
