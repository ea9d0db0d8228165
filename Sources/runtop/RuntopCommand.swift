import ArgumentParser
import Foundation
import RuntopConfig
import RuntopDashboard
import RuntopSources

/// `runtop`: watch training runs live in the terminal.
@main
struct RuntopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runtop",
        abstract: "A terminal dashboard for watching machine-learning training runs live.",
        discussion: """
            Point it at a control plane with --url (or a context from ~/.config/runtop/config.toml), at local \
            trainer outputs with paths, or run `runtop demo` to try it against the built-in reference server. \
            Press ? in the dashboard for keys.
            """,
        subcommands: [WatchCommand.self, DemoCommand.self, ServeCommand.self, LogsCommand.self, SnapshotCommand.self, ServerBenchmarkCommand.self],
        defaultSubcommand: WatchCommand.self
    )
}

/// `runtop [watch] --url URL | PATH… | --context NAME`: the dashboard (the default command).
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Open the dashboard on a control plane or local files (the default: `runtop --url …`)."
    )

    @OptionGroup var source: SourceOptions

    @Argument(help: "Local trainer outputs to watch instead of a server: run directories or files (tinker-cookbook metrics.jsonl, HF trainer_state.json, Lightning metrics.csv).")
    var paths: [String] = []

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try loadConfiguration(display.config, environment: environment)
        let resolved = try source.resolve(paths: paths, configuration: configuration, environment: environment)
        try await runDashboard(
            source: resolved.source, label: resolved.source.label, display: display, configuration: configuration,
            contextName: resolved.contextName)
    }
}

/// Where the data comes from: a URL and dialect, or a named context (local paths are each command's own
/// argument, so a command can take another positional argument, like `logs JOB`).
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Base URL of the control plane, e.g. http://127.0.0.1:8080.")
    var url: String?

    @Option(name: .long, help: "The API at --url: fusion, dreadnode, tinker.")
    var dialect: String = "fusion"

    @Option(name: .long, help: "Dreadnode organisation (with --dialect dreadnode).")
    var org: String?

    @Option(name: .long, help: "Dreadnode workspace (with --dialect dreadnode).")
    var workspace: String?

    @Option(name: .long, help: "Environment variable holding the API token (never put tokens on the command line).")
    var tokenEnv: String?

    @Option(name: .long, help: "Tinker API base URL: fills checkpoint sizes, visibility and expiry of tinker:// paths (dreadnode).")
    var tinkerUrl: String?

    @Option(name: .long, help: "Environment variable holding the Tinker API key.")
    var tinkerTokenEnv: String?

    @Flag(name: .long, help: "Allow sending a token over plain http:// to a host that is not loopback.")
    var allowInsecureToken = false

    @Option(name: .long, help: "A context from the config file (default: RUNTOP_CONTEXT, then default_context).")
    var context: String?

    /// The source these options name (local files when `paths` are given), and the context it came from.
    func resolve(paths: [String] = [], configuration: RuntopConfiguration, environment: [String: String]) throws
        -> (source: any JobSource, contextName: String?)
    {
        if !paths.isEmpty {
            guard url == nil else { throw ValidationError("Give either --url or local paths, not both.") }
            do {
                return (try LocalFilesSource(paths: paths), nil)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        if let url {
            guard URL(string: url)?.scheme.map({ ["http", "https"].contains($0) }) == true else {
                throw ValidationError("--url must be an http:// or https:// URL, got '\(url)'.")
            }
            var token: String?
            if let tokenEnv {
                let value = try secret(fromVariable: tokenEnv, flag: "--token-env", environment: environment)
                if let problem = InsecureTokenCheck.problem(url: url, allowInsecureToken: allowInsecureToken) {
                    throw ValidationError(problem)
                }
                token = value
            }
            return (try makeSource(dialect: dialect, url: url, token: token, label: nil), nil)
        }
        do {
            guard let context = try configuration.selectedContext(flag: context, environment: environment) else {
                throw ValidationError(
                    "Give a server with --url http://HOST:PORT, local files (runtop PATH…), a --context from "
                        + "\(configuration.file ?? "~/.config/runtop/config.toml"), or try `runtop demo`.")
            }
            return (try contextSource(context, environment: environment), context.name)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ValidationError("\(error)")
        }
    }

    private func makeSource(dialect: String, url: String, token: String?, label: String?) throws -> any JobSource {
        switch dialect {
        case "fusion":
            return FusionSource(baseURL: url, headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
        case "dreadnode":
            guard let org, let workspace else {
                throw ValidationError("--dialect dreadnode needs --org and --workspace.")
            }
            // The Tinker key is refused like the token: an unset variable, or plain http:// to another host.
            let tinkerToken = try tinkerTokenEnv.map {
                try secret(
                    fromVariable: $0, flag: "--tinker-token-env", environment: ProcessInfo.processInfo.environment)
            }
            if tinkerToken != nil, let tinkerUrl,
                let problem = InsecureTokenCheck.problem(url: tinkerUrl, allowInsecureToken: allowInsecureToken)
            {
                throw ValidationError(problem)
            }
            return DreadnodeSource(
                baseURL: url, organization: org, workspace: workspace, apiKey: token,
                tinker: tinkerUrl.map { TinkerEnricher(baseURL: $0, apiKey: tinkerToken) })
        case "tinker":
            return TinkerSource(baseURL: url, apiKey: token)
        default:
            throw ValidationError("--dialect must be fusion, dreadnode or tinker, got '\(dialect)'.")
        }
    }
}

/// Options shared by every command that opens the dashboard.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .long, help: "Report mouse clicks and wheel (off by default so text selection works).")
    var mouse = false

    @Option(name: .long, help: "Log lines kept per job (default 50000, or log_lines in the config file).")
    var logLines: Int?

    @Option(name: .long, help: "Colour theme: a name (default, light, high-contrast, colorblind, tty16, monochrome, gruvbox-dark, tokyo-night, nord, solarized-light) or a .toml file. Also RUNTOP_THEME.")
    var theme: String?

    @Option(name: .long, help: "Folder searched for themes before ~/.config/runtop/themes.")
    var themesDir: String?

    @Option(name: .long, help: "Config file (default $XDG_CONFIG_HOME/runtop/config.toml).")
    var config: String?

    @Flag(name: .long, help: "No redraws for the clock alone (ages, staleness): an idle dashboard then sends 0 bytes.")
    var noClock = false

    @Flag(name: .long, help: "No OSC 9/777 desktop notifications when a marked job (Space) ends; the bell still rings.")
    var noNotifications = false

    @Flag(name: .long, help: "Disable every operator action (cancel, retry, publish, unpublish, ttl); also read_only = true in a context.")
    var readOnly = false
}

/// The source of one config-file context (its token read from the environment or its token file).
func contextSource(_ context: ContextConfiguration, environment: [String: String]) throws -> any JobSource {
    if context.dialect == .files {
        return try LocalFilesSource(paths: context.paths)
    }
    try context.checkTokenTransport()
    let token = try context.token(environment: environment)?.revealedValue
    guard let url = context.url else { throw ValidationError("context \(context.name) has no url") }
    switch context.dialect {
    case .dreadnode:
        // With tinker_url the context's tinker:// checkpoints get sizes, visibility and expiry, and p/T act on them.
        let tinker = try context.tinkerURL.map {
            TinkerEnricher(baseURL: $0, apiKey: try context.tinkerToken(environment: environment)?.revealedValue)
        }
        return DreadnodeSource(
            baseURL: url, organization: context.organization ?? "", workspace: context.workspace ?? "",
            apiKey: token, tinker: tinker, label: "\(context.name) · dreadnode · \(url)")
    case .tinker:
        return TinkerSource(baseURL: url, apiKey: token, label: "\(context.name) · tinker · \(url)")
    default:
        return FusionSource(
            baseURL: url, headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [],
            label: "\(context.name) · \(url)")
    }
}

/// The poll schedule for a `refresh` interval in seconds (the default schedule when nil).
func pollSchedule(refresh: Double?) -> PollSchedule {
    var schedule = PollSchedule()
    if let refresh, refresh > 0 {
        schedule.selectedJobInterval = refresh
        schedule.listInterval = max(refresh, 3 * refresh)
    }
    return schedule
}

/// Reads the config file, turning its errors (already `file:line: key …`) into a usage error.
func loadConfiguration(_ file: String?, environment: [String: String]) throws -> RuntopConfiguration {
    do {
        return try RuntopConfiguration.load(environment: environment, file: file)
    } catch {
        throw ValidationError("\(error)")
    }
}

/// Opens the dashboard and turns its ending into the process's exit status.
func runDashboard(
    source: any JobSource, label: String, display: DisplayOptions,
    configuration: RuntopConfiguration = RuntopConfiguration(), contextName: String? = nil
) async throws {
    let environment = ProcessInfo.processInfo.environment
    let selection = ThemeSelection.resolve(
        flag: display.theme, environment: environment, configuration: configuration, contextName: contextName,
        themesDirectory: display.themesDir)
    let refresh = contextName.flatMap { try? configuration.context(named: $0).refresh } ?? configuration.refresh
    var options = DashboardOptions(
        sourceLabel: label, ascii: display.ascii, mouse: display.mouse,
        logCapacity: display.logLines ?? configuration.logLines ?? 50_000, schedule: pollSchedule(refresh: refresh))
    if !configuration.contexts.isEmpty {
        options.contexts = ContextSwitching(names: configuration.contexts.map(\.name), current: contextName) { name in
            let context = try configuration.context(named: name)
            let source = try contextSource(context, environment: environment)
            var opened = ContextSwitching.OpenedContext(
                source: source, label: source.label,
                schedule: pollSchedule(refresh: context.refresh ?? configuration.refresh))
            opened.isReadOnly = display.readOnly || context.readOnly
            return opened
        }
    }
    options.themeForColorCount = { selection.theme(forColorCount: $0) }
    options.desktopNotifications = !display.noNotifications
    options.clockRedraws = !display.noClock
    options.readOnly =
        display.readOnly || (contextName.flatMap { try? configuration.context(named: $0).readOnly } ?? false)
    // The status bar is narrow: name theme files without their folders there; the full text goes to stderr.
    options.startupMessage = selection.warnings.first.map {
        $0.replacingOccurrences(of: #"(?:[~\w.-]*/)+([\w.-]+\.toml)"#, with: "$1", options: .regularExpression)
    }
    defer {
        for warning in selection.warnings { StandardStreams.error("runtop: \(warning)") }
    }
    let exit: DashboardExit
    do {
        exit = try await Dashboard.run(source: source, options: options)
    } catch {
        StandardStreams.error("runtop: \(error)")
        throw ExitCode(2)
    }
    if case .signal(let name) = exit {
        StandardStreams.error("runtop: stopped by \(name)")
        // The shell convention: 128 + the signal's number.
        let numbers = ["interrupt": SIGINT, "terminate": SIGTERM, "hangup": SIGHUP, "quit": SIGQUIT]
        throw ExitCode(128 + (numbers[name] ?? SIGTERM))
    }
}
