/// The base models and datasets the reference server knows, with sizes for simulation and recommendations.
/// Unknown ids are accepted too: their size is derived from the id, so it is stable.
enum ModelCatalog {
    /// A model the server can train from.
    struct Model: Sendable {
        let id: String
        let name: String
        let parameters: Double
    }

    /// A dataset the server can train on.
    struct Dataset: Sendable {
        let id: String
        let name: String
        let tokens: Double
    }

    static let models: [Model] = [
        Model(id: "5f0c2a1e-7b3d-4c8e-9a61-0d2f4e6b8a10", name: "qwen2.5-0.5b", parameters: 494_000_000),
        Model(id: "8e4b9c2d-1a3f-4e5b-8c7d-2f1e0a9b3c21", name: "qwen2.5-1.5b", parameters: 1_540_000_000),
        Model(id: "c3d2e1f0-9a8b-4c7d-b6e5-4f3a2b1c0d32", name: "llama-3.2-3b", parameters: 3_210_000_000),
        Model(id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c43", name: "mistral-7b-v0.3", parameters: 7_250_000_000),
    ]

    static let datasets: [Dataset] = [
        Dataset(id: "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e554", name: "support-chats", tokens: 2_100_000),
        Dataset(id: "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c65", name: "code-review-comments", tokens: 8_400_000),
        Dataset(id: "f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e76", name: "legal-clauses", tokens: 640_000),
        Dataset(id: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d87", name: "medical-qa", tokens: 14_200_000),
    ]

    /// The model with `id`, or a stable stand-in for an unknown id.
    static func model(id: String) -> Model {
        if let known = models.first(where: { $0.id == id }) { return known }
        let template = models[Int(stableHash(id) % UInt64(models.count))]
        return Model(id: id, name: "model-\(id.prefix(8))", parameters: template.parameters)
    }

    /// The dataset with `id`, or a stable stand-in for an unknown id.
    static func dataset(id: String) -> Dataset {
        if let known = datasets.first(where: { $0.id == id }) { return known }
        let template = datasets[Int(stableHash(id) % UInt64(datasets.count))]
        return Dataset(id: id, name: "dataset-\(id.prefix(8))", tokens: template.tokens)
    }

    /// FNV-1a: a hash that is the same in every process (unlike `Hasher`).
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
