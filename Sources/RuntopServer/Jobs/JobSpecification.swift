import Foundation
import RuntopWire

/// A validated `POST /jobs` request: the run type, its ids, the effective hyperparams and its length.
struct JobSpecification: Sendable {
    static let types = ["train", "finetune", "contract"]

    var type: String
    var idempotencyKey: String
    var baseModelID: String?
    var sourceModelID: String?
    var datasetID: String?
    /// The submitted hyperparams with defaults filled in.
    var hyperparams: [String: JSONValue]
    var totalSteps: Int
    /// Compact JSON of the submitted body: a replay with a different body is a conflict.
    var fingerprint: String

    /// Whether a real trainer drives the job (the simulator leaves it alone).
    var isExternal: Bool { ExternalJob.isExternal(hyperparams) }

    /// Validates a raw request body.
    /// `external` marks the job as driven by a real trainer, as `"hyperparams": {"external": true}` would.
    static func parse(body: Data, external: Bool = false) throws(ServerError) -> JobSpecification {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body), case .object(var fields) = value
        else { throw .badRequest("Request body must be a JSON object") }
        if external {
            switch fields["hyperparams"] ?? .null {
            case .null: fields["hyperparams"] = .object([ExternalJob.hyperparamKey: .bool(true)])
            case .object(var hyperparams):
                hyperparams[ExternalJob.hyperparamKey] = .bool(true)
                fields["hyperparams"] = .object(hyperparams)
            default: break  // not an object: validation below says so
            }
        }
        return try parse(fields: fields)
    }

    /// Validates a request already decoded as a DTO (the simulator's path).
    static func parse(request: FusionJobRequest) throws(ServerError) -> JobSpecification {
        guard let data = try? JSONEncoder().encode(request),
            case .object(let fields) = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { throw .badRequest("Request could not be encoded") }
        return try parse(fields: fields)
    }

    private static func parse(fields: [String: JSONValue]) throws(ServerError) -> JobSpecification {
        guard let keyValue = fields["idempotency_key"], keyValue != .null else {
            throw .unprocessable("idempotency_key is required")
        }
        guard let key = keyValue.stringValue, !key.isEmpty else {
            throw .unprocessable("idempotency_key must be a non-empty string")
        }
        guard let type = fields["type"]?.stringValue, types.contains(type) else {
            throw .unprocessable("type must be one of train, finetune, contract")
        }
        var hyperparams: [String: JSONValue] = [:]
        if let given = fields["hyperparams"], given != .null {
            guard case .object(let object) = given else { throw .unprocessable("hyperparams must be an object") }
            hyperparams = object
        }
        let baseModelID = try optionalIdentifier("base_model_id", in: fields)
        let datasetID = try optionalIdentifier("dataset_id", in: fields)
        var sourceModelID = try optionalIdentifier("source_model_id", in: fields)
        if sourceModelID == nil { sourceModelID = try optionalIdentifier("source_model_id", in: hyperparams) }

        var specification = JobSpecification(
            type: type, idempotencyKey: key, baseModelID: baseModelID, sourceModelID: sourceModelID,
            datasetID: datasetID, hyperparams: hyperparams, totalSteps: 0,
            fingerprint: JSONValue.object(fields).compactJSON
        )
        func positiveInteger(_ name: String, default fallback: Int) throws(ServerError) -> Int {
            guard let value = specification.hyperparams[name], value != .null else {
                specification.hyperparams[name] = .number(Double(fallback))
                return fallback
            }
            guard let integer = value.intValue, integer > 0, integer <= 1_000_000 else {
                throw .unprocessable("hyperparams.\(name) must be a positive integer")
            }
            return integer
        }

        func positiveNumber(_ name: String, default fallback: Double) throws(ServerError) -> Double {
            guard let value = specification.hyperparams[name], value != .null else {
                specification.hyperparams[name] = .number(fallback)
                return fallback
            }
            guard case .number(let number) = value, number > 0, number.isFinite else {
                throw .unprocessable("hyperparams.\(name) must be a positive number")
            }
            return number
        }

        switch type {
        case "train":
            guard baseModelID != nil else { throw .unprocessable("base_model_id is required for train runs") }
            guard datasetID != nil else { throw .unprocessable("dataset_id is required for train runs") }
            let turns = try positiveInteger("turns", default: 1)
            let cycles = try positiveInteger("cycles", default: 4)
            let stepsPerCycle = try positiveInteger("steps_per_cycle", default: 250)
            _ = try positiveInteger("seq_len", default: 256)
            _ = try positiveNumber("lr", default: 1e-4)
            specification.totalSteps = turns * cycles * stepsPerCycle
        case "finetune":
            guard sourceModelID != nil || baseModelID != nil else {
                throw .unprocessable("source_model_id (or base_model_id) is required for finetune runs")
            }
            guard datasetID != nil else { throw .unprocessable("dataset_id is required for finetune runs") }
            _ = try positiveInteger("lora_rank", default: 32)
            specification.totalSteps = try positiveInteger("steps", default: 2000)
        default:
            guard sourceModelID != nil else {
                throw .unprocessable("hyperparams.source_model_id is required for contract runs")
            }
            let ratio = try positiveNumber("contraction_ratio", default: 0.5)
            guard ratio <= 1 else { throw .unprocessable("hyperparams.contraction_ratio must be between 0 and 1") }
            let layers = try positiveInteger("num_layers_to_contract", default: 8)
            specification.totalSteps = layers * 40
        }
        if ExternalJob.isExternal(specification.hyperparams),
            specification.hyperparams[ExternalJob.totalStepsKey].map({ $0 != .null }) == true
        {
            // A real trainer knows its own length; the type's formula only fits the simulator.
            specification.totalSteps = try positiveInteger(ExternalJob.totalStepsKey, default: 1)
        }
        guard specification.totalSteps <= 1_000_000 else {
            throw .unprocessable("the run is too long (\(specification.totalSteps) steps; at most 1000000)")
        }
        return specification
    }

    private static func optionalIdentifier(_ name: String, in fields: [String: JSONValue]) throws(ServerError)
        -> String?
    {
        guard let value = fields[name], value != .null else { return nil }
        guard let text = value.stringValue, !text.isEmpty else {
            throw .unprocessable("\(name) must be a non-empty string")
        }
        return text
    }
}
