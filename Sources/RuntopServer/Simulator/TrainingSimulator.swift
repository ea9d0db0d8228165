import Foundation
import GRDB
import RuntopWire

/// Runs inside the server: advances every active job on its schedule and keeps a number of
/// simulated jobs active, submitting new ones through the same path as `POST /jobs`.
actor TrainingSimulator {
    private let registry: JobRegistry
    private let advancer: JobAdvancer
    private let secondsPerStep: Double
    private let targetActiveJobs: Int
    private var random: SeededRandom

    /// A simulator over `registry`'s jobs.
    init(registry: JobRegistry, secondsPerStep: Double, targetActiveJobs: Int, randomSeed: UInt64?) {
        self.registry = registry
        self.advancer = JobAdvancer(journal: registry.journal)
        self.secondsPerStep = secondsPerStep
        self.targetActiveJobs = targetActiveJobs
        self.random = SeededRandom(seed: (randomSeed ?? UInt64.random(in: .min ... .max)) ^ 0x5EED_5EED)
    }

    /// Ticks until the task is cancelled.
    func run() async {
        let interval = min(max(secondsPerStep / 2, 0.002), 0.25)
        while !Task.isCancelled {
            do {
                try await tick(now: WireTimestamp.now)
            } catch {
                // A failed tick (a busy database, a write error) is retried on the next one.
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }

    /// Tops up the simulated jobs, then performs every action that is due by `now`, in one transaction.
    func tick(now: Double) async throws {
        if targetActiveJobs > 0 {
            try await topUp(now: now)
        }
        let advancer = advancer
        let secondsPerStep = secondsPerStep
        try await registry.pool.write { database in
            let due = try StoredJob.filter(JobStatus.active.contains(Column("status")))
                .filter(Column("next_action_at") <= now).fetchAll(database)
            for var job in due {
                // After a pause (a restart, a stalled host) carry on from now instead of replaying the gap.
                if job.nextActionAt < now - max(10 * secondsPerStep, 2) {
                    job.nextActionAt = now
                }
                var actions = 0
                while !job.isTerminal, job.nextActionAt <= now, actions < 50 {
                    try advancer.advance(&job, now: job.nextActionAt, secondsPerStep: secondsPerStep, in: database)
                    actions += 1
                }
            }
        }
    }

    private func topUp(now: Double) async throws {
        let active = try await registry.pool.read { database in
            try StoredJob.filter(JobStatus.active.contains(Column("status"))).fetchCount(database)
        }
        guard active < targetActiveJobs else { return }
        for _ in active..<targetActiveJobs {
            let request = SimulatedRequests.make(random: &random)
            let specification = try JobSpecification.parse(request: request)
            _ = try await registry.submit(specification, at: now)
        }
    }

    /// Creates the demo's finished history: one succeeded, failed and cancelled job of each type.
    static func seedHistory(registry: JobRegistry, now: Double, randomSeed: UInt64?) async throws {
        let existing = try await registry.pool.read { database in try StoredJob.fetchCount(database) }
        guard existing == 0 else { return }
        var random = SeededRandom(seed: (randomSeed ?? UInt64.random(in: .min ... .max)) ^ 0x4157_0421)
        let outcomes = ["succeed", "fail", "cancel"]
        var index = 0
        for type in JobSpecification.types {
            for outcome in outcomes {
                let request = SimulatedRequests.make(type: type, random: &random)
                let specification = try JobSpecification.parse(request: request)
                let atStep = outcome == "fail" ? specification.totalSteps * 3 / 5 : specification.totalSteps / 2
                let directive = SimulationDirective.parse(outcome == "succeed" ? "succeed" : "\(outcome)@\(atStep)")!
                let createdAt = now - Double(9 - index) * 1500
                try await registry.insertFinished(
                    specification, directive: directive, createdAt: createdAt, secondsPerStep: 4)
                index += 1
            }
        }
    }
}
