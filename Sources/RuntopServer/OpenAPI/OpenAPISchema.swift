import RuntopWire

/// Builders for the JSON Schema subset the OpenAPI document uses: type (with `["x", "null"]` for nullable),
/// required, properties, additionalProperties, items, enum and `$ref`.
enum OpenAPISchema {
    static let string: JSONValue = .object(["type": .string("string")])
    static let integer: JSONValue = .object(["type": .string("integer")])
    static let number: JSONValue = .object(["type": .string("number")])
    static let boolean: JSONValue = .object(["type": .string("boolean")])
    /// Any JSON object.
    static let anyObject: JSONValue = .object(["type": .string("object")])

    /// A `type` that also allows null.
    static func nullable(_ type: String) -> JSONValue {
        .object(["type": .array([.string(type), .string("null")])])
    }

    /// One of the strings in `values`.
    static func enumeration(_ values: [String]) -> JSONValue {
        .object(["type": .string("string"), "enum": .array(values.map(JSONValue.string))])
    }

    /// An array of `items`.
    static func array(_ items: JSONValue) -> JSONValue {
        .object(["type": .string("array"), "items": items])
    }

    /// A reference to `#/components/schemas/<name>`.
    static func reference(_ name: String) -> JSONValue {
        .object(["$ref": .string("#/components/schemas/\(name)")])
    }

    /// An object with `properties`, of which `required` must be present.
    static func object(required: [String], _ properties: [String: JSONValue], additional: JSONValue? = nil)
        -> JSONValue
    {
        var schema: [String: JSONValue] = [
            "type": .string("object"), "required": .array(required.map(JSONValue.string)),
            "properties": .object(properties),
        ]
        if let additional { schema["additionalProperties"] = additional }
        return .object(schema)
    }

    /// A map from names to `values`.
    static func map(_ values: JSONValue) -> JSONValue {
        .object(["type": .string("object"), "additionalProperties": values])
    }
}
