import Foundation
import RuntopCore
import RuntopWire

/// Dreadnode hosted training (seeds 000/001): jobs under `/api/v1/org/{org}/ws/{ws}/training/jobs`, metrics
/// embedded on the job record, a structured log, and a free-form artifacts map.
///
/// The API has no `since`: every poll re-fetches the job and the log, and the adapter diffs them against what
/// it delivered (see ``MetricsLedger`` and ``LogSequencer``). One poll pass fetches the job record once: the
/// metrics, events and result requests that follow `job(_:)` within ``recordReuseWindow`` reuse it.
public struct DreadnodeSource: JobSource {
    public let label: String
    let transport: HTTPTransport
    let jobsPath: String
    private let ledgers = DreadnodeJobLedgers()
    let enricher: TinkerEnricher?
    /// How long a fetched job record may stand in for a fresh one within a poll pass.
    public let recordReuseWindow: Duration
    /// Jobs asked for per list page, and the most pages fetched.
    public let pageSize: Int
    public let maximumPages: Int

    /// A source for the organisation's workspace at `baseURL` (the host, or ending in `/api/v1`).
    ///
    /// `apiKey` is sent as `X-API-Key`, `bearerToken` as `Authorization: Bearer`; `tinker`, when given, fills in
    /// checkpoint sizes, visibility and expiry from Tinker's API.
    public init(
        baseURL: String, organization: String, workspace: String, apiKey: String?, bearerToken: String? = nil,
        tinker: TinkerEnricher? = nil, recordReuseWindow: Duration = .seconds(2), pageSize: Int = 100,
        maximumPages: Int = 10, label: String? = nil
    ) {
        var headers: [(String, String)] = []
        if let apiKey { headers.append(("X-API-Key", apiKey)) }
        if let bearerToken { headers.append(("Authorization", "Bearer \(bearerToken)")) }
        transport = HTTPTransport(baseURL: Self.apiRoot(baseURL), headers: headers)
        jobsPath = "/org/\(Self.escape(organization))/ws/\(Self.escape(workspace))/training/jobs"
        enricher = tinker
        self.recordReuseWindow = recordReuseWindow
        self.pageSize = max(1, pageSize)
        self.maximumPages = max(1, maximumPages)
        self.label = label ?? "dreadnode · \(organization)/\(workspace) · \(transport.baseURL)"
    }

    public func listJobs() async throws -> [JobSummary] {
        var jobs: [DreadnodeJob] = []
        var page = 1
        while page <= maximumPages {
            let answer = try await get("\(jobsPath)?page=\(page)&page_size=\(pageSize)", as: DreadnodeJobPage.self)
            jobs += answer.items
            if answer.items.isEmpty || jobs.count >= answer.total { break }
            page += 1
        }
        var seen = Set<String>()
        jobs = jobs.filter { seen.insert($0.id).inserted }
        var summaries: [JobSummary] = []
        summaries.reserveCapacity(jobs.count)
        for job in jobs {
            summaries.append(
                DreadnodeJobMapping.summary(
                    job, attempt: await ledgers.attempt(job.id), detail: await ledgers.lastJob(job.id)))
        }
        // Newest first; jobs created at the same moment keep the server's order.
        return summaries.enumerated().sorted { lhs, rhs in
            let left = lhs.element.createdAt ?? .distantPast
            let right = rhs.element.createdAt ?? .distantPast
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    public func job(_ id: JobID) async throws -> JobSummary {
        let record = try await fetchJob(id)
        return DreadnodeJobMapping.summary(record, attempt: await ledgers.attempt(record.id))
    }

    public func metrics(_ id: JobID, sinceStep: Int?, attempt: Int) async throws -> MetricsDelta {
        let record = try await recentJob(id)
        let metrics = DreadnodeMetrics(record.metrics)
        let delta = await ledgers.metricsDelta(record.id, series: metrics.series, sinceStep: sinceStep)
        return MetricsDelta(series: delta.series, latestStep: metrics.latestStep, attempt: delta.attempt)
    }

    public func logs(_ id: JobID, sinceSeq: Int?) async throws -> LogDelta {
        let page = try await get("\(jobsPath)/\(Self.escape(id.rawValue))/logs", as: DreadnodeLogPage.self)
        let numbers = await ledgers.sequence(id.rawValue, fingerprints: page.items.map(DreadnodeJobMapping.fingerprint))
        let lines = zip(page.items, numbers).compactMap { entry, seq -> LogLine? in
            guard seq > (sinceSeq ?? Int.min) else { return nil }
            return DreadnodeJobMapping.line(entry, seq: seq)
        }
        return LogDelta(lines: lines, latestSeq: numbers.last, sinceSeq: sinceSeq)
    }

    public func events(_ id: JobID) async throws -> [JobEvent] {
        DreadnodeJobMapping.events(try await recentJob(id))
    }

    public func result(_ id: JobID) async throws -> JobResult? {
        DreadnodeJobMapping.result(try await recentJob(id))
    }

    public func artifacts(_ id: JobID, job: JobSummary) async throws -> JobArtifacts {
        let wire = try await get("\(jobsPath)/\(Self.escape(id.rawValue))/artifacts", as: DreadnodeArtifacts.self)
        let artifacts = DreadnodeArtifactsMapping.artifacts(wire.artifacts, job: await ledgers.lastJob(id.rawValue))
        guard let enricher else { return artifacts }
        return await enricher.enrich(artifacts)
    }

    /// Releases the HTTP clients.
    public func shutdown() async {
        await transport.shutdown()
        await enricher?.shutdown()
    }

    // MARK: - Requests

    private func fetchJob(_ id: JobID) async throws -> DreadnodeJob {
        let record = try await get("\(jobsPath)/\(Self.escape(id.rawValue))", as: DreadnodeJob.self)
        _ = await ledgers.observe(record)
        return record
    }

    /// The record fetched within the reuse window, else a fresh one.
    private func recentJob(_ id: JobID) async throws -> DreadnodeJob {
        if let record = await ledgers.recentJob(id.rawValue, maximumAge: recordReuseWindow) { return record }
        return try await fetchJob(id)
    }

    private func get<Value: Decodable>(_ path: String, as type: Value.Type) async throws -> Value {
        do {
            return try await transport.get(path, as: type)
        } catch let error as SourceError {
            throw DreadnodeErrorDetail.readable(error)
        }
    }

    /// `baseURL` without trailing slashes, ending in `/api/v1` (added when it names only the host).
    static func apiRoot(_ baseURL: String) -> String {
        var root = baseURL.trimmingCharacters(in: .whitespaces)
        while root.hasSuffix("/") { root.removeLast() }
        if root.hasSuffix("/api/v1") { return root }
        if root.hasSuffix("/api") { return root + "/v1" }
        return root + "/api/v1"
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}
