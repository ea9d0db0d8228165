import Foundation

/// Parses the timestamps control planes send: ISO-8601 with or without fractional seconds and zone,
/// or Unix seconds.
public enum WireDate {
    /// The date `text` names, or nil when it is not a timestamp.
    public static func parse(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let seconds = Double(text), text.first?.isNumber == true, !text.contains("-") {
            return Date(timeIntervalSince1970: seconds)
        }
        return parseISO8601(text)
    }

    /// Formats a date the way the reference server does: `2026-11-22T16:03:07.123Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
    }

    private static func parseISO8601(_ text: String) -> Date? {
        // yyyy-MM-ddTHH:mm:ss[.fraction][Z|±HH:MM]
        let utf8 = Array(text.utf8)
        guard utf8.count >= 19 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            utf8[4] == 45, utf8[7] == 45, utf8[10] == 84 || utf8[10] == 32 || utf8[10] == 116
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < utf8.count, utf8[index] == 46 {
            index += 1
            var scale = 0.1
            while index < utf8.count, utf8[index] >= 48, utf8[index] <= 57 {
                fraction += Double(utf8[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offsetSeconds = 0
        if index < utf8.count {
            let sign = utf8[index]
            if sign == 43 || sign == 45, utf8.count >= index + 6, let offsetHour = number(index + 1..<index + 3),
                let offsetMinute = number(index + 4..<index + 6)
            {
                offsetSeconds = (offsetHour * 3600 + offsetMinute * 60) * (sign == 45 ? -1 : 1)
            }
        }
        // Days from civil (Howard Hinnant's algorithm), avoiding Calendar for speed and Sendable-ness.
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds) + fraction
        return Date(timeIntervalSince1970: seconds)
    }
}
