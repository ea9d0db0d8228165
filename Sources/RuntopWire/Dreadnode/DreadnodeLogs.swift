/// `GET …/training/jobs/{id}/logs`: the job's structured worker log.
public struct DreadnodeLogPage: Codable, Sendable, Equatable {
    public var items: [DreadnodeLogEntry]

    public init(items: [DreadnodeLogEntry]) {
        self.items = items
    }
}

/// One structured log record.
public struct DreadnodeLogEntry: Codable, Sendable, Equatable {
    public var timestamp: String
    /// `debug | info | warning | error`.
    public var level: String
    public var message: String
    public var data: JSONValue?

    public init(timestamp: String, level: String, message: String, data: JSONValue? = nil) {
        self.timestamp = timestamp
        self.level = level
        self.message = message
        self.data = data
    }
}

/// `GET …/training/jobs/{id}/artifacts`: the trainer's free-form map (`checkpoints`, worker fields, refs).
public struct DreadnodeArtifacts: Codable, Sendable, Equatable {
    public var artifacts: [String: JSONValue]

    public init(artifacts: [String: JSONValue]) {
        self.artifacts = artifacts
    }
}
