import Foundation

/// The process's memory figures from `/proc/self/status` (Linux).
enum ProcessMemory {
    /// The peak resident set size (VmHWM) in MiB, or nil where `/proc` is unavailable.
    static func peakResidentMegabytes() -> Double? { field("VmHWM") }

    /// The current resident set size (VmRSS) in MiB.
    static func residentMegabytes() -> Double? { field("VmRSS") }

    private static func field(_ name: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }
}
