import Foundation
import RuntopWire

/// The headline result of a finished run, consistent with what the run produced.
enum JobOutcome {
    /// Dollars per GPU-second (the seed's example bills $25.00 for 1418 s).
    static let dollarsPerGPUSecond = 0.017_63

    /// The result of `job` at completion.
    static func result(job: StoredJob, profile: SimulationProfile, finalLoss: Double, finalValidationLoss: Double)
        -> FusionResult
    {
        let baseline = exp(profile.baselineLoss)
        let final = exp(finalValidationLoss)
        let gpuSeconds = ((job.finishedAt ?? 0) - (job.startedAt ?? 0)).rounded()
        return FusionResult(
            jobID: job.id,
            pplBaseline: round(baseline, places: 2),
            pplFinal: round(final, places: 2),
            pplDeltaPct: round((final - baseline) / baseline * 100, places: 2),
            lossFinal: finalLoss,
            paramsBefore: profile.parametersBefore,
            paramsAfter: profile.parametersAfter,
            paramsDelta: profile.parametersAfter - profile.parametersBefore,
            functionPreservation: round(profile.functionPreservation, places: 5),
            gpuSeconds: max(gpuSeconds, 0),
            tokensProcessed: Double(job.stepsExecuted) * profile.tokensPerStep,
            costUSD: round(max(gpuSeconds, 0) * dollarsPerGPUSecond, places: 2)
        )
    }

    private static func round(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
