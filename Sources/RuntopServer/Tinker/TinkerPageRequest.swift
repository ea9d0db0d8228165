import Hummingbird

/// The `limit` and `offset` query of Tinker's listings, validated.
struct TinkerPageRequest: Sendable, Equatable {
    /// The most items one page returns.
    static let maximumLimit = 1000

    var limit: Int
    var offset: Int

    /// Reads `limit` (default `defaultLimit`, 1 … `maximumLimit`) and `offset` (default 0, not negative);
    /// `unprocessable` otherwise.
    static func parse(_ request: Request, defaultLimit: Int) throws(ServerError) -> TinkerPageRequest {
        let limit = try request.integerQuery("limit", default: defaultLimit)
        let offset = try request.integerQuery("offset", default: 0)
        guard (1...maximumLimit).contains(limit) else {
            throw .unprocessable("limit must be between 1 and \(maximumLimit)")
        }
        guard offset >= 0 else { throw .unprocessable("offset must not be negative") }
        return TinkerPageRequest(limit: limit, offset: offset)
    }

    /// The page of `items` this request selects.
    func page<Item>(of items: [Item]) -> [Item] {
        let start = min(offset, items.count)
        return Array(items[start..<min(start + limit, items.count)])
    }
}
