/// A scripted outcome for one job, from the `X-Runtop-Simulate` request header
/// (`succeed`, `fail@STEP`, `reclaim@STEP`, `cancel@STEP`, comma-separated), so tests and demos
/// need not rely on chance.
struct SimulationDirective: Sendable, Equatable {
    /// The request header that carries a directive.
    static let headerName = "X-Runtop-Simulate"

    var failAtStep: Int?
    var reclaimAtStep: Int?
    var cancelAtStep: Int?

    /// Parses a header value; nil when it names nothing the simulator knows.
    static func parse(_ text: String) -> SimulationDirective? {
        var directive = SimulationDirective()
        var understood = false
        for part in text.split(separator: ",") {
            let words = part.trimmingCharacters(in: .whitespaces).split(separator: "@", maxSplits: 1)
            let step = words.count == 2 ? Int(words[1]) : nil
            switch words.first.map(String.init) {
            case "succeed": understood = true
            case "fail": directive.failAtStep = step ?? 1; understood = true
            case "reclaim": directive.reclaimAtStep = step ?? 1; understood = true
            case "cancel": directive.cancelAtStep = step ?? 1; understood = true
            default: continue
            }
        }
        return understood ? directive : nil
    }
}
