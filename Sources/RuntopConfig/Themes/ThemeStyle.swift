import RuntopRender

/// One role's look as a theme file writes it: colours with optional 16-colour fallbacks, and attributes.
public struct ThemeStyle: Sendable, Equatable {
    /// The foreground as written (`fg`).
    public var foreground: TerminalColor
    /// The foreground on 16- and 8-colour terminals (`fg16`); nil picks the nearest ANSI colour.
    public var foreground16: TerminalColor?
    /// The background as written (`bg`); the terminal's own by default.
    public var background: TerminalColor
    /// The background on 16- and 8-colour terminals (`bg16`); nil picks the nearest ANSI colour.
    public var background16: TerminalColor?
    /// Bold, dim, reverse, underline, italic.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(
        foreground: TerminalColor = .terminalDefault, foreground16: TerminalColor? = nil,
        background: TerminalColor = .terminalDefault, background16: TerminalColor? = nil,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.foreground16 = foreground16
        self.background = background
        self.background16 = background16
        self.attributes = attributes
    }

    /// A style that looks like `style` at every depth that has its colours.
    public init(_ style: CellStyle) {
        self.init(foreground: style.foreground, background: style.background, attributes: style.attributes)
    }

    /// The attribute names theme files use, in a fixed order.
    public static let attributeNames: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]

    /// The cell style on a terminal with `depth` colours.
    ///
    /// - `full`: the colours as written.
    /// - `sixteen`: the explicit fallbacks, else the nearest ANSI colour.
    /// - `eight`: the 16-colour choice with bright foregrounds made normal and bold (how 8-colour terminals have
    ///   always shown bright), bright black text as the default colour dimmed (black text vanishes on a dark
    ///   background), a bright black background as reverse video, other bright backgrounds as normal ones.
    /// - `none`: attributes only.
    public func cellStyle(for depth: ColorDepth) -> CellStyle {
        switch depth {
        case .full:
            return CellStyle(foreground: foreground, background: background, attributes: attributes)
        case .sixteen:
            return CellStyle(
                foreground: foreground16 ?? ThemeColor.nearestSixteen(foreground),
                background: background16 ?? ThemeColor.nearestSixteen(background), attributes: attributes)
        case .eight:
            let sixteen = cellStyle(for: .sixteen)
            var style = CellStyle(attributes: attributes)
            if case .ansi(let index) = sixteen.foreground, index >= 8 {
                if index == 8 {
                    style.attributes.insert(.dim)
                } else {
                    style.foreground = .ansi(index - 8)
                    style.attributes.insert(.bold)
                }
            } else {
                style.foreground = sixteen.foreground
            }
            if case .ansi(let index) = sixteen.background, index >= 8 {
                if index == 8 {
                    // A grey bar or selection would turn black, invisible on a dark background: reverse instead.
                    style.attributes.insert(.reverse)
                } else {
                    style.background = .ansi(index - 8)
                }
            } else {
                style.background = sixteen.background
            }
            return style
        case .none:
            return CellStyle(attributes: attributes)
        }
    }

    /// True when the style sets a colour of its own.
    public var hasColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}
