/// Makes untrusted text from the wire safe to draw: nothing in it can reach the terminal as a control.
///
/// - C0 controls and DEL become their visible Control Pictures (ESC shows as `␛`), so an escape sequence
///   is displayed, never executed.
/// - C1 controls and bidirectional overrides become `�`.
/// - A tab becomes spaces; a carriage return keeps only what a terminal would finally show after it
///   (tqdm-style progress lines); trailing line breaks are dropped.
/// - Invalid UTF-8 must already be replaced by the decoder (`String(decoding:as:)` does this); raw bytes can
///   go through ``sanitize(utf8:)``, which decodes with U+FFFD replacement first.
public enum TextSanitizer {
    /// Spaces a tab becomes.
    public static let tabWidth = 4

    /// Returns `text` with every control neutralised. Plain printable text is returned unchanged, cheaply.
    public static func sanitize(_ text: String) -> String {
        if isPlain(text) { return text }
        var input = Substring(text)
        while let last = input.unicodeScalars.last, last == "\n" || last == "\r" {
            input = Substring(input.unicodeScalars.dropLast())
        }
        if let carriageReturn = input.unicodeScalars.lastIndex(of: "\r") {
            input = Substring(input.unicodeScalars[input.unicodeScalars.index(after: carriageReturn)...])
        }
        var output = String.UnicodeScalarView()
        output.reserveCapacity(input.unicodeScalars.count)
        for scalar in input.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x09:
                for _ in 0..<tabWidth { output.append(" ") }
            case 0x00...0x1F:
                output.append(Unicode.Scalar(0x2400 + value)!)
            case 0x7F:
                output.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                output.append("\u{FFFD}")
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Decodes `bytes` as UTF-8, replacing each invalid sequence with `�`, then sanitises the text.
    public static func sanitize(utf8 bytes: some Collection<UInt8>) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// True when `text` has nothing to neutralise (the common case, checked on UTF-8 bytes).
    @inline(__always)
    static func isPlain(_ text: String) -> Bool {
        var plain = true
        var copy = text
        copy.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                // C0, DEL; 0xC2 0x80–0x9F is a C1 control; 0xE2 0x80/0x81 starts U+2000–U+207F
                // (bidi controls live there); 0xD8 0x9C is U+061C.
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0)
                    || (previous == 0xE2 && (byte == 0x80 || byte == 0x81)) || (previous == 0xD8 && byte == 0x9C)
                {
                    plain = false
                    return
                }
                previous = byte
            }
        }
        return plain
    }
}
