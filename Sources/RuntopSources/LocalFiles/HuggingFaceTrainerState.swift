import RuntopWire

/// The parts of a Hugging Face `trainer_state.json` runtop reads.
struct HuggingFaceTrainerState: Decodable, Sendable {
    var globalStep: Int?
    var maxSteps: Int?
    var bestMetric: Double?
    var bestModelCheckpoint: String?
    /// Train entries `{epoch, learning_rate, loss, step[, grad_norm]}`, eval entries `{eval_loss, eval_*, step}`
    /// and, once training ended, one summary entry with `train_runtime`.
    var logHistory: [[String: JSONValue]]

    enum CodingKeys: String, CodingKey {
        case globalStep = "global_step"
        case maxSteps = "max_steps"
        case bestMetric = "best_metric"
        case bestModelCheckpoint = "best_model_checkpoint"
        case logHistory = "log_history"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        globalStep = try? container.decodeIfPresent(Int.self, forKey: .globalStep)
        maxSteps = try? container.decodeIfPresent(Int.self, forKey: .maxSteps)
        bestMetric = try? container.decodeIfPresent(Double.self, forKey: .bestMetric)
        bestModelCheckpoint = try? container.decodeIfPresent(String.self, forKey: .bestModelCheckpoint)
        logHistory = try container.decodeIfPresent([[String: JSONValue]].self, forKey: .logHistory) ?? []
    }

    /// The entry the trainer adds when training ends (it carries `train_runtime`).
    var summaryEntry: [String: JSONValue]? { logHistory.last { $0["train_runtime"] != nil } }
}
