import RuntopRender

/// Reading and writing the colour names theme files use.
public enum ThemeColor {
    /// The ANSI colour names by index: `black` … `white`, then `bright-black` … `bright-white`.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// The colour `text` names: `default`, an ANSI name (`red`, `bright-cyan`, `grey`), or `#rrggbb`; nil if none.
    public static func parse(_ text: String) -> TerminalColor? {
        let name = text.lowercased()
        if name == "default" { return .terminalDefault }
        if let index = ansiNames.firstIndex(of: name) { return .ansi(UInt8(index)) }
        if name == "grey" || name == "gray" { return .ansi(8) }
        guard name.hasPrefix("#"), name.count == 7 else { return nil }
        let hex = name.dropFirst()
        guard hex.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }), let value = UInt32(hex, radix: 16)
        else { return nil }
        return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    /// The colour of a 256-colour palette index; 0–15 are the ANSI colours.
    public static func indexed(_ index: Int) -> TerminalColor? {
        guard (0...255).contains(index) else { return nil }
        return index < 16 ? .ansi(UInt8(index)) : .indexed(UInt8(index))
    }

    /// True for colours every 16-colour terminal has: the default and the ANSI colours.
    public static func isANSI(_ color: TerminalColor) -> Bool {
        switch color {
        case .terminalDefault, .ansi: true
        case .indexed, .rgb: false
        }
    }

    /// The nearest of the 16 ANSI colours (the default and ANSI colours stay as they are).
    public static func nearestSixteen(_ color: TerminalColor) -> TerminalColor {
        switch color {
        case .terminalDefault, .ansi: color
        case .indexed(let index): .ansi(UInt8(XtermPalette.nearestAnsi(to: XtermPalette.rgb(Int(index)))))
        case .rgb(let red, let green, let blue):
            .ansi(UInt8(XtermPalette.nearestAnsi(to: .init(red: Int(red), green: Int(green), blue: Int(blue)))))
        }
    }
}
