/// The status values of the Fusion lifecycle: `queued → running → succeeded | failed | cancelled`,
/// with `reclaimed` when a worker is interrupted (the run resumes from its last checkpoint).
enum JobStatus {
    static let queued = "queued"
    static let running = "running"
    static let reclaimed = "reclaimed"
    static let succeeded = "succeeded"
    static let failed = "failed"
    static let cancelled = "cancelled"

    /// States that never change again.
    static let terminal: Set<String> = [succeeded, failed, cancelled]
    /// States the simulator still advances.
    static let active: [String] = [queued, running, reclaimed]
}
