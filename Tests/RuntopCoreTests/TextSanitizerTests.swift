import Testing

@testable import RuntopCore

@Suite struct TextSanitizerTests {
    @Test(arguments: [
        "", "hello", "step 2000/6000 · loss 1.83 · lr 3.1e-05", "Training complete — saving your model…",
        "日本語のログ", "emoji 🚀 👨‍👩‍👧 ❤️", "e\u{301}", "{\"json\": [1, 2]}", "\u{A0}non-breaking",
    ])
    func plainTextIsReturnedUnchanged(text: String) {
        #expect(TextSanitizer.sanitize(text) == text)
    }

    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "␛[31mred␛[0m"),
        ("\u{1B}]0;title\u{7}", "␛]0;title␇"),
        ("a\u{0}b", "a␀b"),
        ("bell\u{7}", "bell␇"),
        ("back\u{8}space", "back␈space"),
        ("a\nb", "a␊b"),
        ("del\u{7F}", "del␡"),
        ("c1 \u{85} csi \u{9B}", "c1 � csi �"),
        ("\u{202E}evil", "�evil"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", "����"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", "����"),
        ("\u{200E}\u{200F}\u{061C}", "���"),
        ("a\tb", "a    b"),
        ("10%\r50%\r100% done", "100% done"),
        ("progress 3/3\r\n", "progress 3/3"),
        ("line\n", "line"),
        ("partial\r", "partial"),
        ("old\rnew\u{1B}[K", "new␛[K"),
    ])
    func controlsAreNeutralised(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    /// The rules written scalar by scalar, the obvious way: the byte-level implementation must agree.
    private static func reference(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        if let carriageReturn = scalars.lastIndex(of: "\r") { scalars = Array(scalars[(carriageReturn + 1)...]) }
        var output = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar.value {
            case 0x09: output.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F: output.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: output.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: output.append("\u{FFFD}")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    @Test(arguments: 0..<200)
    func agreesWithTheScalarByScalarRules(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1000)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...30, using: &random) {
            let value: UInt32 =
                switch Int.random(in: 0..<4, using: &random) {
                case 0: UInt32.random(in: 0...0xFF, using: &random)
                case 1: UInt32.random(in: 0x2000...0x2070, using: &random)
                case 2: [0x061C, 0x061B, 0x3042, 0x1F680, 0xFFFD, 0x2400, 0x0D, 0x0A].randomElement(using: &random)!
                default: UInt32.random(in: 0x20...0x7E, using: &random)
                }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        let text = String(scalars)
        #expect(TextSanitizer.sanitize(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
    }

    @Test func invalidUTF8IsDecodedWithReplacement() {
        let bytes: [UInt8] = [0x6F, 0x6B, 0xFF, 0x20, 0xC3, 0x28, 0x1B, 0x5B, 0x41]
        #expect(TextSanitizer.sanitize(utf8: bytes) == "ok\u{FFFD} \u{FFFD}(␛[A")
        #expect(TextSanitizer.sanitize(utf8: Array("fine".utf8)) == "fine")
    }

    @Test(arguments: 0..<100)
    func randomTextNeverKeepsAControl(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let alphabet: [UInt32] = [
            0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0xA0,
            0x061C, 0x200B, 0x200E, 0x200F, 0x2014, 0x202A, 0x202E, 0x2066, 0x2069, 0x3042, 0x1F680,
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            scalars.append(Unicode.Scalar(alphabet.randomElement(using: &random)!)!)
        }
        let output = TextSanitizer.sanitize(String(scalars))
        for scalar in output.unicodeScalars {
            let value = scalar.value
            #expect(value >= 0x20 && !(0x7F...0x9F).contains(value))
            #expect(![0x061C, 0x200E, 0x200F].contains(value) && !(0x202A...0x202E).contains(value))
            #expect(!(0x2066...0x2069).contains(value))
        }
        #expect(TextSanitizer.sanitize(output) == output)
    }
}
