import Foundation
import Testing

@testable import RuntopCore

/// Memory stays bounded: the log ring by its cap, a series by its per-point budget. Serialized so the two
/// large workloads never overlap in the resident-set reading.
@Suite(.serialized) struct MemoryBoundsTests {
    /// The resident set in bytes, from `/proc/self/status` (nil off Linux).
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }

    @Test func logRingStaysBoundedOnALongStream() {
        let capacity = 1_000
        let total = 400_000
        var tail = LogTail(capacity: capacity)
        let padding = String(repeating: "x", count: 120)
        let before = Self.residentBytes()
        var seq = 0
        while seq < total {
            var batch: [LogLine] = []
            for _ in 0..<100 {
                seq += 1
                batch.append(LogLine(seq: seq, text: "step \(seq) \(padding)"))
            }
            tail.merge(batch, since: seq - 100)
            #expect(tail.count <= capacity)
        }
        #expect(tail.count == capacity)
        #expect(tail.evictedCount == total - capacity)
        #expect(tail.firstSeq == total - capacity + 1 && tail.lastSeq == total)
        #expect(tail.gaps.isEmpty)
        if let before, let after = Self.residentBytes() {
            // Holding every line would take about total × 200 bytes (80 MB); the ring holds 1 000.
            #expect(after - before < 32 << 20, "resident set grew by \(after - before) bytes")
        }
    }

    @Test func seriesStaysWithinTwentyFourBytesPerPointField() {
        var series = MetricSeries()
        var step = 0
        var worst = 0.0
        while step < 1_200_000 {
            series.merge((0..<1_000).map { offset in MetricSample(step: step + offset + 1, value: Double(offset)) })
            step += 1_000
            if step >= 100_000 { worst = max(worst, Double(series.byteCount) / Double(series.count)) }
        }
        #expect(series.count == 1_200_000)
        #expect(worst <= 24, "worst \(worst) bytes per point-field")
    }

    @Test func byteCountCoversEveryColumn() {
        var series = MetricSeries()
        series.merge((1...10_000).map { MetricSample(step: $0, value: Double($0)) })
        // Steps (8) + values (8) + smoothed (4) at least, for every point.
        #expect(series.byteCount >= 20 * series.count)
    }
}
