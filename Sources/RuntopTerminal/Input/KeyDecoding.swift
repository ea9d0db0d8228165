import CNcursesw
import RuntopRender

/// Turns what curses reads into ``Key``s.
enum KeyDecoding {
    /// The key for `input`, or nil for input the dashboard has no use for (unknown codes, stray controls).
    ///
    /// Resize and mouse codes are not keys; the terminal handles them before calling this.
    static func key(for input: CursesInput) -> Key? {
        switch input {
        case .character(let value):
            return key(forCharacter: value)
        case .keyCode(let code):
            return key(forCode: code)
        }
    }

    private static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0, 28...31, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static func key(forCode code: Int32) -> Key? {
        if let key = codeTable[code] { return key }
        let functionNumber = Int(code) - Int(runtop_key_f0())
        if (1...63).contains(functionNumber) { return .function(functionNumber) }
        return nil
    }

    /// Curses key codes with a fixed meaning.
    static let codeTable: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_HOME: .home, KEY_END: .end, KEY_A1: .home, KEY_C1: .end, KEY_FIND: .home, KEY_SELECT: .end,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace,
        KEY_DC: .delete, KEY_IC: .insert,
    ]
}

/// Curses key codes, for code (and tests) that should not import the shim.
enum CursesKeyCode {
    static let up = KEY_UP
    static let down = KEY_DOWN
    static let left = KEY_LEFT
    static let right = KEY_RIGHT
    static let pageUp = KEY_PPAGE
    static let pageDown = KEY_NPAGE
    static let home = KEY_HOME
    static let end = KEY_END
    static let enter = KEY_ENTER
    static let backTab = KEY_BTAB
    static let backspace = KEY_BACKSPACE
    static let delete = KEY_DC
    static let insert = KEY_IC
    static let resize = KEY_RESIZE
    static let mouse = KEY_MOUSE

    /// The code of function key `number` (`KEY_F(number)`).
    static func function(_ number: Int) -> Int32 { runtop_key_f0() + Int32(number) }
}
