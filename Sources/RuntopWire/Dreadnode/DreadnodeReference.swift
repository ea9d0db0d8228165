/// A versioned artifact reference `{name, version}` (datasets, capabilities).
public struct DreadnodeReference: Codable, Sendable, Equatable {
    public var name: String
    public var version: String?

    public init(name: String, version: String? = nil) {
        self.name = name
        self.version = version
    }
}
