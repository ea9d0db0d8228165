/// How to run the reference control plane: where to listen, where to store, and how to simulate.
public struct ReferenceServerConfiguration: Sendable {
    /// The address to bind (loopback by default).
    public var host: String
    /// The TCP port; 0 asks the system for a free one.
    public var port: Int
    /// The SQLite file; nil means a fresh temporary file that is deleted on stop.
    public var databasePath: String?
    /// How many simulated jobs to keep active at a time (0 = submit none; submitted jobs still progress).
    public var simulatedJobs: Int
    /// Mean wall-clock seconds per training step (each step is jittered around it).
    public var secondsPerStep: Double
    /// How many console lines are kept per job for `/logs`.
    public var logTailCap: Int
    /// Whether to create a few finished jobs of each type at start (succeeded, failed, cancelled).
    public var seedHistory: Bool
    /// A seed that makes the simulation's values and decisions reproducible.
    public var randomSeed: UInt64?
    /// Faults to inject into responses (nil = none; the `X-Runtop-Fault` request header works regardless).
    public var faults: FaultPlan?
    /// The token the Dreadnode dialect requires (`X-API-Key` or `Authorization: Bearer`); nil = `apiToken`.
    public var dreadnodeAPIKey: String?
    /// The token every route except `GET /openapi.json` requires (`Authorization: Bearer` or `X-API-Key`);
    /// nil = no auth, allowed only on a loopback address.
    public var apiToken: String?

    /// A configuration with the defaults: loopback, ephemeral port, temporary database, no simulated jobs.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        databasePath: String? = nil,
        simulatedJobs: Int = 0,
        secondsPerStep: Double = 0.6,
        logTailCap: Int = 2000,
        seedHistory: Bool = false,
        randomSeed: UInt64? = nil,
        faults: FaultPlan? = nil,
        dreadnodeAPIKey: String? = nil,
        apiToken: String? = nil
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.simulatedJobs = simulatedJobs
        self.secondsPerStep = secondsPerStep
        self.logTailCap = logTailCap
        self.seedHistory = seedHistory
        self.randomSeed = randomSeed
        self.faults = faults
        self.dreadnodeAPIKey = dreadnodeAPIKey
        self.apiToken = apiToken
    }
}
