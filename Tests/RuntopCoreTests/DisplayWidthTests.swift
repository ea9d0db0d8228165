import Testing

@testable import RuntopCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0), ("hello", 5), ("loss 0.78", 9),
        ("日本", 4), ("한국어", 6), ("Ａ", 2), ("ｱ", 1),
        ("🚀", 2), ("😀 ok", 5), ("✅", 2),
        ("e\u{301}", 1), ("a\u{300}\u{301}\u{302}", 1),
        ("👨‍👩‍👧", 2), ("👍🏽", 2), ("❤\u{FE0F}", 2), ("❤", 1),
        ("\u{200B}", 0), ("a\u{200D}b", 2), ("\u{7}", 0),
    ])
    func widthMatchesTheTerminal(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(Unicode.Scalar("a")) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x85)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E00)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F600)!) == 2)
    }

    @Test(arguments: [
        ("hello", 10, "hello"), ("hello", 5, "hello"), ("hello world", 8, "hello w…"),
        ("日本語", 4, "日…"), ("日本語", 5, "日本…"), ("日本語", 1, "…"), ("abc", 0, ""),
        ("🚀🚀🚀", 3, "🚀…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
    ])
    func truncateCutsWithAnEllipsis(text: String, columns: Int, expected: String) {
        #expect(DisplayWidth.truncate(text, toColumns: columns) == expected)
    }

    @Test func ellipsisWiderThanTheColumnsIsLeftOut() {
        #expect(DisplayWidth.truncate("abcdef", toColumns: 2, ellipsis: "...") == "")
        #expect(DisplayWidth.truncate("abcdef", toColumns: 4, ellipsis: "...") == "a...")
    }

    @Test(arguments: 0..<100)
    func truncateNeverExceedsTheWidth(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", "Z", " ", "日", "한", "🚀", "e\u{301}", "👨‍👩‍👧", "❤\u{FE0F}", "·", "—"]
        let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined()
        for columns in 0...25 {
            let result = DisplayWidth.truncate(text, toColumns: columns)
            #expect(DisplayWidth.of(result) <= columns, "\(text) at \(columns): \(result)")
            if DisplayWidth.of(text) <= columns {
                #expect(result == text)
            } else if columns > 0 {
                #expect(result.hasSuffix("…"))
                #expect(text.hasPrefix(String(result.dropLast())))
                // Nothing more would have fitted.
                #expect(DisplayWidth.of(result) >= columns - 1)
            }
        }
    }
}
