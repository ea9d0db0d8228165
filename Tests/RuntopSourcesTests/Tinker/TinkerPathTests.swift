import RuntopSources
import Testing

/// Parsing `tinker://` checkpoint paths as Tinker's SDK does.
@Suite("Tinker paths")
struct TinkerPathTests {
    @Test func samplerPathFromTheSeedSplitsRunRankKindAndName() throws {
        let path = try #require(
            TinkerPath("tinker://ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0/sampler_weights/check2-step20"))
        #expect(path.trainingRunID == "ffa04fd4-5b6e-5a36-9fb6-f442b22748c2:train:0")
        #expect(path.runUUID == "ffa04fd4-5b6e-5a36-9fb6-f442b22748c2")
        #expect(path.rank == 0)
        #expect(path.kind == .sampler)
        #expect(path.name == "check2-step20")
        #expect(path.checkpointID == "sampler_weights/check2-step20")
    }

    @Test func trainingStatePathWithoutARankParses() throws {
        let path = try #require(TinkerPath("tinker://run-id/weights/0001"))
        #expect(path.trainingRunID == "run-id" && path.rank == nil && path.kind == .training)
        #expect(path.checkpointID == "weights/0001")
    }

    @Test func whitespaceAndStraySlashesAreTolerated() throws {
        let path = try #require(TinkerPath("  tinker://abc:train:3//sampler_weights/final/ \n"))
        #expect(path.rank == 3 && path.name == "final")
        #expect(path.description == "tinker://abc:train:3/sampler_weights/final")
    }

    @Test(arguments: [
        "", "s3://bucket/key", "tinker://", "tinker://run-id", "tinker://run-id/weights",
        "tinker://run-id/optimizer/0001", "tinker:///weights/0001",
    ])
    func malformedPathsAreRejected(text: String) {
        #expect(TinkerPath(text) == nil)
    }
}
