import RuntopCore
import Testing

@testable import RuntopSources

@Suite struct TinkerCheckpointActionsTests {
    @Test func routeSendsTheCheckpointIDAsOneEncodedSegment() throws {
        let path = try #require(TinkerPath("tinker://ffa04fd4-1c2e:train:0/sampler_weights/final"))
        #expect(
            TinkerCheckpointActions.route(path)
                == "/training_runs/ffa04fd4-1c2e:train:0/checkpoints/sampler_weights%2Ffinal")
    }

    @Test func routeEncodesSlashesInsideTheName() throws {
        let path = try #require(TinkerPath("tinker://run:train:1/weights/epoch 2/step-10"))
        #expect(TinkerCheckpointActions.route(path) == "/training_runs/run:train:1/checkpoints/weights%2Fepoch%202%2Fstep-10")
    }

    @Test func aPathThatIsNotTinkersIsRefusedBeforeAnyRequest() async {
        let actions = TinkerCheckpointActions(baseURL: "http://127.0.0.1:9", apiKey: nil)
        await #expect(throws: OperatorActionError.unaddressableCheckpoint("s3://bucket/step-10")) {
            try await actions.perform(.publishCheckpoint(path: "s3://bucket/step-10"))
        }
    }

    @Test func tinkerHasNoJobActions() async {
        let source = TinkerSource(baseURL: "http://127.0.0.1:9", apiKey: nil)
        #expect(!source.operatorCapabilities.supported.contains(.cancelJob))
        await #expect(throws: OperatorActionError.unsupported(.cancelJob, dialect: "tinker")) {
            try await source.perform(OperatorRequest(.cancelJob, jobID: "run:train:0", jobName: "run"))
        }
    }
}
