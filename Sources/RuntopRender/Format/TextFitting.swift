import RuntopCore

/// Fitting text into a number of columns.
public enum TextFitting {
    /// `text` cut at the end with `ellipsis` when wider than `columns`.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String) -> String {
        DisplayWidth.truncate(text, toColumns: columns, ellipsis: ellipsis)
    }

    /// `text` shortened in the middle (`s3://bucket/…/step-800`) when wider than `columns`, keeping both ends.
    public static func shortenMiddle(_ text: String, to columns: Int, ellipsis: String) -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(text) <= columns { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        guard columns > ellipsisWidth + 1 else { return truncate(text, to: columns, ellipsis: ellipsis) }
        let budget = columns - ellipsisWidth
        let tailBudget = budget / 2 + budget % 2
        let headBudget = budget - tailBudget
        var head = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > headBudget { break }
            head.append(character)
            used += width
        }
        var tail: [Character] = []
        used = 0
        for character in text.reversed() {
            let width = DisplayWidth.of(character)
            if used + width > tailBudget { break }
            tail.append(character)
            used += width
        }
        return head + ellipsis + String(tail.reversed())
    }

    /// `text` padded with spaces to `columns` (cut when wider).
    public static func padded(_ text: String, to columns: Int, ellipsis: String) -> String {
        let fitted = truncate(text, to: columns, ellipsis: ellipsis)
        let width = DisplayWidth.of(fitted)
        return width < columns ? fitted + String(repeating: " ", count: columns - width) : fitted
    }

    /// `text` right-aligned in `columns`.
    public static func rightAligned(_ text: String, to columns: Int, ellipsis: String) -> String {
        let fitted = truncate(text, to: columns, ellipsis: ellipsis)
        let width = DisplayWidth.of(fitted)
        return width < columns ? String(repeating: " ", count: columns - width) + fitted : fitted
    }

    /// Splits `text` into pieces of at most `columns` columns each (for wrapped log lines).
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [text] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > columns, !current.isEmpty {
                pieces.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += width
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    /// `text` without its first `columns` columns, starting with `ellipsis` to show it was shifted ("" when
    /// nothing is left).
    public static func dropLeading(_ text: String, columns: Int, ellipsis: String) -> String {
        guard columns > 0 else { return text }
        var skipped = 0
        var index = text.startIndex
        while index < text.endIndex, skipped < columns {
            skipped += DisplayWidth.of(text[index])
            index = text.index(after: index)
        }
        return index < text.endIndex ? ellipsis + text[index...] : ""
    }
}
