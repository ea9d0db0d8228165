import Foundation
import RuntopCore
import RuntopSources
import Synchronization
import Testing

@Suite("Local trainer files through the real poller")
struct LocalFilesPollerTests {
    /// The poller's events applied to a store, as the dashboard does.
    final class StoreSink: Sendable {
        private let held = Mutex(DataStore())

        func apply(_ event: StoreEvent) { held.withLock { _ = $0.apply(event) } }

        var store: DataStore { held.withLock { $0 } }

        /// Waits up to `timeout` seconds for `condition` to hold.
        func waitUntil(timeout: Double = 15, _ condition: (DataStore) -> Bool) async -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if condition(store) { return true }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return condition(store)
        }
    }

    @Test func pollerFollowsAFixtureCopyThroughARestartFromZero() async throws {
        let directory = try LocalFilesFixtures.scratchDirectory().appendingPathComponent("distill", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = ScratchFile(directory, "metrics.jsonl")
        try FileManager.default.copyItem(
            atPath: LocalFilesFixtures.path("tinker_cookbook/sl_distillation_off_metrics.jsonl"), toPath: file.path)
        let id = JobID(file.path)
        let source = try LocalFilesSource(paths: [directory.deletingLastPathComponent().path])
        let sink = StoreSink()
        let schedule = PollSchedule(listInterval: 0.05, selectedJobInterval: 0.02, finishedJobInterval: 0.05)
        let poller = Poller(source: source, schedule: schedule) { sink.apply($0) }
        await poller.start()
        await poller.select(id)
        let loaded = await sink.waitUntil { $0.detail(id)?.metrics[SeriesName.loss]?.count == 683 }
        #expect(loaded)
        #expect(sink.store.job(id)?.name == "distill")

        try file.append((0...3).map { tinkerRow(step: $0, attempt: 1) }.joined())
        let restarted = await sink.waitUntil { store in
            store.job(id)?.retries == 1 && store.detail(id)?.metrics[SeriesName.loss]?.steps == [0, 1, 2, 3]
                && store.detail(id)?.metrics[SeriesName.loss]?.values.first == 0.1
        }
        await poller.stop()
        #expect(restarted)
        // Series only the old attempt wrote are gone after the resume step too.
        #expect(sink.store.detail(id)?.metrics["num_tokens"]?.steps == [0])
    }
}
