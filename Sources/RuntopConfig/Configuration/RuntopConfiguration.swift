import Foundation

/// The config file, `$XDG_CONFIG_HOME/runtop/config.toml`: named contexts and global defaults.
///
/// ```toml
/// default_context = "prod"
/// theme = "tokyo-night"
/// refresh = 2.0
/// log_lines = 50000
///
/// [contexts.prod]
/// dialect = "fusion"
/// url = "https://fusion.example.com"
/// token_file = "~/.config/runtop/prod.token"
/// theme = "gruvbox-dark"
/// refresh = 1.0
///
/// [contexts.lab]
/// dialect = "dreadnode"
/// url = "https://api.dreadnode.io"
/// org = "acme"
/// workspace = "research"
/// token_env = "DREADNODE_API_KEY"
/// tinker_url = "https://tinker.example.com"
/// tinker_token_env = "TINKER_API_KEY"
/// ```
public struct RuntopConfiguration: Sendable, Equatable {
    /// The file this was read from; nil when there was none.
    public var file: String?
    /// The context used when none is named (`default_context`).
    public var defaultContext: String?
    /// The theme when no flag, `RUNTOP_THEME` or context theme says otherwise (`theme`).
    public var theme: String?
    /// Seconds between polls (`refresh`).
    public var refresh: Double?
    /// Log lines kept per job (`log_lines`).
    public var logLines: Int?
    /// The contexts, in file order.
    public var contexts: [ContextConfiguration]

    /// A configuration; empty by default (as when there is no config file).
    public init(
        file: String? = nil, defaultContext: String? = nil, theme: String? = nil, refresh: Double? = nil,
        logLines: Int? = nil, contexts: [ContextConfiguration] = []
    ) {
        self.file = file
        self.defaultContext = defaultContext
        self.theme = theme
        self.refresh = refresh
        self.logLines = logLines
        self.contexts = contexts
    }

    /// Reads `file`, or `$XDG_CONFIG_HOME/runtop/config.toml` when nil. A missing default file is an empty
    /// configuration; a missing file that was named explicitly is an error, as is any malformed line.
    public static func load(environment: [String: String], file: String? = nil) throws -> RuntopConfiguration {
        let paths = ConfigurationPaths(environment: environment)
        let path = file.map(paths.expandingTilde) ?? paths.configurationFile
        guard FileManager.default.fileExists(atPath: path) else {
            if file == nil { return RuntopConfiguration() }
            throw ConfigurationError(file: path, message: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ConfigurationError(file: path, message: "cannot be read as UTF-8 text")
        }
        return try parse(text, file: path, environment: environment)
    }

    /// Parses config file text; `file` names it in errors, `environment` expands `~` in paths.
    public static func parse(_ text: String, file: String, environment: [String: String]) throws -> RuntopConfiguration
    {
        let table = try TOMLReader.parse(text, file: file)
        let reader = TOMLFieldReader(file: file)
        let paths = ConfigurationPaths(environment: environment)
        var configuration = RuntopConfiguration(file: file)
        for key in table.keys {
            guard let node = table[key] else { continue }
            switch key {
            case "default_context": configuration.defaultContext = try reader.string(node, key: key)
            case "theme": configuration.theme = try reader.string(node, key: key)
            case "refresh": configuration.refresh = try refreshInterval(node, key: key, reader: reader)
            case "log_lines":
                let lines = try reader.integer(node, key: key)
                guard lines > 0 else { throw reader.error("must be at least 1", node, key: key) }
                configuration.logLines = lines
            case "contexts":
                let contexts = try reader.table(node, key: key)
                for name in contexts.keys {
                    guard let contextNode = contexts[name] else { continue }
                    configuration.contexts.append(
                        try context(named: name, contextNode, reader: reader, paths: paths))
                }
            default:
                throw reader.error(
                    "is not a config setting (default_context, theme, refresh, log_lines, [contexts.NAME])", node,
                    key: key)
            }
        }
        if let name = configuration.defaultContext, !configuration.contexts.contains(where: { $0.name == name }) {
            throw reader.error(
                "no context named \"\(name)\" (\(configuration.knownContextsPhrase))", table["default_context"]!,
                key: "default_context")
        }
        return configuration
    }

    /// The context called `name`.
    public func context(named name: String) throws -> ContextConfiguration {
        guard let context = contexts.first(where: { $0.name == name }) else {
            throw ConfigurationError(
                file: file ?? ConfigurationPaths(environment: [:]).configurationFile,
                message: "no context named \"\(name)\" (\(knownContextsPhrase))")
        }
        return context
    }

    /// The context to use: `flag` (`--context`), else `RUNTOP_CONTEXT`, else `default_context`; nil when none
    /// of them names one.
    public func selectedContext(flag: String?, environment: [String: String]) throws -> ContextConfiguration? {
        let variable = environment["RUNTOP_CONTEXT"].flatMap { $0.isEmpty ? nil : $0 }
        guard let name = flag ?? variable ?? defaultContext else { return nil }
        return try context(named: name)
    }

    private var knownContextsPhrase: String {
        contexts.isEmpty
            ? "the config file defines no [contexts.NAME]"
            : "known: " + contexts.map(\.name).joined(separator: ", ")
    }

    // MARK: Fields

    private static func refreshInterval(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> Double {
        let seconds = try reader.number(node, key: key)
        guard seconds >= 0.1, seconds <= 3600 else {
            throw reader.error("\(seconds) is not between 0.1 and 3600 seconds", node, key: key)
        }
        return seconds
    }

    private static func context(
        named name: String, _ node: TOMLNode, reader: TOMLFieldReader, paths: ConfigurationPaths
    ) throws -> ContextConfiguration {
        let prefix = "contexts.\(name)"
        let table = try reader.table(node, key: prefix)
        guard let dialectNode = table["dialect"] else {
            let names = ContextDialect.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error("needs a dialect (\(names))", node, key: prefix)
        }
        let dialectName = try reader.string(dialectNode, key: prefix + ".dialect")
        guard let dialect = ContextDialect(rawValue: dialectName) else {
            let names = ContextDialect.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error("\"\(dialectName)\" is not a dialect (\(names))", dialectNode, key: prefix + ".dialect")
        }
        var context = ContextConfiguration(name: name, dialect: dialect)
        var tokenNode: (node: TOMLNode, key: String)?
        var tinkerURLNode: (node: TOMLNode, key: String)?
        var tinkerTokenNode: (node: TOMLNode, key: String)?
        for field in table.keys {
            guard let value = table[field] else { continue }
            let key = prefix + "." + field
            switch field {
            case "dialect":
                break
            case "url":
                context.url = try serverURL(value, key: key, reader: reader)
            case "paths":
                context.paths = try reader.array(value, key: key).map {
                    paths.expandingTilde(try reader.string($0, key: key))
                }
            case "token_env", "token_file":
                let secret = try secretReference(
                    value, key: key, isFile: field == "token_file", pair: "token_env or token_file",
                    previous: tokenNode, reader: reader, paths: paths)
                tokenNode = (value, key)
                context.tokenEnvironmentVariable = secret.environmentVariable
                context.tokenFile = secret.file
                context.tokenLocation = secret.location
            case "tinker_url":
                context.tinkerURL = try serverURL(value, key: key, reader: reader)
                tinkerURLNode = (value, key)
            case "tinker_token_env", "tinker_token_file":
                let secret = try secretReference(
                    value, key: key, isFile: field == "tinker_token_file", pair: "tinker_token_env or tinker_token_file",
                    previous: tinkerTokenNode, reader: reader, paths: paths)
                tinkerTokenNode = (value, key)
                context.tinkerTokenEnvironmentVariable = secret.environmentVariable
                context.tinkerTokenFile = secret.file
                context.tinkerTokenLocation = secret.location
            case "org": context.organization = try reader.string(value, key: key)
            case "workspace": context.workspace = try reader.string(value, key: key)
            case "theme": context.theme = try reader.string(value, key: key)
            case "refresh": context.refresh = try refreshInterval(value, key: key, reader: reader)
            case "allow_insecure_token": context.allowInsecureToken = try reader.boolean(value, key: key)
            case "read_only": context.readOnly = try reader.boolean(value, key: key)
            default:
                throw reader.error(
                    "is not a context setting (dialect, url, paths, token_env, token_file, org, workspace, theme, "
                        + "refresh, allow_insecure_token, read_only, tinker_url, tinker_token_env, "
                        + "tinker_token_file)", value, key: key)
            }
        }
        switch dialect {
        case .files:
            guard !context.paths.isEmpty else {
                throw reader.error("the files dialect needs paths = [\"run-dir\", …]", node, key: prefix)
            }
        case .fusion, .dreadnode, .tinker:
            guard context.url != nil else {
                throw reader.error("the \(dialect.rawValue) dialect needs url = \"https://…\"", node, key: prefix)
            }
        }
        if dialect == .dreadnode, context.organization == nil || context.workspace == nil {
            throw reader.error("the dreadnode dialect needs org = \"…\" and workspace = \"…\"", node, key: prefix)
        }
        if let tinkerURLNode, dialect != .dreadnode {
            throw reader.error(
                "only a dreadnode context takes tinker_url (its tinker:// checkpoints); a tinker context uses url",
                tinkerURLNode.node, key: tinkerURLNode.key)
        }
        if let tinkerTokenNode, tinkerURLNode == nil {
            throw reader.error(
                "needs tinker_url = \"https://…\" (the Tinker API the key is for)", tinkerTokenNode.node,
                key: tinkerTokenNode.key)
        }
        return context
    }

    /// An `http://` or `https://` URL with a host.
    private static func serverURL(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> String {
        let url = try reader.string(node, key: key)
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            ["http", "https"].contains(scheme), components.host?.isEmpty == false
        else { throw reader.error("\"\(url)\" is not an http:// or https:// URL", node, key: key) }
        return url
    }

    /// Where a secret comes from: the variable or the file one setting of a `…_env` / `…_file` pair names, and
    /// where the config says so.
    private struct SecretReference {
        var environmentVariable: String?
        var file: String?
        var location: ConfigurationLocation
    }

    /// Reads one setting of a secret's `…_env` / `…_file` pair, refusing the second of the pair.
    private static func secretReference(
        _ node: TOMLNode, key: String, isFile: Bool, pair: String, previous: (node: TOMLNode, key: String)?,
        reader: TOMLFieldReader, paths: ConfigurationPaths
    ) throws -> SecretReference {
        if let previous { throw reader.error("give \(pair), not both (\(previous.key) is set)", node, key: key) }
        let text = try tokenSetting(node, key: key, reader: reader)
        return SecretReference(
            environmentVariable: isFile ? nil : text, file: isFile ? paths.expandingTilde(text) : nil,
            location: ConfigurationLocation(file: reader.file, line: node.line, key: key))
    }

    /// The variable name or file path of a token setting; never empty.
    private static func tokenSetting(_ node: TOMLNode, key: String, reader: TOMLFieldReader) throws -> String {
        let text = try reader.string(node, key: key)
        guard !text.isEmpty else { throw reader.error("must not be empty", node, key: key) }
        return text
    }
}
