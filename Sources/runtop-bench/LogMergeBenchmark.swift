import Foundation
import RuntopCore

/// Merging console deltas of 50–200 lines through `DataStore.apply`, with the store's default tail cap, so
/// eviction is part of the cost. Lines look like a trainer's: progress lines, some with colour escapes.
struct LogMergeBenchmark {
    var totalLines = 2_000_000

    func makeDeltas() -> [StoreEvent] {
        var random = SystemRandomNumberGenerator()
        var events: [StoreEvent] = []
        var seq = 0
        let now = Date()
        while seq < totalLines {
            let count = Int.random(in: 50...200, using: &random)
            var lines: [LogLine] = []
            lines.reserveCapacity(count)
            let since = seq
            for _ in 0..<count {
                seq += 1
                let step = seq / 4
                let text: String
                switch seq % 20 {
                case 0: text = "\u{1B}[32mINFO\u{1B}[0m checkpoint saved at step \(step) to /ckpt/step-\(step)"
                case 1: text = "eval \(step): val_loss 1.\(seq % 97) ppl \(seq % 900)"
                default: text = "step \(step)/600000 · loss 1.\(seq % 89) · lr 3.1e-05 · 1.39 tok/s · vram 23.6 GB"
                }
                lines.append(LogLine(seq: seq, timestamp: now, stream: seq % 50 == 0 ? "stderr" : "stdout", text: text))
            }
            events.append(.logs("bench-job", LogDelta(lines: lines, latestSeq: seq, sinceSeq: since), at: now))
        }
        return events
    }

    /// Lines merged per second: the median of `runs` fresh stores.
    func linesPerSecond(runs: Int = 3) -> Double {
        let events = makeDeltas()
        let lineCount = events.reduce(0) { total, event in
            if case .logs(_, let delta, _) = event { return total + delta.lines.count }
            return total
        }
        var rates: [Double] = []
        for _ in 0..<runs {
            var store = DataStore()
            let seconds = Stopwatch.seconds {
                for event in events { store.apply(event) }
            }
            precondition(store.detail("bench-job")?.logs.lastSeq == lineCount)
            rates.append(Double(lineCount) / seconds)
        }
        return Stopwatch.median(rates)
    }
}
