import Foundation
import RuntopWire

/// A validated `POST /jobs/{id}/events` body: `{"events": [{kind, payload?, ts?}, …]}`.
///
/// A status kind moves the job: `running`, `succeeded`, `failed` (payload `error` is shown as the job's
/// error), `cancelled`, `reclaimed` (payload `resume_step` is required: points after it are dropped and
/// `retries` grows). A `checkpoint` event needs payload `step` and sets `last_checkpoint_step`. Any other
/// kind is recorded on the timeline as it is.
struct EventBatch: Sendable {
    /// The status kinds a trainer may push.
    static let statusKinds = [
        JobStatus.running, JobStatus.succeeded, JobStatus.failed, JobStatus.cancelled, JobStatus.reclaimed,
    ]
    /// The longest event kind.
    static let maximumKindLength = 64

    /// One timeline event.
    struct Event: Sendable {
        var kind: String
        var payload: [String: JSONValue]
        var time: Double
        /// Where it was in the batch (for conflict messages).
        var index: Int
    }

    var events: [Event]

    /// Validates `data`; `now` stamps events without `ts`.
    static func parse(_ data: Data, now: Double) throws(ServerError) -> EventBatch {
        let items = try IngestionBody.batch("events", in: try IngestionBody.object(data))
        var events: [Event] = []
        events.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let path = "events[\(index)]"
            let field = IngestionField(fields: item, path: path)
            let kind = try field.text("kind")
            guard kind.count <= maximumKindLength else {
                throw .unprocessable("\(path).kind is longer than \(maximumKindLength) characters")
            }
            guard kind != JobStatus.queued else {
                throw .unprocessable("\(path).kind queued cannot be pushed (every job starts queued)")
            }
            let payload = try field.optionalObject("payload") ?? [:]
            let payloadField = IngestionField(fields: payload, path: "\(path).payload")
            switch kind {
            case JobStatus.reclaimed: _ = try payloadField.step("resume_step")
            case "checkpoint": _ = try payloadField.step("step")
            default: break
            }
            events.append(Event(kind: kind, payload: payload, time: try field.timestamp("ts", default: now), index: index))
        }
        return EventBatch(events: events)
    }
}
