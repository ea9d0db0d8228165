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

    func run() async throws {
        var configuration = ReferenceServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.databasePath = db
        configuration.simulatedJobs = simulate
        configuration.secondsPerStep = configuration.secondsPerStep / max(0.01, speed)
        configuration.logTailCap = logTail
        let server = try await ReferenceServer.start(configuration)
        FileHandle.standardOutput.write(Data("runtop serve: listening on \(server.baseURL) (database \(db))\n".utf8))
        let signal = await TerminationSignal.wait()
        FileHandle.standardOutput.write(Data("runtop serve: \(signal), shutting down\n".utf8))
        await server.stop()
    }
}
