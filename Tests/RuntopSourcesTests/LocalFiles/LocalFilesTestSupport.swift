import Foundation
import RuntopCore
import RuntopSources
import Testing

/// The real trainer outputs in `/work/shared/fixtures/real`, and scratch copies for live-tailing tests.
enum LocalFilesFixtures {
    /// `fixtures/real` beside the package root.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/fixtures/real").standardizedFileURL

    /// The absolute path of a fixture, e.g. `tinker_cookbook/rl_arithmetic_metrics.jsonl`.
    static func path(_ relative: String) -> String { directory.appendingPathComponent(relative).path }

    /// A fresh empty directory for one test.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("runtop-localfiles-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Per series, step → value, as the fixture's flat JSON lines say once `renames` are applied; `step` is
    /// not a series. Read with a pattern and `Double(_:)`, independently of the source under test (and
    /// exactly: Foundation's JSONSerialization rounds the last digit on Linux).
    static func expectedSeries(_ relative: String, renames: [String: String]) throws -> [String: [Int: Double]] {
        let text = try String(contentsOfFile: path(relative), encoding: .utf8)
        let member = /"([^"]+)":\s*(-?[0-9][0-9.eE+\-]*)/
        var expected: [String: [Int: Double]] = [:]
        for line in text.split(separator: "\n") {
            var row: [String: Double] = [:]
            for match in line.matches(of: member) { row[String(match.1)] = Double(String(match.2)) }
            let stepValue = row.removeValue(forKey: "step")
            let step = try #require(stepValue)
            for (key, value) in row { expected[renames[key] ?? key, default: [:]][Int(step)] = value }
        }
        return expected
    }

    /// Checks that `held` equals `expected` series by series, naming the first difference of each.
    static func expectSameSeries(
        _ held: [String: [Int: Double]], _ expected: [String: [Int: Double]],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(held.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        for (name, samples) in expected.sorted(by: { $0.key < $1.key }) {
            let holding = held[name] ?? [:]
            #expect(holding.keys.sorted() == samples.keys.sorted(), "steps of \(name)", sourceLocation: sourceLocation)
            if let step = samples.keys.sorted().first(where: { holding[$0] != nil && holding[$0] != samples[$0] }) {
                Issue.record(
                    "\(name) at step \(step): held \(holding[step]!), file says \(samples[step]!)",
                    sourceLocation: sourceLocation)
            }
        }
    }
}

/// Drives a source the way the poller does (job list, then the job, then metrics from a cursor, logs,
/// events, artifacts, result) and applies every response to a store.
struct StoreDriver {
    let source: any JobSource
    let id: JobID
    var store = DataStore()
    var cursor = JobCursor()
    var clock = Date(timeIntervalSince1970: 1_000_000)

    init(source: any JobSource, id: JobID) {
        self.source = source
        self.id = id
    }

    /// One list refresh and one pass over the selected job.
    mutating func poll() async throws {
        try await list()
        try await refreshJob()
        try await fetchMetrics()
        try await fetchLogs()
        store.apply(.events(id, try await source.events(id)))
        let job = try #require(store.job(id))
        store.apply(.artifacts(id, try await source.artifacts(id, job: job)))
        if let result = try await source.result(id) { store.apply(.result(id, result)) }
    }

    /// The job list, as the list loop applies it.
    mutating func list() async throws {
        let jobs = try await source.listJobs()
        for job in jobs where job.id == id { cursor.noteAttempt(of: job) }
        store.apply(.jobList(jobs, at: tick()))
    }

    /// The job's own state, as the job loop applies it.
    mutating func refreshJob() async throws {
        let job = try await source.job(id)
        cursor.noteAttempt(of: job)
        store.apply(.job(job, at: tick()))
    }

    /// Metric pages from the cursor, as the job loop asks for them.
    mutating func fetchMetrics() async throws {
        for _ in 0..<20 {
            let since = cursor.metricsStep
            let delta = try await source.metrics(id, sinceStep: since, attempt: cursor.attempt)
            let newest = delta.series.values.compactMap { $0.map(\.step).max() }.max()
            if let newest { cursor.metricsStep = max(since ?? .min, newest) }
            if delta.sampleCount > 0 || delta.latestStep != nil { store.apply(.metrics(id, delta, at: tick())) }
            guard let newest, let latest = delta.latestStep, latest > newest else { return }
        }
    }

    /// Log pages from the cursor.
    mutating func fetchLogs() async throws {
        for _ in 0..<20 {
            let since = cursor.logSeq
            let delta = try await source.logs(id, sinceSeq: since)
            let newest = delta.lines.map(\.seq).max()
            if let newest { cursor.logSeq = max(since ?? .min, newest) }
            if !delta.lines.isEmpty { store.apply(.logs(id, delta, at: tick())) }
            guard let newest, let latest = delta.latestSeq, latest > newest else { return }
        }
    }

    /// The store's samples per series, step → value.
    func heldSeries() -> [String: [Int: Double]] {
        var held: [String: [Int: Double]] = [:]
        for (name, series) in store.detail(id)?.metrics ?? [:] where !series.isEmpty {
            held[name] = Dictionary(uniqueKeysWithValues: zip(series.steps, series.values))
        }
        return held
    }

    private mutating func tick() -> Date {
        clock = clock.addingTimeInterval(1)
        return clock
    }
}

/// Writes to a scratch file the way trainers do: appending, truncating, rewriting in place.
struct ScratchFile {
    let path: String

    init(_ directory: URL, _ name: String) { path = directory.appendingPathComponent(name).path }

    /// Appends `text` as is (no newline added), creating the file when needed.
    func append(_ text: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Truncates the file and writes `text` in place (same inode), as Python's `open(path, "w")` does.
    func rewrite(_ text: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
    }
}

/// A tinker-cookbook SFT row with a loss derived from the step and the attempt, so attempts are told apart.
func tinkerRow(step: Int, attempt: Int = 0) -> String {
    "{\"step\": \(step), \"learning_rate\": 0.001, \"train_mean_nll\": \(Double(step) + Double(attempt) / 10)}\n"
}
