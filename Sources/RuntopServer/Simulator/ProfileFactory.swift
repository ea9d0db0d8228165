import Foundation

/// Draws a plausible simulation profile for a new job from its specification.
enum ProfileFactory {
    /// Stories of failure: the console warnings that precede it and the final error.
    static let failureStories: [(warning: String, error: String)] = [
        (
            "vram 78.9 GB of 80.0 GB in use — close to the device limit",
            "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.15 GiB total capacity)"
        ),
        (
            "grad_norm 48.3 exceeds clip threshold 1.0 — clipping",
            "Loss diverged: NaN detected in loss; aborting run"
        ),
        (
            "slow read from dataset shard 7 (retrying)",
            "Dataset shard 7 is corrupt: unexpected end of record at offset 1048576"
        ),
        (
            "NCCL watchdog: collective operation took 58 s",
            "NCCL timeout: rank 3 did not respond within 600 s"
        ),
    ]

    /// A profile for `specification`; `directive` scripts the outcome, otherwise chance decides.
    static func make(
        for specification: JobSpecification, directive: SimulationDirective?, random: inout SeededRandom
    ) -> SimulationProfile {
        let total = specification.totalSteps
        let modelID = specification.sourceModelID ?? specification.baseModelID ?? ""
        let model = ModelCatalog.model(id: modelID)
        let dataset = specification.datasetID.map(ModelCatalog.dataset(id:))
        let billions = model.parameters / 1e9
        let hyperparams = specification.hyperparams

        var baselineLoss = Double.random(in: 2.2...3.4, using: &random)
        var initialLoss = baselineLoss
        var floorLoss = baselineLoss * Double.random(in: 0.22...0.4, using: &random)
        var parametersAfter = model.parameters
        var functionPreservation = Double.random(in: 0.0004...0.002, using: &random)
        var throughput = 6000 / max(billions, 0.3).squareRoot() * Double.random(in: 0.9...1.1, using: &random)
        var vram = min(12 + billions * 9, 78) * Double.random(in: 0.95...1.05, using: &random)
        let sequenceLength = hyperparams["seq_len"]?.doubleValue ?? 256
        var peakLearningRate = hyperparams["lr"]?.doubleValue ?? 7e-5 * (7 / max(billions, 0.3)).squareRoot()
        var stepsPerCycle = hyperparams["steps_per_cycle"]?.intValue ?? total

        switch specification.type {
        case "train":
            // Growth: a bigger model that starts no better than the source and ends well below it.
            parametersAfter = model.parameters * Double.random(in: 1.3...1.6, using: &random)
            vram *= parametersAfter / model.parameters
            throughput /= (parametersAfter / model.parameters).squareRoot()
        case "finetune":
            floorLoss = baselineLoss * Double.random(in: 0.45...0.7, using: &random)
            peakLearningRate = hyperparams["lr"]?.doubleValue ?? 2e-4
            stepsPerCycle = total
            functionPreservation = Double.random(in: 0.002...0.01, using: &random)
        default:
            // Contraction: pruning hurts the loss, then recovery brings it back near the baseline.
            let ratio = hyperparams["contraction_ratio"]?.doubleValue ?? 0.5
            let layers = hyperparams["num_layers_to_contract"]?.doubleValue ?? 8
            let share = min(layers / 32, 1) * ratio
            parametersAfter = model.parameters * (1 - share)
            baselineLoss = Double.random(in: 1.8...2.4, using: &random)
            initialLoss = baselineLoss * (1.25 + share)
            floorLoss = baselineLoss * Double.random(in: 1.01...1.06, using: &random)
            functionPreservation = Double.random(in: 0.01...0.05, using: &random)
            throughput *= 1.3
            vram *= 1 - share / 2
            peakLearningRate = 3e-5
            stepsPerCycle = max(total / max(Int(layers), 1), 1)
        }

        var failAtStep: Int?
        var reclaimAtStep: Int?
        var cancelAtStep: Int?
        let checkpointInterval = max(total / 6, 10)
        if let directive {
            failAtStep = directive.failAtStep
            reclaimAtStep = directive.reclaimAtStep
            cancelAtStep = directive.cancelAtStep
        } else {
            let draw = Double.random(in: 0..<1, using: &random)
            if draw < 0.12, total > 20 {
                failAtStep = Int(Double(total) * Double.random(in: 0.2...0.9, using: &random))
            } else if draw < 0.37, total > checkpointInterval + 5 {
                reclaimAtStep = Int.random(in: (checkpointInterval + 1)...(max(total * 9 / 10, checkpointInterval + 2)),
                    using: &random)
                if reclaimAtStep.map({ $0 % checkpointInterval == 0 }) == true { reclaimAtStep! += 1 }
            }
        }
        let story = failureStories[Int.random(in: 0..<failureStories.count, using: &random)]
        return SimulationProfile(
            seed: random.next(),
            modelName: model.name,
            datasetName: dataset?.name,
            datasetTokens: dataset?.tokens,
            baselineLoss: baselineLoss,
            initialLoss: initialLoss,
            floorLoss: floorLoss,
            decaySteps: max(Double(total) / Double.random(in: 3...5, using: &random), 1),
            peakLearningRate: peakLearningRate,
            warmupSteps: max(total / 20, 1),
            throughput: throughput,
            vramGB: vram,
            gradientNormStart: Double.random(in: 2.5...4.5, using: &random),
            gradientNormEnd: Double.random(in: 0.4...0.9, using: &random),
            evalInterval: max(total / 15, 5),
            checkpointInterval: checkpointInterval,
            stepsPerCycle: max(stepsPerCycle, 1),
            tokensPerStep: sequenceLength * 4,
            queueDelaySteps: Int.random(in: 2...6, using: &random),
            parametersBefore: model.parameters,
            parametersAfter: parametersAfter.rounded(),
            functionPreservation: functionPreservation,
            failAtStep: failAtStep,
            failureReason: failAtStep == nil ? nil : story.error,
            failureWarning: failAtStep == nil ? nil : story.warning,
            reclaimAtStep: reclaimAtStep,
            cancelAtStep: cancelAtStep
        )
    }
}
