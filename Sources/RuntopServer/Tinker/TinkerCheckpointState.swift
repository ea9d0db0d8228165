/// What a Tinker client changed about one checkpoint, kept in the `tinker_checkpoint` table: whether it is
/// published, when it expires, and whether it was deleted.
struct TinkerCheckpointState: Sendable, Equatable {
    /// Published (readable by anyone).
    var isPublic = false
    /// When it expires (seconds since 1970); nil means never.
    var expiresAt: Double?
    /// When it was deleted; a checkpoint saved again after this time is a new checkpoint.
    var deletedAt: Double?

    /// The state of a checkpoint no client has touched.
    static let untouched = TinkerCheckpointState()

    /// Whether a checkpoint saved at `savedAt` still exists at `now`: not deleted since, not expired.
    func isVisible(savedAt: Double, now: Double) -> Bool {
        if let deletedAt, savedAt <= deletedAt { return false }
        if let expiresAt, expiresAt <= now { return false }
        return true
    }
}
