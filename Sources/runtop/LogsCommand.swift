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
            Exit status: 0 when the lines were printed (with -f: the job finished), 3 when the job does not \
            exist, 4 when the server cannot be reached or answers garbage.
            """
    )

    @Option(name: .long, help: "Base URL of a Fusion jobs API.")
    var url: String

    @Argument(help: "The job's id.")
    var job: String

    @Flag(name: .shortAndLong, help: "Follow: keep polling for new lines until the job finishes.")
    var follow = false

    @Flag(name: .long, help: "Prefix each line with its timestamp.")
    var timestamps = false

    @Option(name: .long, help: "Seconds between polls with -f.")
    var interval = 1.0

    func run() async throws {
        let source = FusionSource(baseURL: url)
        defer { Task { await source.shutdown() } }
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
                    StandardStreams.error("runtop: no job \(job) at \(url)")
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
