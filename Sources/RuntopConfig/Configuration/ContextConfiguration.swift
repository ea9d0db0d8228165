import Foundation

/// A named place to watch runs (`[contexts.NAME]` in the config file): which API, where, with which credential.
///
/// Holds where the token comes from, never the token itself, so it is safe to print.
public struct ContextConfiguration: Sendable, Equatable {
    /// The context's name (`prod` in `[contexts.prod]`).
    public var name: String
    /// The API it talks to.
    public var dialect: ContextDialect
    /// The server's base URL (every dialect but `files`).
    public var url: String?
    /// Run folders or files to watch (`files` dialect).
    public var paths: [String]
    /// The environment variable holding the token (`token_env`).
    public var tokenEnvironmentVariable: String?
    /// The file holding the token (`token_file`), `~` expanded; it must not be readable by group or others.
    public var tokenFile: String?
    /// The Dreadnode organisation (`org`).
    public var organization: String?
    /// The Dreadnode workspace (`workspace`).
    public var workspace: String?
    /// The theme for this context (`theme`), over the global one.
    public var theme: String?
    /// Seconds between polls (`refresh`), over the global one.
    public var refresh: Double?
    /// Allows sending the token over plain `http://` to a host that is not loopback (`allow_insecure_token`).
    public var allowInsecureToken: Bool
    /// The config file and line of the token setting, for messages.
    public var tokenLocation: ConfigurationLocation?
    /// Disables operator actions (cancel, retry, publish, …) in this context (`read_only`).
    public var readOnly = false
    /// The Tinker API that knows this Dreadnode context's `tinker://` checkpoints (`tinker_url`): their sizes,
    /// visibility and expiry, and publish, unpublish and TTL on them.
    public var tinkerURL: String?
    /// The environment variable holding the Tinker API key (`tinker_token_env`).
    public var tinkerTokenEnvironmentVariable: String?
    /// The file holding the Tinker API key (`tinker_token_file`), `~` expanded; private, as `tokenFile`.
    public var tinkerTokenFile: String?
    /// The config file and line of the Tinker key setting, for messages.
    public var tinkerTokenLocation: ConfigurationLocation?

    /// Creates a context.
    public init(
        name: String, dialect: ContextDialect, url: String? = nil, paths: [String] = [],
        tokenEnvironmentVariable: String? = nil, tokenFile: String? = nil, organization: String? = nil,
        workspace: String? = nil, theme: String? = nil, refresh: Double? = nil, allowInsecureToken: Bool = false,
        tokenLocation: ConfigurationLocation? = nil
    ) {
        self.name = name
        self.dialect = dialect
        self.url = url
        self.paths = paths
        self.tokenEnvironmentVariable = tokenEnvironmentVariable
        self.tokenFile = tokenFile
        self.organization = organization
        self.workspace = workspace
        self.theme = theme
        self.refresh = refresh
        self.allowInsecureToken = allowInsecureToken
        self.tokenLocation = tokenLocation
    }

    /// True when the context names a token source.
    public var hasToken: Bool { tokenEnvironmentVariable != nil || tokenFile != nil }

    /// The token from `token_env` or `token_file`; nil when the context names none.
    ///
    /// Throws when the variable is unset or empty, the file cannot be read or is empty, or the file is readable by
    /// group or others (as ssh refuses such keys).
    public func token(environment: [String: String]) throws -> Secret? {
        try readToken(
            variable: tokenEnvironmentVariable, file: tokenFile, purpose: "token", location: tokenLocation,
            environment: environment)
    }

    /// True when the context names a Tinker key source.
    public var hasTinkerToken: Bool { tinkerTokenEnvironmentVariable != nil || tinkerTokenFile != nil }

    /// The Tinker API key from `tinker_token_env` or `tinker_token_file`; nil when the context names none.
    ///
    /// Refuses what ``token(environment:)`` refuses: an unset variable, an unreadable, empty or too open file.
    public func tinkerToken(environment: [String: String]) throws -> Secret? {
        try readToken(
            variable: tinkerTokenEnvironmentVariable, file: tinkerTokenFile, purpose: "Tinker key",
            location: tinkerTokenLocation, environment: environment)
    }

    /// Checks neither the token nor the Tinker key would travel in clear text: see `InsecureTokenCheck`. Passes
    /// when there is no token.
    public func checkTokenTransport() throws {
        if hasToken, let url,
            let problem = InsecureTokenCheck.problem(url: url, allowInsecureToken: allowInsecureToken)
        {
            throw located(problem, at: tokenLocation)
        }
        if hasTinkerToken, let tinkerURL,
            let problem = InsecureTokenCheck.problem(url: tinkerURL, allowInsecureToken: allowInsecureToken)
        {
            throw located(problem, at: tinkerTokenLocation)
        }
    }

    private func readToken(
        variable: String?, file: String?, purpose: String, location: ConfigurationLocation?,
        environment: [String: String]
    ) throws -> Secret? {
        if let variable {
            guard let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
            else {
                throw located(
                    "the environment variable \(variable) is not set (context \"\(name)\" takes its \(purpose) from it)",
                    at: location)
            }
            return Secret(value)
        }
        if let file {
            do {
                return try TokenFile.read(path: file)
            } catch {
                throw located(error.description, at: location)
            }
        }
        return nil
    }

    private func located(_ message: String, at location: ConfigurationLocation?) -> ConfigurationError {
        (location ?? ConfigurationLocation(file: "context \"\(name)\"")).error(message)
    }
}
