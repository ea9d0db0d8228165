import ArgumentParser
import Foundation
import RuntopCore
import RuntopSources

/// `runtop logs JOB [-f]`: a job's log lines on stdout, like `kubectl logs -f`.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Print a job's log lines; with -f, keep printing new ones until the job finishes.",
        discussion: """
            Any control plane the dashboard reads: --url with --dialect fusion (default), dreadnode (--org, \
            --workspace) or tinker, or --context NAME from the config file. Exit status: 0 when the lines were \
            printed (with -f: the job finished), 3 when the job does not exist, 4 when the server cannot be \
            reached or answers garbage.
            """
    )

    /// The same --url/--dialect/--org/--workspace/--token-env/--context as the dashboard.
    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: "Config file (default $XDG_CONFIG_HOME/runtop/config.toml).")
    var config: String?

    @Argument(help: "The job's id.")
    var job: String

    @Flag(name: .shortAndLong, help: "Follow: keep polling for new lines until the job finishes.")
    var follow = false

    @Flag(name: .long, help: "Prefix each line with its timestamp.")
    var timestamps = false

    @Option(name: .long, help: "Seconds between polls with -f.")
    var interval = 1.0

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try loadConfiguration(config, environment: environment)
        let source = try sourceOptions.resolve(configuration: configuration, environment: environment).source
        defer { Task { await shutDownConnections(of: source) } }
        let id = JobID(job)
        var cursor: Int?
        var failures = 0
        while true {
            do {
                let delta = try await source.logs(id, sinceSeq: cursor)
                if let first = delta.lines.first?.seq, let cursor, first > cursor + 1 {
                    emit("··· \(first - cursor - 1) lines not retrieved ···")
                }
                for line in delta.lines.sorted(by: { $0.seq < $1.seq }) where line.seq > (cursor ?? Int.min) {
                    let text = TextSanitizer.sanitize(line.text)
                    let stamp = timestamps ? (line.timestamp.map { WireDate.format($0) + " " } ?? "") : ""
                    emit(stamp + text)
                    cursor = line.seq
                }
                failures = 0
                guard follow else { return }
                if try await source.job(id).status.isTerminal {
                    // One last read so nothing written just before the end is lost.
                    let rest = try await source.logs(id, sinceSeq: cursor)
                    for line in rest.lines where line.seq > (cursor ?? Int.min) { emit(TextSanitizer.sanitize(line.text)) }
                    return
                }
            } catch let error as SourceError {
                if case .httpStatus(404, _, _) = error {
                    StandardStreams.error("runtop: no job \(job) at \(source.label)")
                    throw ExitCode(3)
                }
                failures += 1
                StandardStreams.error("runtop: \(error.problem)")
                if !follow || failures > 30 { throw ExitCode(4) }
            }
            try await Task.sleep(for: .milliseconds(Int(interval * 1000)))
        }
    }

    private func emit(_ line: String) {
        StandardStreams.output(line)
    }
}
