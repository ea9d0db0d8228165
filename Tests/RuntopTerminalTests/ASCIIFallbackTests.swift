import Testing

@testable import RuntopTerminal

@Suite struct ASCIIFallbackTests {
    @Test func separatorsAndSizesKeepALookalikeOutsideUTF8() {
        #expect(GlyphEncoding.wideCharacters(for: "·", localeIsUTF8: false) == [0x2E, 0])
        #expect(GlyphEncoding.wideCharacters(for: "×", localeIsUTF8: false) == [0x78, 0])
        #expect(GlyphEncoding.wideCharacters(for: "—", localeIsUTF8: false) == [0x2D, 0])
        #expect(GlyphEncoding.wideCharacters(for: "…", localeIsUTF8: false) == [0x7E, 0])
    }

    @Test func boxDrawingBecomesLinesAndCorners() {
        #expect(ASCIIFallback.character(for: "─") == "-")
        #expect(ASCIIFallback.character(for: "│") == "|")
        #expect(ASCIIFallback.character(for: "┌") == "+")
        #expect(ASCIIFallback.character(for: "╯") == "+")
    }

    @Test func brailleBecomesDotsAndTheEmptyPatternASpace() {
        #expect(ASCIIFallback.character(for: "\u{2800}") == " ")
        #expect(ASCIIFallback.character(for: "\u{28FF}") == ".")
    }

    @Test func printableASCIIIsKeptAndTheUnknownIsAQuestionMark() {
        #expect(ASCIIFallback.character(for: "a") == "a")
        #expect(ASCIIFallback.character(for: "日") == "?")
    }
}
