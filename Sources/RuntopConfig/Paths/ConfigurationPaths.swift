import Foundation

/// Where runtop's own files live: `$XDG_CONFIG_HOME/runtop` (default `~/.config/runtop`).
public struct ConfigurationPaths: Sendable, Equatable {
    /// The folder holding `config.toml` and `themes/`.
    public var directory: String
    /// The home folder, for expanding `~/` in paths the config names.
    public var homeDirectory: String

    /// The paths for `environment` (`XDG_CONFIG_HOME` when set to an absolute path, as the XDG spec asks;
    /// otherwise `$HOME/.config`).
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let configHome: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configHome = xdg
        } else {
            configHome = home + "/.config"
        }
        directory = configHome + "/runtop"
        homeDirectory = home
    }

    /// `config.toml`.
    public var configurationFile: String { directory + "/config.toml" }
    /// The operator's own themes.
    public var themesDirectory: String { directory + "/themes" }

    /// `path` with a leading `~/` replaced by the home folder.
    public func expandingTilde(_ path: String) -> String {
        if path == "~" { return homeDirectory }
        if path.hasPrefix("~/") { return homeDirectory + path.dropFirst(1) }
        return path
    }
}
