import RuntopCore

/// Something that happened at a step, marked on a chart's step axis.
public struct ChartMarker: Sendable, Equatable {
    /// What happened.
    public enum Kind: Sendable, Equatable {
        /// A checkpoint was written.
        case checkpoint
        /// An evaluation ran.
        case eval
        /// The job was reclaimed and resumed from this step.
        case reclaim
    }

    /// The step it happened at.
    public var step: Int
    /// What happened.
    public var kind: Kind

    /// A marker of `kind` at `step`.
    public init(step: Int, kind: Kind) {
        self.step = step
        self.kind = kind
    }

    /// The glyph drawn for the marker.
    public func glyph(_ glyphs: Glyphs) -> String {
        switch kind {
        case .checkpoint: glyphs.checkpointMarker
        case .eval: glyphs.evalMarker
        case .reclaim: glyphs.reclaimMarker
        }
    }

    /// The markers of a job's timeline: `checkpoint` and `eval` at their `step`, `reclaimed` at its
    /// `resume_step` (or `step`).
    public static func markers(from events: [JobEvent]) -> [ChartMarker] {
        events.compactMap { event in
            func number(_ field: String) -> Int? {
                guard let text = event.fields[field] else { return nil }
                return Int(text) ?? Double(text).flatMap { $0.isFinite ? Int($0) : nil }
            }
            switch event.kind.lowercased() {
            case "checkpoint": return number("step").map { ChartMarker(step: $0, kind: .checkpoint) }
            case "eval", "evaluation": return number("step").map { ChartMarker(step: $0, kind: .eval) }
            case "reclaimed":
                return (number("resume_step") ?? number("step")).map { ChartMarker(step: $0, kind: .reclaim) }
            default: return nil
            }
        }
    }
}
