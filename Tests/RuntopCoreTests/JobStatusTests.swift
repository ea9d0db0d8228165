import Testing

@testable import RuntopCore

@Suite struct JobStatusTests {
    @Test(arguments: [
        ("queued", JobStatus.queued), ("pending", .queued), ("submitted", .queued), ("created", .queued),
        ("running", .running), ("in_progress", .running), ("started", .running), ("training", .running),
        ("reclaimed", .reclaimed), ("interrupted", .reclaimed), ("preempted", .reclaimed),
        ("resuming", .reclaimed),
        ("succeeded", .succeeded), ("completed", .succeeded), ("complete", .succeeded), ("success", .succeeded),
        ("done", .succeeded), ("finished", .succeeded),
        ("failed", .failed), ("error", .failed), ("errored", .failed),
        ("cancelled", .cancelled), ("canceled", .cancelled), ("cancelling", .cancelled),
        ("canceling", .cancelled),
        ("partial", .partial),
        ("COMPLETED", .succeeded), ("Running", .running), ("Queued", .queued),
    ])
    func everyDialectSpellingParses(wire: String, expected: JobStatus) {
        #expect(JobStatus(wireValue: wire) == expected)
    }

    @Test func unknownStatusIsKeptVerbatim() {
        #expect(JobStatus(wireValue: "Warming_Up") == .other("Warming_Up"))
        #expect(JobStatus(wireValue: "Warming_Up").description == "Warming_Up")
        #expect(JobStatus(wireValue: "") == .other(""))
    }

    @Test(arguments: [
        (JobStatus.queued, false), (.running, false), (.reclaimed, false), (.other("x"), false),
        (.succeeded, true), (.failed, true), (.cancelled, true), (.partial, true),
    ])
    func terminalStates(status: JobStatus, terminal: Bool) {
        #expect(status.isTerminal == terminal)
    }

    @Test(arguments: [JobStatus.queued, .running, .reclaimed, .succeeded, .failed, .cancelled, .partial])
    func descriptionParsesBackToTheSameStatus(status: JobStatus) {
        #expect(JobStatus(wireValue: status.description) == status)
    }

    @Test func eventKindsThatAreTransitionsHaveAStatus() {
        #expect(JobEvent(timestamp: nil, kind: "running").status == .running)
        #expect(JobEvent(timestamp: nil, kind: "completed").status == .succeeded)
        #expect(JobEvent(timestamp: nil, kind: "checkpoint").status == nil)
    }
}
