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

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        var configuration = ReferenceServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.simulatedJobs = jobs
        configuration.secondsPerStep = configuration.secondsPerStep / max(0.01, speed)
        configuration.seedHistory = true
        let server = try await ReferenceServer.start(configuration)
        let source = FusionSource(baseURL: server.baseURL, label: "demo · \(server.baseURL)")
        do {
            try await runDashboard(source: source, label: source.label, display: display)
        } catch {
            await awaitAtMost(seconds: 0.5) { await source.shutdown(); await server.stop() }
            throw error
        }
        await awaitAtMost(seconds: 0.5) { await source.shutdown(); await server.stop() }
    }
}
