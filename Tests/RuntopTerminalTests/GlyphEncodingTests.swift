import Testing

@testable import RuntopTerminal

@Suite struct GlyphEncodingTests {
    @Test func asciiIsOneCharacterAndATerminator() {
        #expect(GlyphEncoding.wideCharacters(for: "a") == [0x61, 0])
    }

    @Test func combiningMarksFollowTheirBase() {
        #expect(GlyphEncoding.wideCharacters(for: "e\u{301}") == [0x65, 0x301, 0])
        #expect(GlyphEncoding.wideCharacters(for: "a\u{308}\u{323}") == [0x61, 0x308, 0x323, 0])
    }

    @Test func atMostFourCombiningMarksAreKept() {
        let symbol = "a" + String(repeating: "\u{301}", count: 7)
        #expect(GlyphEncoding.wideCharacters(for: symbol).count == 6)
    }

    @Test func emojiSequenceKeepsBaseAndStopsAtTheNextSpacingCharacter() {
        // 👨‍👩‍👧: man, ZWJ, woman, ZWJ, girl; curses can hold the man and the joiner only.
        #expect(GlyphEncoding.wideCharacters(for: "👨\u{200D}👩\u{200D}👧") == [0x1F468, 0x200D, 0])
        #expect(GlyphEncoding.wideCharacters(for: "❤\u{FE0F}") == [0x2764, 0xFE0F, 0])
    }

    @Test func controlCharactersAndEmptySymbolsBecomeSpaces() {
        #expect(GlyphEncoding.wideCharacters(for: "") == [0x20, 0])
        #expect(GlyphEncoding.wideCharacters(for: "\u{1B}") == [0x20, 0])
        #expect(GlyphEncoding.wideCharacters(for: "\u{85}") == [0x20, 0])
    }

    @Test func nonASCIIBecomesAQuestionMarkOutsideUTF8() {
        #expect(GlyphEncoding.wideCharacters(for: "日", localeIsUTF8: false) == [0x3F, 0])
        #expect(GlyphEncoding.wideCharacters(for: "e\u{301}", localeIsUTF8: false) == [0x65, 0])
    }
}
