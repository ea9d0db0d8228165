import RuntopServer
import RuntopWire
import Testing

@Suite("POST /training/recommend")
struct RecommendationTests {
    @Test func recommendationForTheSeedExampleMatchesIt() async throws {
        try await withServer { client in
            let response = try await client.post("/training/recommend", json: #"{"params": 7e9, "dataset_tokens": 2100000}"#)
            #expect(response.status == 200)
            #expect(try response.keys == ["model_params", "dataset_tokens_est", "recommended", "windows", "notes", "disclaimer"])
            let recommendation = try response.decode(FusionRecommendation.self)
            #expect(recommendation.modelParams == 7e9)
            #expect(recommendation.datasetTokensEst == 2_100_000)
            #expect(recommendation.recommended == FusionRecommendedSettings(turns: 2, lr: 7e-5, cycles: 6, stepsPerCycle: 1000, seqLen: 256))
            #expect(recommendation.windows["lr"] == FusionWindow(min: 3.5e-5, max: 1.4e-4))
            #expect(recommendation.windows["cycles"] == FusionWindow(min: 3, max: 10))
            #expect(recommendation.notes == ["≈3 epochs over your ~2.1M-token dataset", "Learning rate tuned for a ~7B model"])
            #expect(recommendation.disclaimer == "Recommended starting points — tune within the window for your model and data.")
        }
    }

    @Test func learningRateFallsWithModelSizeAndStepsGrowWithData() async throws {
        try await withServer { client in
            func recommend(_ body: String) async throws -> FusionRecommendation {
                try await client.post("/training/recommend", json: body).decode(FusionRecommendation.self)
            }
            let small = try await recommend(#"{"params": 1.5e9, "dataset_tokens": 2100000}"#)
            let large = try await recommend(#"{"params": 13e9, "dataset_tokens": 2100000}"#)
            #expect(small.recommended.lr > large.recommended.lr)
            let tiny = try await recommend(#"{"params": 7e9, "dataset_bytes": 800000}"#)
            #expect(tiny.datasetTokensEst == 200_000)
            let smallData = tiny.recommended.cycles * tiny.recommended.stepsPerCycle
            let bigData = large.recommended.cycles * large.recommended.stepsPerCycle
            #expect(smallData < bigData)
        }
    }

    @Test func recommendationAcceptsCatalogIds() async throws {
        try await withServer { client in
            let response = try await client.post(
                "/training/recommend", encoding: FusionRecommendationRequest(baseModelID: Fixtures.modelID, datasetID: Fixtures.datasetID))
            let recommendation = try response.decode(FusionRecommendation.self)
            #expect(recommendation.modelParams == 1_540_000_000)
            #expect(recommendation.datasetTokensEst == 2_100_000)
        }
    }

    @Test func recommendationWithoutSizesIsUnprocessable() async throws {
        try await withServer { client in
            let response = try await client.post("/training/recommend", json: #"{"dataset_tokens": 1000}"#)
            #expect(response.status == 422)
            #expect(try response.json == .object(["detail": .string("Provide base_model_id or params")]))
        }
    }
}
