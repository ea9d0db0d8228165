/// Reads a checkpoint's name and step from its path (`…/sampler_weights/check2-step20`, `…/weights/000040`,
/// `…/final`).
public enum CheckpointNaming {
    /// The last path component (the whole path when it has none).
    public static func name(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// The step a checkpoint name states: the number after the last `step` (`check1-step10`, `step_20`), or
    /// a name made only of digits (`000040`); nil for names such as `final`.
    public static func step(of name: String) -> Int? {
        let lowered = name.lowercased()
        if let range = lowered.range(of: "step", options: .backwards) {
            var digits = lowered[range.upperBound...].drop { $0 == "-" || $0 == "_" || $0 == "=" }
            digits = digits.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count < 18 { return Int(digits) }
        }
        if !lowered.isEmpty, lowered.count < 18, lowered.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(lowered)
        }
        return nil
    }
}
