import Foundation
import RuntopCore
@testable import RuntopSources
import RuntopWire
import Testing

/// How Fusion's wire objects become core models.
@Suite("Fusion mapping")
struct FusionMappingTests {
    @Test func evalPointsBecomeTheValidationLossSeries() {
        let page = FusionMetricsPage(jobID: "j", count: 3, latestStep: 11, points: [
            FusionMetricPoint(ts: "2026-11-22T16:00:00Z", step: 10, cycle: 1, phase: "train", loss: 1.5, lr: 3e-5,
                throughput: 1.2, vramGB: 23.6, gradNorm: 0.9),
            FusionMetricPoint(ts: "2026-11-22T16:00:01Z", step: 10, phase: "eval", loss: 1.7),
            FusionMetricPoint(ts: "2026-11-22T16:00:02Z", step: 11, phase: "train", loss: 1.4, lr: nil),
        ])
        let delta = FusionSource.delta(page, attempt: 2, sinceStep: 9)
        #expect(delta.series[SeriesName.loss] == [MetricSample(step: 10, value: 1.5), MetricSample(step: 11, value: 1.4)])
        #expect(delta.series[SeriesName.validationLoss] == [MetricSample(step: 10, value: 1.7)])
        #expect(delta.series[SeriesName.learningRate] == [MetricSample(step: 10, value: 3e-5)])
        #expect(delta.series[SeriesName.gradientNorm]?.count == 1)
        #expect(delta.series[SeriesName.vram]?.first?.value == 23.6)
        #expect(delta.attempt == 2)
        #expect(delta.latestStep == 11)
        #expect(delta.sinceStep == 9)
    }

    @Test func jobNameComesFromOutputNameAndTotalFromHyperparams() {
        let job = FusionJob(
            id: "1234567890", type: "train", status: "running", retries: 1, lastCheckpointStep: 800,
            createdAt: "2026-11-22T16:03:07.123Z", startedAt: "2026-11-22T16:03:08Z", baseModelID: "base",
            hyperparams: ["output_name": .string("my-model"), "cycles": .number(6), "steps_per_cycle": .number(1000)])
        let summary = FusionSource.summary(job)
        #expect(summary.name == "my-model")
        #expect(summary.status == .running)
        #expect(summary.totalSteps == 6000)
        #expect(summary.retries == 1)
        #expect(summary.lastCheckpointStep == 800)
        #expect(summary.model == "base")
        #expect(summary.createdAt == Date(timeIntervalSince1970: 1_795_363_387.123))
    }

    @Test func unnamedJobsAreNamedByTypeAndIdPrefix() {
        let job = FusionJob(id: "abcdef0123456789", type: "contract", status: "queued", createdAt: "x")
        #expect(FusionSource.summary(job).name == "contract-abcdef01")
        #expect(FusionSource.summary(job).createdAt == nil)
    }

    @Test func eventPayloadBecomesCompactJSONAndScalarFields() {
        let event = FusionSource.event(FusionEvent(
            ts: "2026-11-22T16:03:07Z", kind: "reclaimed",
            payload: .object(["resume_step": .number(800), "retries": .number(1), "detail": .object([:])])))
        #expect(event.kind == "reclaimed")
        #expect(event.fields["resume_step"] == "800")
        #expect(event.fields["detail"] == nil)
        #expect(event.payload == #"{"detail":{},"resume_step":800,"retries":1}"#)
        #expect(event.status == .reclaimed)
    }

    @Test(arguments: [
        ("2026-11-22T16:03:07Z", 1_795_363_387.0),
        ("2026-11-22T16:03:07.5Z", 1_795_363_387.5),
        ("2026-11-22T17:03:07+01:00", 1_795_363_387.0),
        ("2026-11-22 16:03:07", 1_795_363_387.0),
        ("1795363387", 1_795_363_387.0),
    ])
    func wireDatesParse(text: String, seconds: Double) throws {
        let date = try #require(WireDate.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test func garbageIsNotADate() {
        #expect(WireDate.parse("yesterday") == nil)
        #expect(WireDate.parse("") == nil)
        #expect(WireDate.parse(nil) == nil)
    }

    @Test(arguments: [
        (SourceError.httpStatus(401, retryAfter: nil, detail: nil), SourceProblem.authenticationFailed(401)),
        (.httpStatus(429, retryAfter: 3, detail: nil), .rateLimited(retryAfter: 3)),
        (.httpStatus(503, retryAfter: nil, detail: "busy"), .serverError(503)),
        (.httpStatus(404, retryAfter: nil, detail: nil), .notFound),
        (.transport("connection refused"), .unreachable("connection refused")),
        (.malformed("not valid JSON"), .malformedResponse("not valid JSON")),
    ])
    func sourceErrorsBecomeOperatorProblems(error: SourceError, problem: SourceProblem) {
        #expect(error.problem == problem)
    }

    @Test func malformedJSONNamesWhatFailed() {
        #expect(throws: SourceError.malformed("not valid JSON")) {
            try JSONWire.decode(FusionMetricsPage.self, from: Data("{\"job_id\": ".utf8))
        }
        #expect(throws: SourceError.malformed("missing latest_step at body")) {
            try JSONWire.decode(FusionMetricsPage.self, from: Data(#"{"job_id":"j","count":0,"points":[]}"#.utf8))
        }
    }

    @Test func bareNaNInMetricsIsTolerated() throws {
        let page = try JSONWire.decode(FusionMetricsPage.self, from: Data("""
            {"job_id":"j","count":1,"latest_step":1,"points":[{"ts":"t","step":1,"loss":NaN}]}
            """.utf8))
        #expect(page.points[0].loss?.isNaN == true)
    }

    @Test func backoffGrowsWithFailuresStaysUnderTheCapAndHonoursRetryAfter() {
        let schedule = PollSchedule(backoffBase: 0.5, backoffCap: 30)
        let top = { (range: ClosedRange<Double>) in range.upperBound }
        #expect(schedule.backoff(afterFailures: 1, retryAfter: nil, random: top) == 0.5)
        #expect(schedule.backoff(afterFailures: 3, retryAfter: nil, random: top) == 2)
        #expect(schedule.backoff(afterFailures: 40, retryAfter: nil, random: top) == 30)
        #expect(schedule.backoff(afterFailures: 1, retryAfter: 7, random: top) == 7)
        let bottom = { (range: ClosedRange<Double>) in range.lowerBound }
        #expect(schedule.backoff(afterFailures: 5, retryAfter: nil, random: bottom) == 0, "full jitter starts at 0")
    }

    @Test func cursorRewindsToTheCheckpointOnAReclaim() {
        var cursor = JobCursor()
        cursor.metricsStep = 1000
        let job = JobSummary(id: "j", name: "j", kind: "train", status: .running, retries: 1, lastCheckpointStep: 800)
        let rewound = cursor.noteAttempt(of: job)
        #expect(rewound)
        #expect(cursor.metricsStep == 800)
        #expect(cursor.attempt == 1)
        let rewoundAgain = cursor.noteAttempt(of: job)
        #expect(!rewoundAgain, "the same attempt twice rewinds once")
    }
}
