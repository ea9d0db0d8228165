import Foundation
import GRDB
import RuntopWire

/// One row of the `job` table: the wire fields plus what the simulator needs to carry on after a restart.
struct StoredJob: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "job"

    var ordinal: Int64?
    var id: String
    var type: String
    var status: String
    var retries: Int
    var lastCheckpointStep: Int
    var outputModelID: String?
    var createdAt: Double
    var startedAt: Double?
    var finishedAt: Double?
    var idempotencyKey: String
    var requestFingerprint: String
    var baseModelID: String?
    var sourceModelID: String?
    var datasetID: String?
    /// The hyperparams as compact JSON text.
    var hyperparams: String
    var currentStep: Int
    var totalSteps: Int
    var error: String?
    /// The last console line's sequence number.
    var logSequence: Int
    /// Steps computed, including steps redone after a reclaim (drives tokens and cost).
    var stepsExecuted: Int
    /// When the simulator should next act on this job (seconds since 1970).
    var nextActionAt: Double
    /// The simulation profile as JSON text.
    var profile: String

    enum CodingKeys: String, CodingKey {
        case ordinal, id, type, status, retries, error, hyperparams, profile
        case lastCheckpointStep = "last_checkpoint_step"
        case outputModelID = "output_model_id"
        case createdAt = "created_at"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case idempotencyKey = "idempotency_key"
        case requestFingerprint = "request_fingerprint"
        case baseModelID = "base_model_id"
        case sourceModelID = "source_model_id"
        case datasetID = "dataset_id"
        case currentStep = "current_step"
        case totalSteps = "total_steps"
        case logSequence = "log_sequence"
        case stepsExecuted = "steps_executed"
        case nextActionAt = "next_action_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        ordinal = inserted.rowID
    }

    /// The decoded hyperparams object.
    var hyperparamsObject: [String: JSONValue] {
        (try? JSONDecoder().decode([String: JSONValue].self, from: Data(hyperparams.utf8))) ?? [:]
    }

    /// The decoded simulation profile.
    var simulationProfile: SimulationProfile {
        get throws { try JSONDecoder().decode(SimulationProfile.self, from: Data(profile.utf8)) }
    }

    /// Whether the job has reached a final state.
    var isTerminal: Bool { JobStatus.terminal.contains(status) }

    /// The job as the Fusion API shows it.
    var wireJob: FusionJob {
        FusionJob(
            id: id, type: type, status: status, retries: retries, lastCheckpointStep: lastCheckpointStep,
            outputModelID: outputModelID, createdAt: WireTimestamp.format(createdAt),
            startedAt: startedAt.map(WireTimestamp.format), finishedAt: finishedAt.map(WireTimestamp.format),
            idempotencyKey: idempotencyKey, baseModelID: baseModelID, sourceModelID: sourceModelID,
            datasetID: datasetID, hyperparams: hyperparamsObject, currentStep: currentStep, totalSteps: totalSteps,
            error: error
        )
    }
}
