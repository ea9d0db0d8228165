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
        var source = text
        return source.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            var start = 0
            // A carriage return sends the cursor home: only what follows the last one stays visible.
            for index in stride(from: end - 1, through: 0, by: -1) where bytes[index] == 0x0D {
                start = index + 1
                break
            }
            // Every input byte becomes at most four output bytes (a tab becomes four spaces).
            return String(unsafeUninitializedCapacity: max(1, (end - start) * tabWidth)) { output in
                neutralise(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: output)
            }
        }
    }

    /// Writes `input` (valid UTF-8) to `output` with controls replaced; returns the bytes written.
    private static func neutralise(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        var written = 0
        func emit(_ byte: UInt8) {
            output[written] = byte
            written += 1
        }
        func emitReplacement() {
            emit(0xEF)
            emit(0xBF)
            emit(0xBD)
        }
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            switch byte {
            case 0x09:
                for _ in 0..<tabWidth { emit(0x20) }
                index += 1
            case 0x00..<0x20:
                // U+2400 + byte: the Control Pictures block (ESC shows as ␛).
                emit(0xE2)
                emit(0x90)
                emit(0x80 + byte)
                index += 1
            case 0x7F:
                emit(0xE2)
                emit(0x90)
                emit(0xA1)
                index += 1
            case 0xC2 where index + 1 < count && input[index + 1] < 0xA0:
                // U+0080–U+009F: a C1 control.
                emitReplacement()
                index += 2
            case 0xD8 where index + 1 < count && input[index + 1] == 0x9C:
                // U+061C ARABIC LETTER MARK.
                emitReplacement()
                index += 2
            case 0xE2 where index + 2 < count && isBidiControl(input[index + 1], input[index + 2]):
                emitReplacement()
                index += 3
            default:
                emit(byte)
                index += 1
            }
        }
        return written
    }

    /// True for the last two UTF-8 bytes of U+200E, U+200F, U+202A–U+202E and U+2066–U+2069.
    @inline(__always)
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        switch (second, third) {
        case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): true
        default: false
        }
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
