import Foundation
import GRDB
import Hummingbird
import Logging

/// The reference control plane: an HTTP server over a SQLite job store, with a built-in simulator.
public enum ReferenceServer {
    /// Opens the database, starts the simulator and the HTTP server, and returns once it listens.
    /// Refuses (`ReferenceServerError.tokenRequired`) to bind a non-loopback address without `apiToken`.
    public static func start(_ configuration: ReferenceServerConfiguration) async throws -> RunningReferenceServer {
        guard APIToken.isLoopback(configuration.host) || configuration.apiToken?.isEmpty == false else {
            throw ReferenceServerError.tokenRequired(host: configuration.host)
        }
        let temporaryPath = configuration.databasePath == nil
            ? FileManager.default.temporaryDirectory
                .appendingPathComponent("runtop-\(UUID().uuidString).sqlite").path
            : nil
        let databasePath = configuration.databasePath ?? temporaryPath!
        let pool = try JobDatabase.open(path: databasePath)
        let secondsPerStep = max(configuration.secondsPerStep, 0.0005)
        let registry = JobRegistry(
            pool: pool, logTailCap: max(configuration.logTailCap, 1), secondsPerStep: secondsPerStep,
            randomSeed: configuration.randomSeed)
        if configuration.seedHistory {
            try await TrainingSimulator.seedHistory(
                registry: registry, now: WireTimestamp.now, randomSeed: configuration.randomSeed)
        }
        let simulator = TrainingSimulator(
            registry: registry, secondsPerStep: secondsPerStep, targetActiveJobs: max(configuration.simulatedJobs, 0),
            randomSeed: configuration.randomSeed)

        let router = Router()
        // Outermost, so injected faults also damage error responses.
        router.middlewares.add(
            FaultMiddleware(
                injector: FaultInjector(plan: configuration.faults ?? FaultPlan(), randomSeed: configuration.randomSeed)))
        router.middlewares.add(ErrorBodyMiddleware())
        router.middlewares.add(TokenAuthMiddleware(token: configuration.apiToken))
        FusionRoutes(registry: registry).add(to: router)
        IngestionRoutes(ingestion: JobIngestion(registry: registry)).add(to: router)
        DreadnodeRoutes(
            store: DreadnodeStore(registry: registry), apiKey: configuration.dreadnodeAPIKey ?? configuration.apiToken)
            .add(to: router)
        TinkerRoutes(
            store: TinkerStore(registry: registry), apiKey: configuration.dreadnodeAPIKey ?? configuration.apiToken)
            .add(to: router)

        var logger = Logger(label: "runtop.server")
        // The demo shares the terminal with the dashboard: stay silent.
        logger.logLevel = .critical
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? configuration.port)
                portContinuation.finish()
            },
            logger: logger
        )
        let serverTask = Task {
            defer { portContinuation.finish() }
            try await application.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            // The server ended before listening: report why.
            let failure = await serverTask.result
            try? pool.close()
            if let temporaryPath { DatabaseFiles.remove(at: temporaryPath) }
            if case .failure(let error) = failure { throw error }
            throw ReferenceServerError.didNotStart
        }
        let simulatorTask = Task { await simulator.run() }
        let handle = ServerHandle(
            pool: pool, serverTask: serverTask, simulatorTask: simulatorTask, temporaryPath: temporaryPath)
        return RunningReferenceServer(host: configuration.host, port: port, handle: handle)
    }
}

/// Why the server could not start.
public enum ReferenceServerError: Error, CustomStringConvertible {
    /// The HTTP server stopped before it was listening.
    case didNotStart
    /// A non-loopback address was asked for without an API token.
    case tokenRequired(host: String)

    /// A readable reason.
    public var description: String {
        switch self {
        case .didNotStart: "the reference server stopped before it was listening"
        case .tokenRequired(let host):
            "refusing to listen on \(host) without an API token: set one (apiToken) or bind 127.0.0.1"
        }
    }
}
