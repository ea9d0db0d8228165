import Foundation
import RuntopWire

/// A validated Dreadnode create body (SFT, RL or Ray GRPO), mapped onto the shared job model
/// as a fine-tune of `model` on the named dataset.
struct DreadnodeSubmission: Sendable {
    /// The shared job model's view of the request.
    var specification: JobSpecification
    /// The body's own fields, kept to answer in the dialect (backend, trainer type, refs, config, tags).
    var fields: [String: JSONValue]

    /// Validates a create body.
    static func parse(body: Data) throws(ServerError) -> DreadnodeSubmission {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body), case .object(var fields) = value
        else { throw .badRequest("Request body must be a JSON object") }
        guard let model = fields["model"]?.stringValue, !model.isEmpty else {
            throw .unprocessable("model is required")
        }
        let trainerType = fields["trainer_type"]?.stringValue ?? "sft"
        guard ["sft", "rl"].contains(trainerType) else { throw .unprocessable("trainer_type must be sft or rl") }
        let backend = fields["backend"]?.stringValue ?? "tinker"
        guard ["tinker", "ray"].contains(backend) else { throw .unprocessable("backend must be tinker or ray") }
        var config: [String: JSONValue] = [:]
        if let given = fields["config"], given != .null {
            guard case .object(let object) = given else { throw .unprocessable("config must be an object") }
            config = object
        }
        if let capability = fields["capability_ref"], capability != .null, capability["name"]?.stringValue == nil {
            throw .unprocessable("capability_ref.name is required")
        }
        let steps = config["steps"].map { $0.intValue } ?? 120
        guard let steps, steps > 0, steps <= 1_000_000 else {
            throw .unprocessable("config.steps must be a positive integer")
        }
        if let learningRate = config["learning_rate"], !(learningRate.doubleValue.map { $0 > 0 } ?? false) {
            throw .unprocessable("config.learning_rate must be a positive number")
        }
        let dataset = reference(config["dataset_ref"]) ?? reference(config["prompt_dataset_ref"])
            ?? reference(fields["prompt_dataset_ref"]) ?? "trajectories"
        fields["trainer_type"] = .string(trainerType)
        fields["backend"] = .string(backend)
        fields["config"] = .object(config)

        var hyperparams: [String: JSONValue] = ["steps": .number(Double(steps))]
        if let rank = config["lora_rank"] { hyperparams["lora_rank"] = rank }
        if let learningRate = config["learning_rate"] { hyperparams["lr"] = learningRate }
        if let name = fields["name"]?.stringValue { hyperparams["output_name"] = .string(name) }
        let request = FusionJobRequest(
            type: "finetune", idempotencyKey: "dreadnode-\(UUID().uuidString.lowercased())", sourceModelID: model,
            datasetID: dataset, hyperparams: hyperparams)
        return DreadnodeSubmission(specification: try JobSpecification.parse(request: request), fields: fields)
    }

    /// `name@version` of a `{name, version}` reference.
    private static func reference(_ value: JSONValue?) -> String? {
        guard let name = value?["name"]?.stringValue else { return nil }
        return value?["version"]?.stringValue.map { "\(name)@\($0)" } ?? name
    }
}
