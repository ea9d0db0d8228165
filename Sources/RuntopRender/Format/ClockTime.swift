import Foundation

/// Wall-clock times as the timeline and the log show them (`16:03:07`).
public enum ClockTime {
    /// `date` as `HH:MM:SS` in `timeZone`.
    public static func format(_ date: Date, timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let seconds = Int(floor(date.timeIntervalSince1970)) + offset
        let secondsOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let hours = secondsOfDay / 3600
        let minutes = secondsOfDay % 3600 / 60
        let rest = secondsOfDay % 60
        return [hours, minutes, rest].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }
}
