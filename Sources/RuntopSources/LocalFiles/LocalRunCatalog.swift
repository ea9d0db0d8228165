import Foundation
import RuntopCore

/// The runs found under the paths given, read on demand: the state behind ``LocalFilesSource``.
actor LocalRunCatalog {
    /// A path given on the command line.
    enum Root: Sendable {
        case file(RunLayout)
        case directory(String)
    }

    private let roots: [Root]
    private let now: @Sendable () -> Date
    private var runs: [JobID: LocalRun] = [:]
    private var order: [JobID] = []
    private var lastDiscovery: Date?

    /// Seconds between searches of the root directories for new runs.
    static let discoveryInterval: TimeInterval = 10

    init(roots: [Root], now: @escaping @Sendable () -> Date) {
        self.roots = roots
        self.now = now
    }

    /// Every run's summary, after reading what changed.
    func listJobs() -> [JobSummary] {
        discoverIfDue()
        let time = now()
        return order.compactMap { id in
            runs[id]?.refresh()
            runs[id]?.markAnnounced()
            return runs[id]?.summary(now: time)
        }
    }

    /// One run's summary, after reading what changed.
    func job(_ id: JobID) throws -> JobSummary {
        try refreshed(id)
        runs[id]!.markAnnounced()
        return runs[id]!.summary(now: now())
    }

    func metrics(_ id: JobID, sinceStep: Int?, attempt: Int) throws -> MetricsDelta {
        try refreshed(id)
        return runs[id]!.metrics(sinceStep: sinceStep, attempt: attempt)
    }

    func logs(_ id: JobID, sinceSeq: Int?) throws -> LogDelta {
        try known(id)
        return runs[id]!.logs(sinceSeq: sinceSeq)
    }

    func events(_ id: JobID) throws -> [JobEvent] {
        try known(id)
        return runs[id]!.events()
    }

    func result(_ id: JobID) throws -> JobResult? {
        try known(id)
        return runs[id]!.result()
    }

    func artifacts(_ id: JobID) throws -> JobArtifacts {
        try known(id)
        return runs[id]!.artifacts()
    }

    private func refreshed(_ id: JobID) throws {
        try known(id)
        runs[id]!.refresh()
    }

    private func known(_ id: JobID) throws {
        if runs[id] == nil { discover() }
        guard runs[id] != nil else {
            throw SourceError.httpStatus(404, retryAfter: nil, detail: "no run at \(id.rawValue)")
        }
    }

    private func discoverIfDue() {
        if let lastDiscovery, now().timeIntervalSince(lastDiscovery) < Self.discoveryInterval { return }
        discover()
    }

    /// Finds the runs under the roots; runs already known keep their state.
    private func discover() {
        lastDiscovery = now()
        var layouts: [RunLayout] = []
        for root in roots {
            switch root {
            case .file(let layout): layouts.append(layout)
            case .directory(let path): layouts += RunDiscovery.layouts(under: path)
            }
        }
        for layout in layouts where runs[layout.id] == nil {
            runs[layout.id] = LocalRun(layout: layout)
            order.append(layout.id)
        }
    }
}
