import Testing

@testable import RuntopCore

@Suite struct OperatorActionTests {
    static let fusion = OperatorCapabilities(dialect: "fusion", supported: [.cancelJob])
    static let dreadnode = OperatorCapabilities(dialect: "dreadnode", supported: [.cancelJob, .retryJob])
    static let tinker = OperatorCapabilities(
        dialect: "tinker", supported: [.publishCheckpoint, .unpublishCheckpoint, .setCheckpointTTL],
        checkpointPathPrefixes: ["tinker://"])

    static func job(_ status: JobStatus, name: String = "train-llama") -> JobSummary {
        JobSummary(id: "3f2a9c1d-77aa-4e1b-9d2c-000000000001", name: name, kind: "train", status: status)
    }

    static func checkpoint(path: String = "tinker://run-1:train:0/sampler_weights/final", isPublic: Bool? = false)
        -> CheckpointRef
    {
        CheckpointRef(step: 10, name: "final", path: path, isPublic: isPublic)
    }

    @Test(arguments: [JobStatus.queued, .running, .reclaimed])
    func cancelIsAvailableWhileTheJobCanStillProduceWork(status: JobStatus) {
        #expect(Self.fusion.refusal(.cancelJob, job: Self.job(status)) == nil)
    }

    @Test(arguments: [JobStatus.succeeded, .failed, .cancelled, .partial])
    func cancelOnAFinishedJobSaysItAlreadyEnded(status: JobStatus) {
        #expect(Self.fusion.refusal(.cancelJob, job: Self.job(status)) == "cancel: job train-llama already \(status)")
    }

    @Test(arguments: [(JobStatus.failed, true), (.cancelled, true), (.running, false), (.succeeded, false), (.queued, false)])
    func retryIsOnlyForFailedOrCancelledJobs(status: JobStatus, allowed: Bool) {
        let refusal = Self.dreadnode.refusal(.retryJob, job: Self.job(status))
        #expect((refusal == nil) == allowed)
        if !allowed { #expect(refusal?.contains("only failed or cancelled jobs can be retried") == true) }
    }

    @Test func anActionTheDialectLacksNamesTheDialect() {
        #expect(Self.fusion.refusal(.retryJob, job: Self.job(.failed)) == "retry: fusion has no retry action")
        #expect(
            Self.fusion.refusal(.publishCheckpoint, job: Self.job(.succeeded), checkpoint: Self.checkpoint())
                == "publish: fusion has no publish action")
        #expect(OperatorCapabilities.none.refusal(.cancelJob, job: Self.job(.running)) != nil)
    }

    @Test func checkpointActionsNeedACheckpoint() {
        #expect(
            Self.tinker.refusal(.setCheckpointTTL, job: Self.job(.running))
                == "ttl: job train-llama has no checkpoint")
    }

    @Test func checkpointActionsNeedAPathWithTheDialectsPrefix() {
        let s3 = Self.checkpoint(path: "s3://bucket/step-10")
        #expect(
            Self.tinker.refusal(.publishCheckpoint, job: Self.job(.running), checkpoint: s3)
                == "publish: checkpoint final is not a tinker:// path")
        #expect(Self.tinker.refusal(.publishCheckpoint, job: Self.job(.running), checkpoint: Self.checkpoint()) == nil)
    }

    @Test func publishAndUnpublishFollowTheCheckpointsVisibility() {
        let job = Self.job(.running)
        #expect(Self.tinker.refusal(.publishCheckpoint, job: job, checkpoint: Self.checkpoint(isPublic: true)) != nil)
        #expect(Self.tinker.refusal(.unpublishCheckpoint, job: job, checkpoint: Self.checkpoint(isPublic: true)) == nil)
        #expect(Self.tinker.refusal(.unpublishCheckpoint, job: job, checkpoint: Self.checkpoint(isPublic: false)) != nil)
        // Unknown visibility: both are allowed, the server decides.
        #expect(Self.tinker.refusal(.publishCheckpoint, job: job, checkpoint: Self.checkpoint(isPublic: nil)) == nil)
        #expect(Self.tinker.refusal(.unpublishCheckpoint, job: job, checkpoint: Self.checkpoint(isPublic: nil)) == nil)
    }

    @Test func confirmationNamesTheJobWithAShortID() {
        let request = OperatorRequest(.cancelJob, job: Self.job(.running))
        #expect(request.confirmationQuestion == "Cancel job train-llama (3f2a9c1d)?")
        #expect(request.progressText == "cancelling job train-llama…")
        #expect(request.successText == "cancelled train-llama (3f2a9c1d)")
        #expect(request.failureText("HTTP 409: Job already succeeded") == "cancel failed: HTTP 409: Job already succeeded")
    }

    @Test func confirmationDoesNotRepeatAnIDTheNameAlreadyHolds() {
        let request = OperatorRequest(.retryJob, jobID: "3f2a9c1d-0000-0000-0000-000000000000", jobName: "train-3f2a9c1d")
        #expect(request.confirmationQuestion == "Retry job train-3f2a9c1d?")
        #expect(OperatorRequest(.cancelJob, jobID: "j-3f2a", jobName: "j-3f2a").confirmationQuestion == "Cancel job j-3f2a?")
    }

    @Test func checkpointConfirmationsShowTheWholePath() {
        let path = "tinker://run-1:train:0/sampler_weights/final"
        let job = Self.job(.running)
        #expect(
            OperatorRequest(.publishCheckpoint(path: path), job: job).confirmationQuestion
                == "Publish checkpoint \(path) (anyone can read it)?")
        #expect(
            OperatorRequest(.setCheckpointTTL(path: path, ttl: .seconds(604_800)), job: job).confirmationQuestion
                == "Let checkpoint \(path) expire in 7d?")
        #expect(
            OperatorRequest(.setCheckpointTTL(path: path, ttl: .never), job: job).confirmationQuestion
                == "Remove the expiry of checkpoint \(path)?")
    }

    @Test(arguments: [
        ("7d", CheckpointTTL.seconds(604_800)), ("12h", .seconds(43_200)), ("30m", .seconds(1800)),
        ("90s", .seconds(90)), ("3600", .seconds(3600)), ("2w", .seconds(1_209_600)), (" 1D ", .seconds(86_400)),
        ("never", .never), ("none", .never), ("off", .never),
    ])
    func ttlParsesOperatorDurations(text: String, expected: CheckpointTTL) {
        #expect(CheckpointTTL(parsing: text) == expected)
    }

    @Test(arguments: ["", "d", "0", "-5h", "7x", "1.5h", "soon", "99999999999999999999d", "٣d"])
    func ttlRejectsWhatIsNotAPositiveDuration(text: String) {
        #expect(CheckpointTTL(parsing: text) == nil)
    }

    @Test func ttlSpellsItselfShortAndSendsSeconds() {
        #expect(CheckpointTTL.seconds(604_800).description == "7d")
        #expect(CheckpointTTL.seconds(129_600).description == "36h")
        #expect(CheckpointTTL.seconds(90).description == "90s")
        #expect(CheckpointTTL.never.description == "never")
        #expect(CheckpointTTL.seconds(43_200).wireSeconds == 43_200)
        #expect(CheckpointTTL.never.wireSeconds == nil)
    }
}
