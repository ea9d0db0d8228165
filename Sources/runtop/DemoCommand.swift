import ArgumentParser
import Foundation
import RuntopServer
import RuntopSources

/// `runtop demo`: the reference server in-process on loopback, and the dashboard on it.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start the built-in reference server with simulated runs and open the dashboard on it."
    )

    @Option(name: .long, help: "Simulated jobs kept running at a time.")
    var jobs = 4

    @Option(name: .long, help: "Simulation speed multiplier (2 = twice as many steps per second).")
    var speed = 1.0

    @Option(
        name: .long,
        help: "The API the dashboard speaks to the demo server: fusion, dreadnode (with Tinker checkpoint data and actions) or tinker.")
    var dialect = "fusion"

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        var configuration = ReferenceServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.simulatedJobs = jobs
        configuration.secondsPerStep = configuration.secondsPerStep / max(0.01, speed)
        configuration.seedHistory = true
        guard ["fusion", "dreadnode", "tinker"].contains(dialect) else {
            throw ValidationError("--dialect must be fusion, dreadnode or tinker, got '\(dialect)'.")
        }
        let server = try await ReferenceServer.start(configuration)
        // The reference server speaks every dialect on one port, from the same simulated jobs.
        let source: any JobSource
        switch dialect {
        case "dreadnode":
            source = DreadnodeSource(
                baseURL: server.baseURL, organization: "demo", workspace: "demo", apiKey: nil,
                tinker: TinkerEnricher(baseURL: server.baseURL, apiKey: nil),
                label: "demo · dreadnode · \(server.baseURL)")
        case "tinker":
            source = TinkerSource(baseURL: server.baseURL, apiKey: nil, label: "demo · tinker · \(server.baseURL)")
        default:
            source = FusionSource(baseURL: server.baseURL, label: "demo · \(server.baseURL)")
        }
        do {
            try await runDashboard(source: source, label: source.label, display: display)
        } catch {
            await awaitAtMost(seconds: 0.5) { await server.stop() }
            throw error
        }
        await awaitAtMost(seconds: 0.5) { await server.stop() }
    }
}
