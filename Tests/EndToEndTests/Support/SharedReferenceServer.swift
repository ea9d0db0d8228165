import RuntopServer

/// One reference server for every test that only needs some live jobs to look at, started on first use and
/// kept for the rest of the run (starting one per test would cost more than the tests themselves).
actor SharedReferenceServer {
    /// The process-wide instance.
    static let shared = SharedReferenceServer()

    private var starting: Task<RunningReferenceServer, any Error>?

    /// The base URL (`http://127.0.0.1:PORT`) of the server, starting it when needed.
    func baseURL() async throws -> String {
        if starting == nil {
            starting = Task {
                var configuration = ReferenceServerConfiguration()
                configuration.simulatedJobs = 2
                configuration.secondsPerStep = 0.3
                configuration.seedHistory = true
                configuration.randomSeed = 7
                return try await ReferenceServer.start(configuration)
            }
        }
        return try await starting!.value.baseURL
    }
}
