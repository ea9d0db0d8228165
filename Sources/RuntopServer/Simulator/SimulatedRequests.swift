import RuntopWire

/// Plausible `POST /jobs` bodies for simulated jobs.
enum SimulatedRequests {
    /// A request of a random type (train half the time, finetune and contract the rest).
    static func make(random: inout SeededRandom) -> FusionJobRequest {
        let draw = Double.random(in: 0..<1, using: &random)
        let type = draw < 0.5 ? "train" : draw < 0.8 ? "finetune" : "contract"
        return make(type: type, random: &random)
    }

    /// A request of `type` with modest run lengths (a few hundred steps).
    static func make(type: String, random: inout SeededRandom) -> FusionJobRequest {
        let model = ModelCatalog.models.randomElement(using: &random)!
        let dataset = ModelCatalog.datasets.randomElement(using: &random)!
        let key = "sim-\(String(random.next(), radix: 36))"
        let serial = String(random.next() % 1000)
        switch type {
        case "train":
            return FusionJobRequest(
                type: type, idempotencyKey: key, baseModelID: model.id, datasetID: dataset.id,
                hyperparams: [
                    "turns": .number(1), "cycles": .number(Double(Int.random(in: 3...6, using: &random))),
                    "steps_per_cycle": .number(Double([50, 60, 80, 100].randomElement(using: &random)!)),
                    "output_name": .string("\(dataset.name)-grown-\(serial)"),
                ])
        case "finetune":
            return FusionJobRequest(
                type: type, idempotencyKey: key, sourceModelID: model.id, datasetID: dataset.id,
                hyperparams: [
                    "lora_rank": .number(Double([16, 32, 64].randomElement(using: &random)!)),
                    "steps": .number(Double(Int.random(in: 20...60, using: &random) * 10)),
                    "output_name": .string("\(model.name)-\(dataset.name)-ft-\(serial)"),
                ])
        default:
            return FusionJobRequest(
                type: "contract", idempotencyKey: key,
                hyperparams: [
                    "source_model_id": .string(model.id),
                    "contraction_ratio": .number([0.3, 0.5, 0.6].randomElement(using: &random)!),
                    "num_layers_to_contract": .number(Double([4, 6, 8].randomElement(using: &random)!)),
                    "output_name": .string("\(model.name)-contracted-\(serial)"),
                ])
        }
    }
}
