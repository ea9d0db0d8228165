import Foundation
import RuntopWire

/// A validated `POST /jobs/{id}/metrics` body: `{"points": [{step, phase?, cycle?, loss?, lr?, throughput?,
/// vram_gb?, grad_norm?, ts?}, …]}`.
struct MetricBatch: Sendable {
    /// The phases a point may have (`train` when absent).
    static let phases = ["train", "eval"]

    /// One point to store (replacing any point at the same step and phase).
    struct Point: Sendable {
        var step: Int
        var phase: String
        var cycle: Int?
        var time: Double
        var loss: Double?
        var learningRate: Double?
        var throughput: Double?
        var vramGB: Double?
        var gradientNorm: Double?
    }

    var points: [Point]

    /// Validates `data`; `now` stamps points without `ts`.
    static func parse(_ data: Data, now: Double) throws(ServerError) -> MetricBatch {
        let items = try IngestionBody.batch("points", in: try IngestionBody.object(data))
        var points: [Point] = []
        points.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let field = IngestionField(fields: item, path: "points[\(index)]")
            points.append(
                Point(
                    step: try field.step("step"), phase: try field.choice("phase", from: phases, default: "train"),
                    cycle: try field.optionalInteger("cycle"), time: try field.timestamp("ts", default: now),
                    loss: try field.measurement("loss"), learningRate: try field.measurement("lr"),
                    throughput: try field.measurement("throughput"), vramGB: try field.measurement("vram_gb"),
                    gradientNorm: try field.measurement("grad_norm")))
        }
        return MetricBatch(points: points)
    }
}
