import Foundation

/// Finds themes by name: the `--themes-dir` folder, then `$XDG_CONFIG_HOME/runtop/themes`, then the bundled ones.
///
/// A theme may `inherit` another and override some roles; a theme inheriting its own name (an operator's
/// `default.toml` with `inherit = "default"`) starts from the next theme of that name in the search order.
public struct ThemeLoader: Sendable {
    /// The folders searched before the bundled themes, in order.
    public var directories: [String]

    /// A loader searching `directories`, then the bundled themes.
    public init(directories: [String]) {
        self.directories = directories
    }

    /// The standard search order: `themesDirectory` (the `--themes-dir` flag) if given, then the operator's
    /// themes folder under the XDG config home, then the bundled themes.
    public init(themesDirectory: String?, environment: [String: String]) {
        let paths = ConfigurationPaths(environment: environment)
        var directories: [String] = []
        if let themesDirectory, !themesDirectory.isEmpty {
            directories.append(paths.expandingTilde(themesDirectory))
        }
        directories.append(paths.themesDirectory)
        self.init(directories: directories)
    }

    /// The theme `nameOrPath` with its inheritance resolved: a name like `tokyo-night`, or a path to a `.toml`
    /// file (anything containing `/` or ending in `.toml`).
    ///
    /// Throws `ConfigurationError` for a malformed file (naming file, line and key) and `ThemeNotFoundError`.
    public func load(_ nameOrPath: String) throws -> ThemeDefinition {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            let file = nameOrPath
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw ConfigurationError(file: file, message: "cannot be read (\(Self.reason(error)))")
            }
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            return try resolve(
                LocatedTheme(name: name, file: file, text: text, sourceIndex: directories.count + 1), chain: [])
        }
        return try load(named: nameOrPath, startingAt: 0, chain: [], requestedAt: nil)
    }

    /// Every theme name that can be loaded, sorted, without duplicates.
    public func availableNames() -> [String] {
        var names = Set(BundledThemes.files.map(\.name))
        for directory in directories {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for entry in entries where entry.hasSuffix(".toml") { names.insert(String(entry.dropLast(5))) }
        }
        return names.filter(Self.isValidName).sorted()
    }

    /// True for names made of letters, digits, `-`, `_` and `.`, not starting with `.` (so never a path).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "." else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_.".unicodeScalars.contains($0)
        }
    }

    // MARK: Search

    /// A theme file found on the search path.
    private struct LocatedTheme {
        var name: String
        var file: String
        var text: String
        /// Position in the search order: the folders, then the bundled themes.
        var sourceIndex: Int
    }

    private func load(
        named name: String, startingAt start: Int, chain: [String], requestedAt: ConfigurationLocation?
    ) throws -> ThemeDefinition {
        guard Self.isValidName(name), let located = try locate(name, startingAt: start) else {
            throw ThemeNotFoundError(
                name: name, searchedDirectories: Array(directories.dropFirst(min(start, directories.count))),
                availableNames: availableNames(), requestedAt: requestedAt)
        }
        return try resolve(located, chain: chain)
    }

    private func resolve(_ located: LocatedTheme, chain: [String]) throws -> ThemeDefinition {
        if chain.contains(located.file) {
            throw ConfigurationError(
                file: located.file, key: "inherit",
                message: "inherits itself: \((chain + [located.file]).joined(separator: " → "))")
        }
        let table = try TOMLReader.parse(located.text, file: located.file)
        let definition = try ThemeFileParser.definition(from: table, name: located.name, file: located.file)
        guard let parentName = definition.inherits else { return definition }
        let parentStart = parentName == located.name ? located.sourceIndex + 1 : 0
        let location = ConfigurationLocation(file: located.file, line: table["inherit"]?.line, key: "inherit")
        let parent = try load(
            named: parentName, startingAt: parentStart, chain: chain + [located.file], requestedAt: location)
        return definition.overlaying(parent)
    }

    private func locate(_ name: String, startingAt start: Int) throws -> LocatedTheme? {
        for (index, directory) in directories.enumerated() where index >= start {
            let file = directory + "/" + name + ".toml"
            guard FileManager.default.fileExists(atPath: file) else { continue }
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                return LocatedTheme(name: name, file: file, text: text, sourceIndex: index)
            } catch {
                throw ConfigurationError(file: file, message: "cannot be read (\(Self.reason(error)))")
            }
        }
        guard start <= directories.count, let bundled = BundledThemes.files.first(where: { $0.name == name }) else {
            return nil
        }
        return LocatedTheme(
            name: name, file: "themes/\(name).toml", text: bundled.text, sourceIndex: directories.count)
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
