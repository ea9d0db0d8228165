import RuntopWire

/// Jobs driven by a real trainer instead of the simulator.
///
/// A job is external when its `POST /jobs` body has `"hyperparams": {"external": true}` or the request
/// carries `X-Runtop-External: 1`. The simulator never advances it; the trainer pushes its metrics, logs,
/// events, result and artifacts through the ingestion routes, and only external jobs accept those pushes.
enum ExternalJob {
    /// The request header that marks a new job as external.
    static let headerName = "X-Runtop-External"
    /// The hyperparams key that marks a job as external.
    static let hyperparamKey = "external"
    /// The optional hyperparams key with the run's planned length (the progress bar's denominator).
    static let totalStepsKey = "total_steps"
    /// `next_action_at` for external jobs: the simulator's "due" query never picks them.
    static let neverDue = 1e300

    /// Whether the header value asks for an external job (`1`, `true`, `yes`).
    static func headerRequestsExternal(_ value: String?) -> Bool {
        guard let value else { return false }
        return ["1", "true", "yes"].contains(value.lowercased())
    }

    /// Whether hyperparams mark the job as external.
    static func isExternal(_ hyperparams: [String: JSONValue]) -> Bool {
        hyperparams[hyperparamKey] == .bool(true)
    }
}
