import Foundation

/// Short, readable numbers for narrow columns: axis ticks, legends, cards.
public enum NumberFormatting {
    /// `value` with exactly `decimals` digits after the point.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(max(0, decimals))f", value)
    }

    /// An axis tick: `1.2k`, `3e-5`, `0.85`, `12`, `-0.5`.
    public static func tick(_ value: Double) -> String { compact(value, significantDigits: 2) }

    /// A value with about `significantDigits` digits, SI-suffixed from 1000 (`1.2k`, `1.5M`), in
    /// scientific notation below 0.01 (`3e-5`, `2.5e-4`).
    public static func compact(_ value: Double, significantDigits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        if value == 0 { return "0" }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let digits = max(1, significantDigits)
        if magnitude >= 1000 {
            let suffixes = ["k", "M", "B", "T", "P"]
            var scaled = magnitude / 1000
            var index = 0
            while scaled >= 999.5, index < suffixes.count - 1 {
                scaled /= 1000
                index += 1
            }
            return sign + trimmed(significant(scaled, digits: digits)) + suffixes[index]
        }
        if magnitude >= 0.01 {
            return sign + trimmed(significant(magnitude, digits: digits))
        }
        let exponent = Int(floor(log10(magnitude)))
        var mantissa = magnitude / pow(10, Double(exponent))
        var adjustedExponent = exponent
        let mantissaText0 = trimmed(fixed(mantissa, decimals: max(0, digits - 1)))
        if mantissaText0 == "10" {
            mantissa = 1
            adjustedExponent += 1
        }
        let mantissaText = trimmed(fixed(mantissa, decimals: max(0, digits - 1)))
        return sign + mantissaText + "e" + String(adjustedExponent)
    }

    /// A human count: `1.54B`, `12.3M`, `950`.
    public static func humanCount(_ value: Double) -> String {
        guard value.isFinite else { return compact(value) }
        if abs(value) < 1000 { return trimmed(fixed(value, decimals: abs(value) < 10 ? 2 : 0)) }
        return compact(value, significantDigits: 3)
    }

    /// A signed human count: `+1.2B`, `-340M`.
    public static func signedHumanCount(_ value: Double) -> String {
        (value > 0 ? "+" : "") + humanCount(value)
    }

    /// A byte count in decimal units: `0 B`, `340 B`, `1.2 KB`, `15 KB`, `2.3 MB`, `1.1 GB`.
    public static func bytes(_ value: Double) -> String {
        guard value.isFinite, value >= 999.5 else { return "\(Int(max(0, value.isFinite ? value : 0).rounded())) B" }
        var scaled = value / 1000
        for unit in ["KB", "MB", "GB"] {
            if scaled < 9.95 { return fixed(scaled, decimals: 1) + " " + unit }
            if scaled < 999.5 || unit == "GB" { return "\(Int(scaled.rounded())) " + unit }
            scaled /= 1000
        }
        return "\(Int(scaled.rounded())) GB"
    }

    /// Dollars and cents: `$25.00`.
    public static func dollars(_ value: Double) -> String { "$" + fixed(value, decimals: 2) }

    /// A signed percentage with one decimal: `-19.8%`.
    public static func signedPercent(_ value: Double) -> String {
        (value > 0 ? "+" : "") + fixed(value, decimals: 1) + "%"
    }

    /// A legend value: three significant digits.
    public static func legend(_ value: Double) -> String { compact(value, significantDigits: 3) }

    /// `value` rounded to `digits` significant digits, in plain decimal notation.
    private static func significant(_ value: Double, digits: Int) -> String {
        guard value > 0 else { return "0" }
        let integerDigits = Int(floor(log10(value))) + 1
        let decimals = max(0, digits - integerDigits)
        let rounded = fixed(value, decimals: decimals)
        // Rounding can add a digit (9.99 → 10.0); drop the extra decimal.
        if let roundedValue = Double(rounded), Int(floor(log10(roundedValue))) + 1 > integerDigits, decimals > 0 {
            return fixed(value, decimals: decimals - 1)
        }
        return rounded
    }

    /// Drops trailing zeros after a decimal point, and the point itself.
    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        if result.last == "." { result = result.dropLast() }
        return String(result)
    }
}
