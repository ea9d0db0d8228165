import RuntopCore

/// Finds log lines by the training step they mention (`step 2000/6000 · loss 1.83`).
public enum LogStepLocator {
    /// The first step number `text` mentions after the word `step`, nil when none.
    public static func step(in text: String) -> Int? {
        var searchStart = text.startIndex
        while let range = text.range(of: "step", options: .caseInsensitive, range: searchStart..<text.endIndex) {
            var index = range.upperBound
            while index < text.endIndex, text[index] == " " || text[index] == "=" || text[index] == ":" {
                index = text.index(after: index)
            }
            var digits = ""
            while index < text.endIndex, let digit = text[index].wholeNumberValue, text[index].isASCII {
                digits.append(String(digit))
                index = text.index(after: index)
            }
            if let value = Int(digits) { return value }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The sequence number of the line mentioning the step nearest `step` (the newest on a tie), among
    /// the lines `admits` accepts; nil when no line mentions a step.
    public static func nearestLine(toStep step: Int, in logs: LogTail, admits: (LogLine) -> Bool = { _ in true })
        -> Int?
    {
        var best: (seq: Int, distance: Int)?
        for line in logs.lines.reversed() where admits(line) {
            guard let mentioned = Self.step(in: line.text) else { continue }
            let distance = abs(mentioned - step)
            if best == nil || distance < best!.distance { best = (line.seq, distance) }
            if distance == 0 { break }
        }
        return best?.seq
    }
}
