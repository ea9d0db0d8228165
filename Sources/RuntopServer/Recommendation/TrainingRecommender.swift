import Foundation
import RuntopWire

/// `POST /training/recommend`: the learning rate scales with model size, the training amount with dataset size.
enum TrainingRecommender {
    /// Tokens one step consumes at the recommended sequence length (4 sequences of 256 tokens).
    static let tokensPerStep = 1024.0
    /// The disclaimer the seed shows.
    static let disclaimer = "Recommended starting points — tune within the window for your model and data."

    /// A recommendation for the request; `unprocessable` when sizes can be neither read nor looked up.
    static func recommend(_ request: FusionRecommendationRequest) throws(ServerError) -> FusionRecommendation {
        guard let parameters = request.params ?? request.baseModelID.map({ ModelCatalog.model(id: $0).parameters })
        else { throw .unprocessable("Provide base_model_id or params") }
        guard
            let tokens = request.datasetTokens ?? request.datasetBytes.map({ $0 / 4 })
                ?? request.datasetID.map({ ModelCatalog.dataset(id: $0).tokens })
        else { throw .unprocessable("Provide dataset_id, dataset_tokens or dataset_bytes") }
        guard parameters > 0, tokens > 0, parameters.isFinite, tokens.isFinite else {
            throw .unprocessable("params and dataset size must be positive")
        }

        let learningRate = min(max(significant(7e-5 * (7e9 / parameters).squareRoot(), digits: 2), 1e-5), 5e-4)
        let epochs = tokens <= 5e6 ? 3.0 : tokens <= 5e7 ? 2.0 : 1.0
        let totalSteps = max(epochs * tokens / tokensPerStep, 150)
        let stepsPerCycle = totalSteps >= 3000 ? 1000 : max(Int((totalSteps / 3 / 50).rounded()) * 50, 50)
        let cycles = min(max(Int((totalSteps / Double(stepsPerCycle)).rounded()), 1), 20)
        let settings = FusionRecommendedSettings(
            turns: 2, lr: learningRate, cycles: cycles, stepsPerCycle: stepsPerCycle, seqLen: 256)
        let windows: [String: FusionWindow] = [
            "lr": FusionWindow(min: learningRate / 2, max: learningRate * 2),
            "cycles": FusionWindow(min: Double(max(cycles / 2, 1)), max: Double(max(cycles * 5 / 3, cycles + 1))),
            "steps_per_cycle": FusionWindow(min: Double(stepsPerCycle / 2), max: Double(stepsPerCycle * 2)),
            "turns": FusionWindow(min: 1, max: 3),
            "seq_len": FusionWindow(min: 128, max: 1024),
        ]
        let notes = [
            "≈\(Int(epochs)) epochs over your ~\(humanCount(tokens))-token dataset",
            "Learning rate tuned for a ~\(modelSize(parameters)) model",
        ]
        return FusionRecommendation(
            modelParams: parameters.rounded(), datasetTokensEst: tokens.rounded(), recommended: settings,
            windows: windows, notes: notes, disclaimer: disclaimer)
    }

    /// `value` rounded to `digits` significant digits.
    static func significant(_ value: Double, digits: Int) -> Double {
        guard value > 0 else { return value }
        let scale = pow(10, Double(digits) - ceil(log10(value)))
        return (value * scale).rounded() / scale
    }

    /// `2.1M`, `640K`, `1.2B`.
    static func humanCount(_ value: Double) -> String {
        let (scaled, suffix) =
            value >= 1e9 ? (value / 1e9, "B") : value >= 1e6 ? (value / 1e6, "M") : value >= 1e3 ? (value / 1e3, "K") : (value, "")
        let text = scaled >= 100 ? String(format: "%.0f", scaled) : String(format: "%.1f", scaled)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + suffix
    }

    /// `7B`, `1.5B`, `0.5B`.
    static func modelSize(_ parameters: Double) -> String {
        let billions = parameters / 1e9
        if billions >= 3 { return "\(Int(billions.rounded()))B" }
        let text = String(format: "%.1f", billions)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "B"
    }
}
