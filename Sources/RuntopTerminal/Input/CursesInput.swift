/// One value `wget_wch` returned: a character (`OK`) or a key code (`KEY_CODE_YES`).
enum CursesInput: Hashable, Sendable {
    /// A Unicode scalar value, including control characters.
    case character(UInt32)
    /// A curses key code (`KEY_UP`, `KEY_F0 + n`, …).
    case keyCode(Int32)
}
