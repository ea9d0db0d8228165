import Foundation
import GRDB
import RuntopWire

/// Moves one job through its lifecycle, one action at a time, inside an open transaction:
/// start, one training step (with evals and checkpoints), reclaim, failure, completion or cancellation.
struct JobAdvancer: Sendable {
    /// Where console lines, events and points are written.
    let journal: JobJournal

    /// Performs the job's next action at `now` and schedules the one after.
    func advance(_ job: inout StoredJob, now: Double, secondsPerStep: Double, in database: Database) throws {
        let profile = try job.simulationProfile
        let dynamics = TrainingDynamics(profile: profile, totalSteps: job.totalSteps)
        switch job.status {
        case JobStatus.queued:
            try start(&job, profile: profile, now: now, in: database)
            job.nextActionAt = now + secondsPerStep
        case JobStatus.reclaimed:
            job.status = JobStatus.running
            try journal.event(
                JobStatus.running,
                payload: ["resume_step": .number(Double(job.lastCheckpointStep)), "attempt": .number(Double(job.retries + 1))],
                job: job, at: now, in: database)
            try journal.log(
                "Worker re-provisioned — resuming from checkpoint at step \(job.lastCheckpointStep) (attempt \(job.retries + 1))",
                job: &job, at: now, in: database)
            job.nextActionAt = now + secondsPerStep
        case JobStatus.running:
            try step(&job, profile: profile, dynamics: dynamics, now: now, secondsPerStep: secondsPerStep, in: database)
        default:
            return
        }
        try job.update(database)
    }

    /// Cancels a job that has not finished.
    func cancel(_ job: inout StoredJob, now: Double, reason: String, in database: Database) throws {
        try journal.log(
            "Cancellation requested — stopping at step \(job.currentStep)", job: &job, at: now, in: database)
        job.status = JobStatus.cancelled
        job.finishedAt = now
        try journal.event(
            JobStatus.cancelled,
            payload: ["step": .number(Double(job.currentStep)), "reason": .string(reason)],
            job: job, at: now, in: database)
    }

    private func start(_ job: inout StoredJob, profile: SimulationProfile, now: Double, in database: Database) throws {
        job.status = JobStatus.running
        job.startedAt = job.startedAt ?? now
        try journal.event(
            JobStatus.running, payload: ["attempt": .number(Double(job.retries + 1))], job: job, at: now,
            in: database)
        let billions = String(format: "%.2fB", profile.parametersBefore / 1e9)
        try journal.log("Provisioning GPU worker (1× H100 80GB) …", job: &job, at: now, in: database)
        let verb = job.type == "train" ? "base" : "source"
        try journal.log(
            "Loading \(verb) model \(profile.modelName) (\(billions) parameters) …", job: &job, at: now, in: database)
        if let dataset = profile.datasetName, let tokens = profile.datasetTokens {
            try journal.log(
                "Tokenizing dataset \(dataset) … \(String(format: "%.1fM", tokens / 1e6)) tokens", job: &job,
                at: now, in: database)
        }
        let hyperparams = job.hyperparamsObject
        switch job.type {
        case "train":
            try journal.log(
                "Growing model: \(billions) → \(String(format: "%.2fB", profile.parametersAfter / 1e9)) parameters",
                job: &job, at: now, in: database)
        case "finetune":
            let rank = hyperparams["lora_rank"]?.intValue ?? 32
            try journal.log("Attaching LoRA adapters (rank \(rank))", job: &job, at: now, in: database)
        default:
            let layers = hyperparams["num_layers_to_contract"]?.intValue ?? 8
            let ratio = hyperparams["contraction_ratio"]?.doubleValue ?? 0.5
            try journal.log(
                "Scoring layer importance: contracting \(layers) layers (ratio \(String(format: "%.2f", ratio)))",
                job: &job, at: now, in: database)
        }
        try journal.log("Training started: \(job.totalSteps) steps", job: &job, at: now, in: database)
    }

    private func step(
        _ job: inout StoredJob, profile: SimulationProfile, dynamics: TrainingDynamics, now: Double,
        secondsPerStep: Double, in database: Database
    ) throws {
        let step = job.currentStep + 1
        let attempt = job.retries + 1
        if profile.cancelAtStep == step {
            try cancel(&job, now: now, reason: "Cancelled by owner", in: database)
            return
        }
        if let failAtStep = profile.failAtStep, let reason = profile.failureReason {
            if step == failAtStep {
                try fail(&job, step: step, reason: reason, now: now, in: database)
                return
            }
            if (failAtStep - 3)..<failAtStep ~= step, let warning = profile.failureWarning {
                try journal.log("Warning: \(warning)", stream: "stderr", job: &job, at: now, in: database)
            }
        }
        if profile.reclaimAtStep == step, job.retries == 0 {
            try reclaim(&job, interruptedAt: step, now: now, secondsPerStep: secondsPerStep, in: database)
            return
        }

        let values = dynamics.trainValues(step: step, attempt: attempt)
        try journal.point(
            job: job, step: step, phase: "train", at: now, cycle: values.cycle, values: values, loss: values.loss,
            in: database)
        try journal.log(
            "step \(step)/\(job.totalSteps) · loss \(Self.lossText(values.loss)) · lr \(String(format: "%.1e", values.learningRate))",
            job: &job, at: now, in: database)
        if values.gradientNorm > profile.gradientNormStart * 1.5 {
            try journal.log(
                "Warning: grad_norm \(String(format: "%.2f", values.gradientNorm)) exceeds clip threshold 1.0 — clipping",
                stream: "stderr", job: &job, at: now, in: database)
        }
        var validationLoss: Double?
        if step % profile.evalInterval == 0 || step == job.totalSteps {
            let loss = dynamics.validationLoss(step: step, attempt: attempt)
            validationLoss = loss
            try journal.point(
                job: job, step: step, phase: "eval", at: now, cycle: values.cycle, values: nil, loss: loss,
                in: database)
            try journal.log(
                "Evaluating … val_loss \(Self.lossText(loss))", job: &job, at: now, in: database)
            try journal.event(
                "eval", payload: ["step": .number(Double(step)), "val_loss": .number(loss)], job: job, at: now,
                in: database)
        }
        if step % profile.checkpointInterval == 0, step < job.totalSteps {
            job.lastCheckpointStep = step
            try journal.log("Checkpoint saved at step \(step)", job: &job, at: now, in: database)
            try journal.event("checkpoint", payload: ["step": .number(Double(step))], job: job, at: now, in: database)
        }
        job.currentStep = step
        job.stepsExecuted += 1
        if step >= job.totalSteps {
            try complete(
                &job, profile: profile, finalLoss: values.loss,
                finalValidationLoss: validationLoss ?? dynamics.validationLoss(step: step, attempt: attempt), now: now,
                in: database)
        } else {
            job.nextActionAt = now + dynamics.stepDuration(step: step, attempt: attempt, secondsPerStep: secondsPerStep)
        }
    }

    /// A loss as console lines print it: `1.83`, `0.327`.
    static func lossText(_ loss: Double) -> String {
        String(format: loss >= 1 ? "%.2f" : "%.3f", loss)
    }

    private func fail(_ job: inout StoredJob, step: Int, reason: String, now: Double, in database: Database) throws {
        try journal.log("Traceback (most recent call last):", stream: "stderr", job: &job, at: now, in: database)
        try journal.log(
            "  File \"trainer/loop.py\", line 412, in training_step", stream: "stderr", job: &job, at: now,
            in: database)
        try journal.log("RuntimeError: \(reason)", stream: "stderr", job: &job, at: now, in: database)
        try journal.log("Run failed at step \(step) — no model was produced", job: &job, at: now, in: database)
        job.status = JobStatus.failed
        job.error = reason
        job.finishedAt = now
        try journal.event(
            JobStatus.failed, payload: ["error": .string(reason), "step": .number(Double(step))], job: job, at: now,
            in: database)
    }

    private func reclaim(
        _ job: inout StoredJob, interruptedAt step: Int, now: Double, secondsPerStep: Double, in database: Database
    ) throws {
        try journal.log(
            "Worker lost: spot instance preempted during step \(step)", stream: "stderr", job: &job, at: now,
            in: database)
        job.status = JobStatus.reclaimed
        job.retries += 1
        // The old attempt's points after the checkpoint are redone with new values: /metrics shows the truth.
        try database.execute(
            sql: "DELETE FROM metric_point WHERE job_id = ? AND step > ?", arguments: [job.id, job.lastCheckpointStep])
        job.currentStep = job.lastCheckpointStep
        try journal.event(
            JobStatus.reclaimed,
            payload: [
                "resume_step": .number(Double(job.lastCheckpointStep)), "retries": .number(Double(job.retries)),
                "interrupted_step": .number(Double(step - 1)),
            ],
            job: job, at: now, in: database)
        try journal.log(
            "Job reclaimed — will resume from checkpoint at step \(job.lastCheckpointStep)", job: &job, at: now,
            in: database)
        job.nextActionAt = now + 3 * secondsPerStep
    }

    private func complete(
        _ job: inout StoredJob, profile: SimulationProfile, finalLoss: Double, finalValidationLoss: Double, now: Double,
        in database: Database
    ) throws {
        try journal.log("Training complete — saving your model…", job: &job, at: now, in: database)
        let modelID = SeededRandom.uuidString(high: SeededRandom.mix(profile.seed ^ 0xA11CE), low: SeededRandom.mix(profile.seed ^ 0xB0B))
        let name = job.hyperparamsObject["output_name"]?.stringValue ?? "model-\(modelID.prefix(8))"
        try journal.log("Saved model \(name) (\(modelID))", job: &job, at: now, in: database)
        job.status = JobStatus.succeeded
        job.outputModelID = modelID
        job.finishedAt = now
        try journal.result(
            JobOutcome.result(
                job: job, profile: profile, finalLoss: finalLoss, finalValidationLoss: finalValidationLoss),
            in: database)
        try journal.event(
            JobStatus.succeeded, payload: ["output_model_id": .string(modelID), "loss_final": .number(finalLoss)],
            job: job, at: now, in: database)
    }
}
