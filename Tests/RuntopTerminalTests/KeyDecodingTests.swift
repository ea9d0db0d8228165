import RuntopRender
import Testing

@testable import RuntopTerminal

@Suite struct KeyDecodingTests {
    private func key(_ input: CursesInput) -> Key? { KeyDecoding.key(for: input) }

    @Test func cursorAndPagingKeys() {
        #expect(key(.keyCode(CursesKeyCode.up)) == .up)
        #expect(key(.keyCode(CursesKeyCode.down)) == .down)
        #expect(key(.keyCode(CursesKeyCode.left)) == .left)
        #expect(key(.keyCode(CursesKeyCode.right)) == .right)
        #expect(key(.keyCode(CursesKeyCode.pageUp)) == .pageUp)
        #expect(key(.keyCode(CursesKeyCode.pageDown)) == .pageDown)
        #expect(key(.keyCode(CursesKeyCode.home)) == .home)
        #expect(key(.keyCode(CursesKeyCode.end)) == .end)
    }

    @Test func editingKeys() {
        #expect(key(.keyCode(CursesKeyCode.backTab)) == .backTab)
        #expect(key(.keyCode(CursesKeyCode.delete)) == .delete)
        #expect(key(.keyCode(CursesKeyCode.insert)) == .insert)
        #expect(key(.keyCode(CursesKeyCode.enter)) == .enter)
    }

    @Test func allThreeBackspaceEncodings() {
        #expect(key(.keyCode(CursesKeyCode.backspace)) == .backspace)
        #expect(key(.character(127)) == .backspace)
        #expect(key(.character(8)) == .backspace)
    }

    @Test func controlCharactersWithTheirOwnMeaning() {
        #expect(key(.character(9)) == .tab)
        #expect(key(.character(13)) == .enter)
        #expect(key(.character(10)) == .enter)
        #expect(key(.character(27)) == .escape)
    }

    @Test func controlLettersBecomeLowerCaseControlKeys() {
        #expect(key(.character(1)) == .control("a"))
        #expect(key(.character(3)) == .control("c"))
        #expect(key(.character(26)) == .control("z"))
    }

    @Test func functionKeys() {
        #expect(key(.keyCode(CursesKeyCode.function(1))) == .function(1))
        #expect(key(.keyCode(CursesKeyCode.function(12))) == .function(12))
    }

    @Test func printableUnicodeIsACharacter() {
        #expect(key(.character(0x71)) == .character("q"))
        #expect(key(.character(0x20)) == .character(" "))
        #expect(key(.character(0xE9)) == .character("é"))
        #expect(key(.character(0x65E5)) == .character("日"))
    }

    @Test func unusableInputIsDropped() {
        #expect(key(.character(0)) == nil)
        #expect(key(.character(0x1C)) == nil)
        #expect(key(.character(0x85)) == nil)
        #expect(key(.character(0xD800)) == nil)
        #expect(key(.keyCode(CursesKeyCode.resize)) == nil)
    }
}
