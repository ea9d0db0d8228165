import Foundation
import RuntopWire

/// A validated `PUT /jobs/{id}/artifacts` body: `{"checkpoints": [{step, name, path}, …], "refs": {name: text}}`.
/// It replaces the job's artifacts whole; either key may be absent (an empty list or object).
enum ArtifactUpload {
    /// The most refs one job may carry.
    static let maximumReferences = 200

    /// Validates `data` for job `id`.
    static func parse(_ data: Data, jobID id: String) throws(ServerError) -> FusionArtifacts {
        let fields = try IngestionBody.object(data)
        for key in fields.keys where key != "checkpoints" && key != "refs" {
            throw .unprocessable("\(key) is not an artifacts field (known: checkpoints, refs)")
        }
        var checkpoints: [FusionCheckpoint] = []
        if let given = fields["checkpoints"], given != .null {
            guard case .array(let items) = given else { throw .unprocessable("checkpoints must be an array") }
            let objects = items.isEmpty ? [] : try IngestionBody.batch("checkpoints", in: fields)
            for (index, item) in objects.enumerated() {
                let field = IngestionField(fields: item, path: "checkpoints[\(index)]")
                checkpoints.append(
                    FusionCheckpoint(step: try field.step("step"), name: try field.text("name"), path: try field.text("path")))
            }
        }
        return FusionArtifacts(jobID: id, checkpoints: checkpoints, refs: try references(fields))
    }

    private static func references(_ fields: [String: JSONValue]) throws(ServerError) -> [String: String] {
        guard let given = fields["refs"], given != .null else { return [:] }
        guard case .object(let members) = given else { throw .unprocessable("refs must be an object of strings") }
        guard members.count <= maximumReferences else {
            throw .unprocessable("refs has \(members.count) entries; at most \(maximumReferences)")
        }
        var references: [String: String] = [:]
        for (name, value) in members {
            guard case .string(let text) = value else { throw .unprocessable("refs.\(name) must be a string") }
            references[name] = text
        }
        return references
    }
}
