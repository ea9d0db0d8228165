import Foundation
import RuntopCore
import Testing

/// The staleness record says why data is old and for how long.
@Suite("Staleness")
struct StalenessTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func runningStore() -> DataStore {
        var store = DataStore()
        store.apply(.jobList([JobSummary(id: "j", name: "j", kind: "train", status: .running)], at: start))
        store.apply(.metrics("j", MetricsDelta(series: ["loss": [MetricSample(step: 5, value: 1)]]), at: start))
        return store
    }

    @Test func freshDataHasNoRecord() {
        #expect(Staleness.assess(store: runningStore(), job: "j", now: start.addingTimeInterval(5)) == nil)
    }

    @Test func failingRequestsSayWhatFailedSinceWhenAndHowOldTheDataIs() {
        var store = runningStore()
        store.apply(.requestSucceeded(.metrics, latency: 0.01, at: start))
        store.apply(.requestFailed(.metrics, .unreachable("connection refused"), at: start.addingTimeInterval(10)))
        let record = Staleness.assess(store: store, job: "j", now: start.addingTimeInterval(22))
        #expect(record?.cause == .source(.unreachable("connection refused")))
        #expect(record?.description == "API unreachable (connection refused) for 12s · data 22s old")
    }

    @Test func aRunningJobWithNothingNewIsSilent() {
        let record = Staleness.assess(store: runningStore(), job: "j", now: start.addingTimeInterval(150))
        #expect(record?.cause == .jobSilent)
        #expect(record?.description == "job silent for 2m")
    }

    @Test func logsWithoutANewStepMeanTheStepIsNotAdvancing() {
        var store = runningStore()
        store.apply(.logs("j", LogDelta(lines: [LogLine(seq: 1, text: "waiting for NCCL")]), at: start.addingTimeInterval(100)))
        let record = Staleness.assess(store: store, job: "j", now: start.addingTimeInterval(130))
        #expect(record?.cause == .stepNotAdvancing(step: 5))
        #expect(record?.description == "step 5 not advancing for 2m")
    }

    @Test func finishedJobsAreNeverSilent() {
        var store = runningStore()
        store.apply(.job(JobSummary(id: "j", name: "j", kind: "train", status: .succeeded), at: start))
        #expect(Staleness.assess(store: store, job: "j", now: start.addingTimeInterval(3600)) == nil)
    }
}
