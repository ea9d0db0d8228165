import Foundation

/// ISO-8601 UTC timestamps with milliseconds, e.g. `2026-11-22T16:03:07.123Z`.
enum WireTimestamp {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// Formats seconds since 1970.
    static func format(_ secondsSince1970: Double) -> String {
        style.format(Date(timeIntervalSince1970: secondsSince1970))
    }

    /// Seconds since 1970, now.
    static var now: Double { Date().timeIntervalSince1970 }
}
