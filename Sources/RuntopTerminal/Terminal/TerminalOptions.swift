/// How the curses backend sets the terminal up.
public struct TerminalOptions: Sendable {
    /// Colours to use; nil detects them from terminfo (`COLORS`) and `NO_COLOR`. An explicit level wins over
    /// `NO_COLOR` but never exceeds what the terminal has.
    public var colorSupport: ColorSupport?
    /// Report mouse clicks and the wheel as ``InputEvent/mouse(_:)``.
    public var mouse: Bool
    /// How long to wait after ESC for the rest of an escape sequence.
    public var escapeDelayMilliseconds: Int

    /// Options with the given values (the defaults detect colours, leave the mouse alone and wait 25 ms).
    public init(colorSupport: ColorSupport? = nil, mouse: Bool = false, escapeDelayMilliseconds: Int = 25) {
        self.colorSupport = colorSupport
        self.mouse = mouse
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }
}
