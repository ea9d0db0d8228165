import Testing

@testable import RuntopServer

@Suite("Tinker dialect: checkpoint ids in paths")
struct TinkerCheckpointAddressTests {
    private func parse(_ path: String) throws -> TinkerCheckpointAddress {
        try TinkerCheckpointAddress.parse(path.split(separator: "/"))
    }

    @Test func rawAndPercentEncodedIDsNameTheSameCheckpoint() throws {
        let expected = TinkerCheckpointAddress(checkpointID: "weights/0001", action: .archive)
        #expect(try parse("weights/0001/archive") == expected)
        #expect(try parse("weights%2F0001/archive") == expected)
        #expect(try parse("weights%2f0001/archive") == expected)
        #expect(try parse("sampler_weights/final/ttl") == TinkerCheckpointAddress(checkpointID: "sampler_weights/final", action: .ttl))
    }

    @Test func pathWithoutActionNamesTheCheckpointItself() throws {
        #expect(try parse("weights/final") == TinkerCheckpointAddress(checkpointID: "weights/final", action: nil))
        #expect(try parse("weights%2Ffinal") == TinkerCheckpointAddress(checkpointID: "weights/final", action: nil))
        // A checkpoint named like an action is still a checkpoint.
        #expect(try parse("weights/publish") == TinkerCheckpointAddress(checkpointID: "weights/publish", action: nil))
        #expect(try parse("weights%2Fpublish%2Fttl") == TinkerCheckpointAddress(checkpointID: "weights/publish/ttl", action: nil))
    }

    @Test func idOutsideWeightsOrSamplerWeightsIsABadRequest() {
        for path in ["adapters/final/archive", "weights", "final/publish", "weights%ZZ/archive"] {
            #expect(throws: ServerError.self, "\(path)") { try parse(path) }
        }
    }

    @Test func runIDNamesItsJobOnlyForTrainerRankZero() {
        #expect(TinkerRunIdentity.jobID(trainingRunID: "abc:train:0") == "abc")
        #expect(TinkerRunIdentity.jobID(trainingRunID: "abc") == "abc")
        #expect(TinkerRunIdentity.jobID(trainingRunID: "abc:train:1") == nil)
        #expect(TinkerRunIdentity.jobID(trainingRunID: "abc:sample:0") == nil)
        #expect(TinkerRunIdentity.jobID(trainingRunID: ":train:0") == nil)
        #expect(TinkerRunIdentity.jobID(trainingRunID: "") == nil)
    }
}
