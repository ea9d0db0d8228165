import Foundation
import RuntopWire

/// A validated `PUT /jobs/{id}/result` body: the seed's result fields, each a finite number or null
/// (`job_id` may be given and must then match the path).
enum ResultUpload {
    /// The numeric fields of a result, as `FusionResult` encodes them.
    static let numberFields = [
        "ppl_baseline", "ppl_final", "ppl_delta_pct", "loss_final", "params_before", "params_after", "params_delta",
        "function_preservation", "gpu_seconds", "tokens_processed", "cost_usd",
    ]

    /// Validates `data` for job `id`.
    static func parse(_ data: Data, jobID id: String) throws(ServerError) -> FusionResult {
        let fields = try IngestionBody.object(data)
        if let given = fields["job_id"], given != .null, given != .string(id) {
            throw .unprocessable("job_id must be \(id) (the job in the path) or absent")
        }
        for key in fields.keys where key != "job_id" && !numberFields.contains(key) {
            throw .unprocessable("\(key) is not a result field (known: \(numberFields.joined(separator: ", ")))")
        }
        let field = IngestionField(fields: fields, path: "")
        return FusionResult(
            jobID: id, pplBaseline: try field.finiteNumber("ppl_baseline"), pplFinal: try field.finiteNumber("ppl_final"),
            pplDeltaPct: try field.finiteNumber("ppl_delta_pct"), lossFinal: try field.finiteNumber("loss_final"),
            paramsBefore: try field.finiteNumber("params_before"), paramsAfter: try field.finiteNumber("params_after"),
            paramsDelta: try field.finiteNumber("params_delta"),
            functionPreservation: try field.finiteNumber("function_preservation"),
            gpuSeconds: try field.finiteNumber("gpu_seconds"), tokensProcessed: try field.finiteNumber("tokens_processed"),
            costUSD: try field.finiteNumber("cost_usd"))
    }
}
