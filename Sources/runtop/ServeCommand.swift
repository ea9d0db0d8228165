import ArgumentParser
import Foundation
import RuntopServer

/// `runtop serve`: the reference control plane as a standalone server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the reference control plane (Fusion jobs API over SQLite) with simulated runs."
    )

    @Option(name: .long, help: "Address to bind (loopback by default).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(name: .long, help: "SQLite database file (created if missing).")
    var db = "runtop.sqlite"

    @Option(name: .long, help: "Simulated jobs kept running at a time (0 = none).")
    var simulate = 0

    @Option(name: .long, help: "Simulation speed multiplier (2 = twice as many steps per second).")
    var speed = 1.0

    @Option(name: .long, help: "Log lines the server keeps per job for /logs.")
    var logTail = 2000

    @Option(name: .long, help: "Fault injection, e.g. 'latency=200ms..800ms,error=0.05,rate_limit=20/s,reset=0.01,truncate=0.01,malformed=0.01'.")
    var faults: String?

    @Option(name: .long, help: "Random seed for a reproducible simulation.")
    var seed: UInt64?

    @Flag(name: .long, help: "Also create a few finished jobs of every type and outcome.")
    var history = false

    @Option(name: .long, help: "Environment variable holding the API key the Dreadnode and Tinker routes require.")
    var dreadnodeKeyEnv: String?

    @Option(name: .long, help: "Environment variable holding the API token every route requires (needed to bind a non-loopback --host).")
    var apiTokenEnv: String?

    func run() async throws {
        var configuration = ReferenceServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.databasePath = db
        configuration.simulatedJobs = simulate
        configuration.secondsPerStep = configuration.secondsPerStep / max(0.01, speed)
        configuration.logTailCap = logTail
        configuration.randomSeed = seed
        configuration.seedHistory = history
        if let faults {
            do {
                configuration.faults = try FaultPlan.parse(faults)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let environment = ProcessInfo.processInfo.environment
        if let dreadnodeKeyEnv {
            configuration.dreadnodeAPIKey = try secret(
                fromVariable: dreadnodeKeyEnv, flag: "--dreadnode-key-env", environment: environment)
        }
        if let apiTokenEnv {
            configuration.apiToken = try secret(fromVariable: apiTokenEnv, flag: "--api-token-env", environment: environment)
        }
        let server: RunningReferenceServer
        do {
            server = try await ReferenceServer.start(configuration)
        } catch let error as ReferenceServerError {
            throw ValidationError("\(error)")
        }
        StandardStreams.output("runtop serve: listening on \(server.baseURL) (database \(db))")
        let signal = await TerminationSignal.wait()
        StandardStreams.output("runtop serve: \(signal), shutting down")
        await server.stop()
    }
}
