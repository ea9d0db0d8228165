import Foundation

/// The values of one training step, computed from the profile alone (pure).
struct TrainingStepValues: Sendable, Equatable {
    var loss: Double
    var learningRate: Double
    var throughput: Double
    var vramGB: Double
    var gradientNorm: Double
    var cycle: Int
}

/// Plausible training curves: loss falling with noise to a floor, warm-up then cosine learning rate,
/// a noisy decaying gradient norm with rare spikes, steady throughput and memory.
struct TrainingDynamics: Sendable {
    let profile: SimulationProfile
    let totalSteps: Int

    private var noise: DeterministicNoise { DeterministicNoise(seed: profile.seed) }

    /// The noise-free loss at `step`.
    func smoothLoss(at step: Int) -> Double {
        profile.floorLoss + (profile.initialLoss - profile.floorLoss) * exp(-Double(step) / profile.decaySteps)
    }

    /// The scheduled learning rate at `step`.
    func learningRate(at step: Int) -> Double {
        let peak = profile.peakLearningRate
        if step < profile.warmupSteps {
            return peak * Double(step) / Double(max(profile.warmupSteps, 1))
        }
        let decayLength = Double(max(totalSteps - profile.warmupSteps, 1))
        let progress = min(Double(step - profile.warmupSteps) / decayLength, 1)
        let minimum = peak * 0.1
        return minimum + (peak - minimum) * 0.5 * (1 + cos(Double.pi * progress))
    }

    /// The training point of `step` in attempt `attempt` (a redone step gets new noise).
    func trainValues(step: Int, attempt: Int) -> TrainingStepValues {
        let lossNoise = noise.gaussian(attempt: attempt, step: step, channel: 1)
        let loss = max(smoothLoss(at: step) * (1 + 0.035 * lossNoise), 0.01)
        let gradientBase = profile.gradientNormEnd
            + (profile.gradientNormStart - profile.gradientNormEnd) * exp(-Double(step) / (profile.decaySteps * 0.7))
        var gradientNorm = gradientBase * exp(0.18 * noise.gaussian(attempt: attempt, step: step, channel: 2))
        if noise.uniform(attempt: attempt, step: step, channel: 3) < 0.015 {
            gradientNorm *= 3 + 4 * noise.uniform(attempt: attempt, step: step, channel: 4)
        }
        var throughput = profile.throughput * (1 + 0.03 * noise.gaussian(attempt: attempt, step: step, channel: 5))
        if noise.uniform(attempt: attempt, step: step, channel: 6) < 0.01 {
            throughput *= 0.6
        }
        let vram = profile.vramGB + 0.08 * noise.gaussian(attempt: attempt, step: step, channel: 7)
        return TrainingStepValues(
            loss: rounded(loss, places: 4),
            learningRate: learningRate(at: step),
            throughput: rounded(throughput, places: 1),
            vramGB: rounded(vram, places: 2),
            gradientNorm: rounded(gradientNorm, places: 3),
            cycle: (step - 1) / max(profile.stepsPerCycle, 1) + 1
        )
    }

    /// The validation loss measured at `step`: a little above the training curve.
    func validationLoss(step: Int, attempt: Int) -> Double {
        let value = smoothLoss(at: step) * 1.06 + 0.01 * noise.gaussian(attempt: attempt, step: step, channel: 8)
        return rounded(max(value, 0.01), places: 4)
    }

    /// Wall-clock seconds until the next step, jittered around `secondsPerStep`.
    func stepDuration(step: Int, attempt: Int, secondsPerStep: Double) -> Double {
        secondsPerStep * (0.75 + 0.6 * noise.uniform(attempt: attempt, step: step, channel: 9))
    }

    private func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
