import ArgumentParser
import Foundation
import RuntopDashboard
import RuntopSources

/// `runtop`: watch training runs live in the terminal.
@main
struct RuntopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runtop",
        abstract: "A terminal dashboard for watching machine-learning training runs live.",
        discussion: """
            Point it at a control plane with --url, or run `runtop demo` to try it against the built-in \
            reference server. Press ? in the dashboard for keys.
            """,
        subcommands: [WatchCommand.self, DemoCommand.self, ServeCommand.self, LogsCommand.self, SnapshotCommand.self],
        defaultSubcommand: WatchCommand.self
    )
}

/// `runtop [watch] --url URL`: the dashboard on a server (the default command).
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Open the dashboard on a control plane (the default: `runtop --url …`)."
    )

    @Option(name: .long, help: "Base URL of a Fusion jobs API, e.g. http://127.0.0.1:8080.")
    var url: String?

    @Argument(help: "Local trainer outputs to watch instead of a server: run directories or files (tinker-cookbook metrics.jsonl, HF trainer_state.json, Lightning metrics.csv).")
    var paths: [String] = []

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        if !paths.isEmpty {
            guard url == nil else { throw ValidationError("Give either --url or local paths, not both.") }
            let source: LocalFilesSource
            do {
                source = try LocalFilesSource(paths: paths)
            } catch {
                throw ValidationError("\(error)")
            }
            try await runDashboard(source: source, label: source.label, display: display)
            return
        }
        guard let url else {
            throw ValidationError("Give a server with --url http://HOST:PORT, local files (runtop PATH…), or try `runtop demo`.")
        }
        guard URL(string: url)?.scheme.map({ ["http", "https"].contains($0) }) == true else {
            throw ValidationError("--url must be an http:// or https:// URL, got '\(url)'.")
        }
        let source = FusionSource(baseURL: url)
        do {
            try await runDashboard(source: source, label: source.label, display: display)
        } catch {
            await awaitAtMost(seconds: 0.3) { await source.shutdown() }
            throw error
        }
        await awaitAtMost(seconds: 0.3) { await source.shutdown() }
    }
}

/// Options shared by every command that opens the dashboard.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .long, help: "Report mouse clicks and wheel (off by default so text selection works).")
    var mouse = false

    @Option(name: .long, help: "Log lines kept per job.")
    var logLines = 50_000
}

/// Opens the dashboard and turns its ending into the process's exit status.
func runDashboard(source: any JobSource, label: String, display: DisplayOptions) async throws {
    let options = DashboardOptions(
        sourceLabel: label, ascii: display.ascii, mouse: display.mouse, logCapacity: display.logLines)
    let exit: DashboardExit
    do {
        exit = try await Dashboard.run(source: source, options: options)
    } catch {
        FileHandle.standardError.write(Data("runtop: \(error)\n".utf8))
        throw ExitCode(2)
    }
    if case .signal(let name) = exit {
        FileHandle.standardError.write(Data("runtop: stopped by \(name)\n".utf8))
        // The shell convention: 128 + the signal's number.
        let numbers = ["interrupt": SIGINT, "terminate": SIGTERM, "hangup": SIGHUP, "quit": SIGQUIT]
        throw ExitCode(128 + (numbers[name] ?? SIGTERM))
    }
}
