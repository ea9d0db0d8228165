import RuntopRender

/// The theme runtop draws with, chosen from the flag, the environment and the config file, with any problems met
/// on the way as warnings for the status bar.
public struct ThemeSelection: Sendable {
    /// Where the chosen theme name came from.
    public enum Origin: Sendable, Equatable {
        /// `--theme`.
        case flag
        /// `RUNTOP_THEME`.
        case environment
        /// `theme` in the config file's context of this name.
        case context(String)
        /// The config file's global `theme`.
        case configuration
        /// Nothing asked for a theme.
        case builtInDefault
    }

    /// The theme name (or path) that was asked for.
    public var requestedName: String
    /// Where `requestedName` came from.
    public var origin: Origin
    /// True when `NO_COLOR` replaced the requested theme with `monochrome`.
    public var isForcedMonochrome: Bool
    /// The theme that will be drawn with (the default one if the requested one could not be loaded).
    public var definition: ThemeDefinition
    /// Problems met, each naming file, line and key where there is one (show them in the status bar).
    public var warnings: [String]

    /// The theme for a terminal with `depth` colours.
    public func theme(for depth: ColorDepth) -> Theme { definition.theme(for: depth) }

    /// The theme for a terminal reporting `colorCount` palette entries (`ColorSupport.colorCount`).
    public func theme(forColorCount colorCount: Int) -> Theme { theme(for: ColorDepth(colorCount: colorCount)) }

    /// The theme at full colour.
    public var theme: Theme { definition.theme }

    /// Picks the theme: `flag` (`--theme`), then `RUNTOP_THEME`, then the `theme` of the config file's context
    /// `contextName`, then the config file's global `theme`, then `default`. `NO_COLOR` (any non-empty value)
    /// forces `monochrome` whatever was chosen. A theme that cannot be loaded gives a warning and the default theme.
    ///
    /// - Parameters:
    ///   - themesDirectory: the `--themes-dir` flag, searched before `$XDG_CONFIG_HOME/runtop/themes`.
    public static func resolve(
        flag: String?, environment: [String: String], configuration: RuntopConfiguration = RuntopConfiguration(),
        contextName: String? = nil, themesDirectory: String? = nil
    ) -> ThemeSelection {
        let loader = ThemeLoader(themesDirectory: themesDirectory, environment: environment)
        let (name, origin) = requestedTheme(
            flag: flag, environment: environment, configuration: configuration, contextName: contextName)
        var warnings: [String] = []
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            let definition: ThemeDefinition
            do {
                definition = try loader.load("monochrome")
            } catch {
                warnings.append("\(error); using the built-in monochrome theme")
                definition = ThemeDefinition(name: "monochrome", theme: .monochrome)
            }
            return ThemeSelection(
                requestedName: name, origin: origin, isForcedMonochrome: true, definition: definition,
                warnings: warnings)
        }
        let definition: ThemeDefinition
        do {
            definition = try loader.load(name)
        } catch {
            warnings.append("\(error); using the default theme")
            definition = defaultDefinition(loader: loader, warnings: &warnings, skip: name == "default")
        }
        return ThemeSelection(
            requestedName: name, origin: origin, isForcedMonochrome: false, definition: definition, warnings: warnings)
    }

    /// The theme name asked for, and by what, before any loading.
    public static func requestedTheme(
        flag: String?, environment: [String: String], configuration: RuntopConfiguration, contextName: String?
    ) -> (name: String, origin: Origin) {
        if let flag, !flag.isEmpty { return (flag, .flag) }
        if let variable = environment["RUNTOP_THEME"], !variable.isEmpty { return (variable, .environment) }
        if let contextName, let theme = configuration.contexts.first(where: { $0.name == contextName })?.theme {
            return (theme, .context(contextName))
        }
        if let theme = configuration.theme { return (theme, .configuration) }
        return ("default", .builtInDefault)
    }

    private static func defaultDefinition(
        loader: ThemeLoader, warnings: inout [String], skip: Bool
    ) -> ThemeDefinition {
        if !skip {
            do {
                return try loader.load("default")
            } catch {
                warnings.append("\(error); using the built-in default theme")
            }
        }
        return ThemeDefinition(name: "default", theme: .defaultDark)
    }
}
