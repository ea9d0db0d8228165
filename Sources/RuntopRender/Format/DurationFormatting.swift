/// Durations for ages, segments and GPU time.
public enum DurationFormatting {
    /// The largest unit only, for ages: `5s`, `12m`, `3h`, `2d`.
    public static func age(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = max(0, Int(seconds))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" }
        if total < 86_400 { return "\(total / 3600)h" }
        return "\(total / 86_400)d"
    }

    /// Two units, for segment lengths: `45s`, `4m12s`, `2h05m`, `3d04h`.
    public static func short(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = max(0, Int(seconds.rounded()))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(twoDigits(total % 60))s" }
        if total < 86_400 { return "\(total / 3600)h\(twoDigits(total % 3600 / 60))m" }
        return "\(total / 86_400)d\(twoDigits(total % 86_400 / 3600))h"
    }

    /// Hours, minutes and seconds: `1:02:03`, `27:00:00`.
    public static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = max(0, Int(seconds.rounded()))
        return "\(total / 3600):\(twoDigits(total % 3600 / 60)):\(twoDigits(total % 60))"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
