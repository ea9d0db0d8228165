import Testing

@testable import RuntopConfig

@Suite("Config file")
struct RuntopConfigurationTests {
    static let environment = ["HOME": "/home/op"]

    static func failure(_ text: String) -> ConfigurationError? {
        do {
            _ = try RuntopConfiguration.parse(text, file: "config.toml", environment: environment)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func globalSettingsAndContextsAreRead() throws {
        let configuration = try RuntopConfiguration.parse(
            """
            default_context = "prod"
            theme = "tokyo-night"
            refresh = 2
            log_lines = 20_000

            [contexts.prod]
            dialect = "fusion"
            url = "https://fusion.example.com"
            token_file = "~/.config/runtop/prod.token"
            theme = "gruvbox-dark"
            refresh = 1.0

            [contexts.lab]
            dialect = "dreadnode"
            url = "http://10.0.0.5:8080"
            token_env = "DREADNODE_TOKEN"
            org = "acme"
            workspace = "research"
            allow_insecure_token = true

            [contexts.local]
            dialect = "files"
            paths = ["~/runs/a", "/data/b"]
            """, file: "config.toml", environment: Self.environment)
        #expect(configuration.defaultContext == "prod")
        #expect(configuration.theme == "tokyo-night")
        #expect(configuration.refresh == 2)
        #expect(configuration.logLines == 20_000)
        #expect(configuration.contexts.map(\.name) == ["prod", "lab", "local"])
        let prod = try configuration.context(named: "prod")
        #expect(prod.dialect == .fusion)
        #expect(prod.tokenFile == "/home/op/.config/runtop/prod.token")
        #expect(prod.theme == "gruvbox-dark")
        #expect(prod.refresh == 1.0)
        let lab = try configuration.context(named: "lab")
        #expect(lab.organization == "acme")
        #expect(lab.workspace == "research")
        #expect(lab.tokenEnvironmentVariable == "DREADNODE_TOKEN")
        #expect(lab.allowInsecureToken)
        #expect(try configuration.context(named: "local").paths == ["/home/op/runs/a", "/data/b"])
    }

    @Test func selectedContextFollowsFlagThenEnvironmentThenDefault() throws {
        let configuration = try RuntopConfiguration.parse(
            """
            default_context = "a"
            [contexts.a]
            dialect = "tinker"
            url = "https://a"
            [contexts.b]
            dialect = "tinker"
            url = "https://b"
            """, file: "config.toml", environment: [:])
        #expect(try configuration.selectedContext(flag: nil, environment: [:])?.name == "a")
        #expect(try configuration.selectedContext(flag: nil, environment: ["RUNTOP_CONTEXT": "b"])?.name == "b")
        #expect(try configuration.selectedContext(flag: "a", environment: ["RUNTOP_CONTEXT": "b"])?.name == "a")
        #expect(throws: ConfigurationError.self) { try configuration.selectedContext(flag: "c", environment: [:]) }
        #expect(try RuntopConfiguration().selectedContext(flag: nil, environment: [:]) == nil)
    }

    @Test func missingDefaultConfigFileIsAnEmptyConfiguration() throws {
        let folder = try TemporaryDirectory()
        let configuration = try RuntopConfiguration.load(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(configuration == RuntopConfiguration())
    }

    @Test func configFileIsReadFromTheXDGConfigHome() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("theme = \"light\"\n", to: "runtop/config.toml")
        let configuration = try RuntopConfiguration.load(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(configuration.theme == "light")
        #expect(configuration.file == file)
    }

    @Test func explicitlyNamedMissingConfigFileIsAnError() {
        #expect(throws: ConfigurationError.self) {
            try RuntopConfiguration.load(environment: [:], file: "/nonexistent/runtop.toml")
        }
    }

    @Test func unknownSettingNamesLineAndKey() {
        let error = Self.failure("theme = \"light\"\nrefesh = 2\n")
        #expect(error?.description.hasPrefix("config.toml:2: key \"refesh\": is not a config setting") == true)
    }

    @Test func unknownDialectNamesLineAndKey() {
        let error = Self.failure("[contexts.prod]\nurl = \"https://x\"\ndialect = \"slurm\"\n")
        #expect(error?.line == 3)
        #expect(error?.key == "contexts.prod.dialect")
        #expect(error?.message.hasPrefix("\"slurm\" is not a dialect") == true)
    }

    @Test func contextWithoutDialectIsRefused() {
        let error = Self.failure("[contexts.prod]\nurl = \"https://x\"\n")
        #expect(error?.key == "contexts.prod")
        #expect(error?.message.hasPrefix("needs a dialect") == true)
    }

    @Test func serverContextWithoutURLIsRefused() {
        #expect(Self.failure("[contexts.prod]\ndialect = \"fusion\"\n")?.key == "contexts.prod")
        #expect(Self.failure("[contexts.l]\ndialect = \"files\"\n")?.message.contains("paths") == true)
    }

    @Test func dreadnodeContextNeedsOrganizationAndWorkspace() {
        let error = Self.failure("[contexts.d]\ndialect = \"dreadnode\"\nurl = \"https://x\"\norg = \"acme\"\n")
        #expect(error?.line == 1)
        #expect(error?.key == "contexts.d")
        #expect(error?.message.contains("workspace") == true)
    }

    @Test func nonHTTPURLIsRefused() {
        let error = Self.failure("[contexts.prod]\ndialect = \"fusion\"\nurl = \"ftp://x\"\n")
        #expect(error?.line == 3)
        #expect(error?.key == "contexts.prod.url")
    }

    @Test func tokenEnvAndTokenFileTogetherAreRefused() {
        let error = Self.failure(
            "[contexts.p]\ndialect = \"fusion\"\nurl = \"https://x\"\ntoken_env = \"T\"\ntoken_file = \"/t\"\n")
        #expect(error?.line == 5)
        #expect(error?.key == "contexts.p.token_file")
    }

    @Test func wrongTypesNameLineAndKey() {
        #expect(Self.failure("refresh = \"fast\"\n")?.key == "refresh")
        #expect(Self.failure("refresh = 0\n")?.message.contains("between") == true)
        #expect(Self.failure("log_lines = 1.5\n")?.key == "log_lines")
        #expect(Self.failure("log_lines = 0\n")?.key == "log_lines")
        let error = Self.failure(
            "[contexts.p]\ndialect = \"fusion\"\nurl = \"https://x\"\nallow_insecure_token = \"yes\"\n")
        #expect(error?.line == 4)
        #expect(error?.key == "contexts.p.allow_insecure_token")
    }

    @Test func defaultContextMustExist() {
        let error = Self.failure("default_context = \"prod\"\n")
        #expect(error?.line == 1)
        #expect(error?.key == "default_context")
    }

    @Test func contextDescriptionNeverContainsTheToken() throws {
        let configuration = try RuntopConfiguration.parse(
            "[contexts.p]\ndialect = \"fusion\"\nurl = \"https://x\"\ntoken_env = \"T\"\n", file: "c.toml",
            environment: [:])
        let context = try configuration.context(named: "p")
        let token = try context.token(environment: ["T": "s3cr3t-value"])
        #expect(token?.revealedValue == "s3cr3t-value")
        #expect(!"\(configuration) \(context) \(String(describing: token))".contains("s3cr3t"))
    }
}
