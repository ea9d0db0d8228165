import RuntopRender

/// A theme as a file describes it: styles by role (each with its 16-colour fallbacks), before it is resolved for a
/// terminal's colour depth.
public struct ThemeDefinition: Sendable, Equatable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    /// A one-line description from the file's `description` key.
    public var summary: String?
    /// The theme this one starts from (`inherit = "default"`), if any.
    public var inherits: String?
    /// The styles the theme sets, by role.
    public var styles: [ThemeRole: ThemeStyle]
    /// The chart series palette, if the theme sets one.
    public var chartSeries: [ThemeStyle]?

    /// A definition setting no roles yet.
    public init(
        name: String, summary: String? = nil, inherits: String? = nil, styles: [ThemeRole: ThemeStyle] = [:],
        chartSeries: [ThemeStyle]? = nil
    ) {
        self.name = name
        self.summary = summary
        self.inherits = inherits
        self.styles = styles
        self.chartSeries = chartSeries
    }

    /// Every role of `theme`, with no fallbacks beyond the nearest colour.
    public init(name: String, theme: Theme) {
        var styles: [ThemeRole: ThemeStyle] = [:]
        for role in ThemeRole.allCases { styles[role] = ThemeStyle(theme[keyPath: role.keyPath]) }
        self.init(name: name, styles: styles, chartSeries: theme.chartSeries.map(ThemeStyle.init))
    }

    /// This definition's roles over `base`'s: a role set here replaces the base's role whole.
    public func overlaying(_ base: ThemeDefinition) -> ThemeDefinition {
        var result = self
        result.styles = base.styles.merging(styles) { _, own in own }
        result.chartSeries = chartSeries ?? base.chartSeries
        return result
    }

    /// The dotted keys of the roles this definition leaves unset.
    public var missingRoles: [String] {
        var missing = ThemeRole.allCases.filter { styles[$0] == nil }.map(\.key)
        if chartSeries?.isEmpty ?? true { missing.append(ThemeRole.chartSeriesKey) }
        return missing
    }

    /// True when some role sets a colour; a theme without colour is the same at every depth.
    public var hasColor: Bool {
        styles.values.contains(where: \.hasColor) || (chartSeries ?? []).contains(where: \.hasColor)
    }

    /// The theme a terminal with `depth` colours draws with.
    ///
    /// Roles left unset come from `Theme.defaultDark`. Without colour, a coloured theme becomes
    /// `Theme.monochrome`, whose attributes were chosen to tell every state apart; a theme that only uses
    /// attributes keeps its own.
    public func theme(for depth: ColorDepth) -> Theme {
        if depth == .none, hasColor { return .monochrome }
        let complete = overlaying(ThemeDefinition(name: "default", theme: .defaultDark))
        var theme = Theme.defaultDark
        for (role, style) in complete.styles { theme[keyPath: role.keyPath] = style.cellStyle(for: depth) }
        theme.chartSeries = (complete.chartSeries ?? []).map { $0.cellStyle(for: depth) }
        return theme
    }

    /// The theme at full colour.
    public var theme: Theme { theme(for: .full) }
}
