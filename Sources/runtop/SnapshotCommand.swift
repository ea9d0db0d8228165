import ArgumentParser
import Foundation
import RuntopCore
import RuntopRender
import RuntopSources

/// `runtop snapshot`: one look at the job list or one job, printed for scripts and logs, then exit.
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the job list, or one job's summary with an ASCII chart, and exit.",
        discussion: """
            The source is named as for the dashboard: --url with --dialect fusion, dreadnode (--org, \
            --workspace, optionally --tinker-url) or tinker; local paths; or --context NAME from the config file. \
            With --json the same data is printed as one JSON object. With --screen the whole dashboard is \
            rendered as text at --width × --height. Exit status: 0 ok, 3 no such job, 4 the server cannot be \
            reached or answers garbage.
            """
    )

    /// The same --url/--dialect/--org/--workspace/--token-env/--tinker-url/--context and paths as the dashboard.
    @OptionGroup var sourceOptions: SourceOptions

    @Argument(help: "Local trainer outputs instead of a server.")
    var paths: [String] = []

    @Option(name: .long, help: "Config file (default $XDG_CONFIG_HOME/runtop/config.toml).")
    var config: String?

    @Option(name: .long, help: "Show this job (id) instead of the list.")
    var job: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Render the whole dashboard as text.")
    var screen = false

    @Option(name: .long, help: "Columns for --screen and charts.")
    var width = 120

    @Option(name: .long, help: "Rows for --screen.")
    var height = 40

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try loadConfiguration(config, environment: environment)
        let source = try sourceOptions.resolve(paths: paths, configuration: configuration, environment: environment)
            .source
        var store = DataStore()
        let now = Date()
        do {
            store.apply(.jobList(try await source.listJobs(), at: now))
            // The screen shows the selected job's panes: without --job, the first job's, as the dashboard would.
            if let detailJob = job.map({ JobID($0) }) ?? (screen ? store.jobs.first?.id : nil) {
                try await load(detailJob, from: source, into: &store, now: now)
            }
        } catch let error as SourceError {
            if case .httpStatus(404, _, _) = error {
                StandardStreams.error("runtop: no job \(job ?? "")")
                throw ExitCode(3)
            }
            StandardStreams.error("runtop: \(error.problem)")
            throw ExitCode(4)
        }
        await awaitAtMost(seconds: 0.3) { await shutDownConnections(of: source) }

        let selected = job.map { JobID($0) }
        if json {
            print(try SnapshotJSON.render(store: store, job: selected))
        } else if screen {
            var view = ViewState()
            view.resize(width: width, height: height)
            view.selectedJobID = selected ?? store.jobs.first?.id
            let buffer = DashboardView.render(
                store: store, view: view, now: now, width: width, height: height,
                sourceLabel: source.label, theme: .monochrome, glyphs: .ascii)
            print(buffer.text)
        } else if let selected {
            print(SnapshotText.job(selected, store: store, now: now, width: width))
        } else {
            print(SnapshotText.jobList(store, now: now))
        }
    }

    private func load(_ id: JobID, from source: any JobSource, into store: inout DataStore, now: Date) async throws {
        let summary = try await source.job(id)
        store.apply(.job(summary, at: now))
        store.apply(.metrics(id, try await source.metrics(id, sinceStep: nil, attempt: summary.retries), at: now))
        store.apply(.logs(id, try await source.logs(id, sinceSeq: nil), at: now))
        store.apply(.events(id, try await source.events(id)))
        store.apply(.artifacts(id, try await source.artifacts(id, job: summary)))
        if let result = try await source.result(id) { store.apply(.result(id, result)) }
    }
}
