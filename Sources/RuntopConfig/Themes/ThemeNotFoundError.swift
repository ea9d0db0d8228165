/// No theme of the requested name in any folder searched, nor among the bundled ones.
public struct ThemeNotFoundError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name asked for.
    public var name: String
    /// The folders searched, in order.
    public var searchedDirectories: [String]
    /// Every theme name that does exist.
    public var availableNames: [String]
    /// Where the name was asked for (a file, line and key for `inherit`), if anywhere in a file.
    public var requestedAt: ConfigurationLocation?

    public var description: String {
        var text = "no theme named \"\(name)\""
        let folders = searchedDirectories.isEmpty ? "" : "in \(searchedDirectories.joined(separator: ", ")) or "
        text += " (looked \(folders)among the built-in ones; known: \(availableNames.joined(separator: ", ")))"
        guard let location = requestedAt else { return text }
        return location.error(text).description
    }
}
