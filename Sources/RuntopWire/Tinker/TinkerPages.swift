/// Where a Tinker listing page sits in the whole list.
public struct TinkerCursor: Codable, Sendable, Equatable {
    /// Index of the page's first item, the page size asked for, and the whole list's length.
    public var offset: Int
    public var limit: Int
    public var totalCount: Int?

    public init(offset: Int, limit: Int, totalCount: Int? = nil) {
        self.offset = offset
        self.limit = limit
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case offset, limit
        case totalCount = "total_count"
    }
}

/// `GET /api/v1/training_runs?limit&offset`: one page of runs.
public struct TinkerTrainingRunsPage: Codable, Sendable, Equatable {
    public var trainingRuns: [TinkerTrainingRun]
    public var cursor: TinkerCursor?

    public init(trainingRuns: [TinkerTrainingRun], cursor: TinkerCursor? = nil) {
        self.trainingRuns = trainingRuns
        self.cursor = cursor
    }

    enum CodingKeys: String, CodingKey {
        case cursor
        case trainingRuns = "training_runs"
    }
}

/// `GET /api/v1/training_runs/{id}/checkpoints` (no cursor) and `GET /api/v1/checkpoints` (with one).
public struct TinkerCheckpointsPage: Codable, Sendable, Equatable {
    public var checkpoints: [TinkerCheckpoint]
    public var cursor: TinkerCursor?

    public init(checkpoints: [TinkerCheckpoint], cursor: TinkerCursor? = nil) {
        self.checkpoints = checkpoints
        self.cursor = cursor
    }
}
