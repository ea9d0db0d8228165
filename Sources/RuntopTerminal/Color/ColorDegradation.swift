import RuntopRender

/// Maps theme colours onto the palette a terminal actually has.
enum ColorDegradation {
    /// The curses colour number for `color`: -1 for the terminal default, otherwise a palette index below
    /// `support.colorCount`; nil when colour is off.
    ///
    /// `rgb` degrades to the nearest 256-palette entry (avoiding the theme-dependent first 16), then to 16 or 8
    /// by nearest colour. Without default-colour support, the default becomes white on black.
    static func cursesColor(
        for color: TerminalColor, support: ColorSupport, isBackground: Bool, defaultColorsAvailable: Bool
    ) -> Int? {
        guard support != .none else { return nil }
        switch color {
        case .terminalDefault:
            if defaultColorsAvailable { return -1 }
            return isBackground ? 0 : 7
        case .ansi(let index):
            return fit(paletteIndex: Int(index) & 15, support: support)
        case .indexed(let index):
            return fit(paletteIndex: Int(index), support: support)
        case .rgb(let red, let green, let blue):
            let target = XtermPalette.RGB(red: Int(red), green: Int(green), blue: Int(blue))
            if support == .indexed256 { return XtermPalette.nearest(to: target, in: 16..<256) }
            return XtermPalette.nearestAnsi(to: target, colorCount: support.colorCount)
        }
    }

    /// A palette index kept as is when the terminal has it, else replaced by the nearest one it has.
    static func fit(paletteIndex index: Int, support: ColorSupport) -> Int {
        if index < support.colorCount { return index }
        return XtermPalette.nearestAnsi(to: XtermPalette.rgb(index), colorCount: support.colorCount)
    }

    /// How far apart two curses colour numbers look (the default counts as its own colour).
    static func distance(_ first: Int, _ second: Int) -> Int {
        if first == second { return 0 }
        if first < 0 || second < 0 { return 3 * 255 * 255 }
        return XtermPalette.distance(XtermPalette.rgb(first), XtermPalette.rgb(second))
    }
}
