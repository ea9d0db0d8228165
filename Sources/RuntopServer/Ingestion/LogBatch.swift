import Foundation

/// A validated `POST /jobs/{id}/logs` body: `{"lines": [{text, stream?, ts?}, …]}`; the server numbers them.
struct LogBatch: Sendable {
    /// The streams a line may come from (`stdout` when absent).
    static let streams = ["stdout", "stderr"]

    /// One console line.
    struct Line: Sendable {
        var text: String
        var stream: String
        var time: Double
    }

    var lines: [Line]

    /// Validates `data`; `now` stamps lines without `ts`.
    static func parse(_ data: Data, now: Double) throws(ServerError) -> LogBatch {
        let items = try IngestionBody.batch("lines", in: try IngestionBody.object(data))
        var lines: [Line] = []
        lines.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let field = IngestionField(fields: item, path: "lines[\(index)]")
            // An empty line is a real console line: only the type is checked.
            guard case .string(let text) = item["text"] ?? .null else {
                throw .unprocessable("lines[\(index)].text must be a string")
            }
            guard text.utf8.count <= IngestionBody.maximumLineLength else {
                throw .unprocessable("lines[\(index)].text is longer than \(IngestionBody.maximumLineLength) bytes")
            }
            lines.append(
                Line(
                    text: text, stream: try field.choice("stream", from: streams, default: "stdout"),
                    time: try field.timestamp("ts", default: now)))
        }
        return LogBatch(lines: lines)
    }
}
