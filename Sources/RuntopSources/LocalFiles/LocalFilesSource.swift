import Foundation
import RuntopCore

/// Training runs read from the files trainers write on local disk (`runtop PATH`): tinker-cookbook
/// `metrics.jsonl` + `checkpoints.jsonl`, Hugging Face `trainer_state.json`, Lightning `CSVLogger`
/// `metrics.csv`.
///
/// Each call reads only what was appended since the last one, and notices truncated, replaced and rewritten
/// files. A tinker run restarted into the same file (steps starting again) is reported as a new attempt:
/// ``RuntopCore/JobSummary/retries`` grows and ``RuntopCore/JobSummary/lastCheckpointStep`` is the step it
/// resumed from, so the store drops the old attempt's later samples.
public final class LocalFilesSource: JobSource {
    public let label: String
    private let catalog: LocalRunCatalog

    /// A source for `paths`: each a trainer output file, or a directory searched for runs (one per run
    /// directory; new runs appearing later are found too).
    public convenience init(paths: [String]) throws {
        try self.init(paths: paths, now: { Date() })
    }

    /// A source for `paths` that judges running versus stale runs by the clock `now`.
    public init(paths: [String], now: @escaping @Sendable () -> Date) throws {
        guard !paths.isEmpty else { throw LocalFilesError.noPaths }
        var roots: [LocalRunCatalog.Root] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LocalFilesError.notFound(path)
            }
            roots.append(isDirectory.boolValue ? .directory(path) : .file(try RunDiscovery.layout(forFile: path)))
        }
        label = "files · " + (paths.count == 1 ? paths[0] : "\(paths.count) paths")
        catalog = LocalRunCatalog(roots: roots, now: now)
    }

    public func listJobs() async throws -> [JobSummary] { await catalog.listJobs() }

    public func job(_ id: JobID) async throws -> JobSummary { try await catalog.job(id) }

    public func metrics(_ id: JobID, sinceStep: Int?, attempt: Int) async throws -> MetricsDelta {
        try await catalog.metrics(id, sinceStep: sinceStep, attempt: attempt)
    }

    public func logs(_ id: JobID, sinceSeq: Int?) async throws -> LogDelta {
        try await catalog.logs(id, sinceSeq: sinceSeq)
    }

    public func events(_ id: JobID) async throws -> [JobEvent] { try await catalog.events(id) }

    public func result(_ id: JobID) async throws -> JobResult? { try await catalog.result(id) }

    public func artifacts(_ id: JobID, job: JobSummary) async throws -> JobArtifacts {
        try await catalog.artifacts(id)
    }
}
