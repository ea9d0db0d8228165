import Testing

@testable import RuntopConfig

/// `tinker_url` and the Tinker key of a Dreadnode context: read, located and guarded like `url` and the token.
@Suite("Tinker settings of a dreadnode context")
struct TinkerContextTests {
    static let dreadnodeHeader = """
        [contexts.lab]
        dialect = "dreadnode"
        url = "https://api.dreadnode.example"
        org = "acme"
        workspace = "research"

        """

    static func parse(_ text: String) throws -> RuntopConfiguration {
        try RuntopConfiguration.parse(text, file: "config.toml", environment: ["HOME": "/home/op"])
    }

    static func failure(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func dreadnodeContextReadsTinkerURLAndKeyVariable() throws {
        let configuration = try Self.parse(
            Self.dreadnodeHeader + """
                tinker_url = "https://tinker.example.com"
                tinker_token_env = "TINKER_API_KEY"
                """)
        let lab = try configuration.context(named: "lab")
        #expect(lab.tinkerURL == "https://tinker.example.com")
        #expect(lab.tinkerTokenEnvironmentVariable == "TINKER_API_KEY")
        #expect(lab.tinkerTokenFile == nil)
        #expect(lab.hasTinkerToken)
        #expect(!lab.hasToken, "the Tinker key is not the Dreadnode token")
        #expect(try lab.tinkerToken(environment: ["TINKER_API_KEY": " tml-key \n"])?.revealedValue == "tml-key")
        #expect(try lab.token(environment: ["TINKER_API_KEY": "tml-key"]) == nil)
    }

    @Test func tinkerURLWithoutKeyIsAllowed() throws {
        let lab = try Self.parse(Self.dreadnodeHeader + "tinker_url = \"http://127.0.0.1:8080\"\n").context(named: "lab")
        #expect(lab.tinkerURL == "http://127.0.0.1:8080")
        #expect(try lab.tinkerToken(environment: [:]) == nil)
    }

    @Test func tinkerKeyFileTildeIsExpanded() throws {
        let lab = try Self.parse(
            Self.dreadnodeHeader + """
                tinker_url = "https://tinker.example.com"
                tinker_token_file = "~/.config/runtop/tinker.key"
                """
        ).context(named: "lab")
        #expect(lab.tinkerTokenFile == "/home/op/.config/runtop/tinker.key")
        #expect(lab.tinkerTokenLocation == ConfigurationLocation(file: "config.toml", line: 7, key: "contexts.lab.tinker_token_file"))
    }

    @Test func privateTinkerKeyFileIsRead() throws {
        let folder = try TemporaryDirectory()
        let key = try folder.write("tml-from-file\n", to: "tinker.key", permissions: 0o600)
        let lab = try Self.parse(
            Self.dreadnodeHeader + "tinker_url = \"https://t\"\ntinker_token_file = \"\(key)\"\n"
        ).context(named: "lab")
        #expect(try lab.tinkerToken(environment: [:])?.revealedValue == "tml-from-file")
    }

    @Test func tinkerKeyFileReadableByOthersIsRefusedNamingTheConfigLine() throws {
        let folder = try TemporaryDirectory()
        let key = try folder.write("tml\n", to: "tinker.key", permissions: 0o640)
        let lab = try Self.parse(
            Self.dreadnodeHeader + "tinker_url = \"https://t\"\ntinker_token_file = \"\(key)\"\n"
        ).context(named: "lab")
        do {
            _ = try lab.tinkerToken(environment: [:])
            Issue.record("the Tinker key file should be refused")
        } catch let error as ConfigurationError {
            #expect(
                error.description == "config.toml:7: key \"contexts.lab.tinker_token_file\": permissions 0640 for '\(key)' "
                    + "are too open; chmod 600 it")
        }
    }

    @Test func unsetTinkerKeyVariableNamesTheConfigLine() throws {
        let lab = try Self.parse(
            Self.dreadnodeHeader + "tinker_url = \"https://t\"\ntinker_token_env = \"TK\"\n"
        ).context(named: "lab")
        #expect(throws: ConfigurationError.self) { try lab.tinkerToken(environment: [:]) }
        do {
            _ = try lab.tinkerToken(environment: ["TK": ""])
            Issue.record("an empty Tinker key variable should be refused")
        } catch let error as ConfigurationError {
            #expect(error.line == 7)
            #expect(error.key == "contexts.lab.tinker_token_env")
            #expect(error.message.contains("TK is not set"))
            #expect(error.message.contains("Tinker key"))
        }
    }

    @Test func tinkerKeyEnvAndFileTogetherAreRefused() {
        let error = Self.failure(
            Self.dreadnodeHeader + """
                tinker_url = "https://t"
                tinker_token_env = "TK"
                tinker_token_file = "/t"
                """)
        #expect(error?.line == 8)
        #expect(error?.key == "contexts.lab.tinker_token_file")
    }

    @Test func tinkerKeyWithoutTinkerURLIsRefused() {
        let error = Self.failure(Self.dreadnodeHeader + "tinker_token_env = \"TK\"\n")
        #expect(error?.line == 6)
        #expect(error?.key == "contexts.lab.tinker_token_env")
        #expect(error?.message.contains("needs tinker_url") == true)
    }

    @Test(arguments: ["fusion", "tinker"])
    func tinkerURLOutsideADreadnodeContextIsRefused(dialect: String) {
        let error = Self.failure(
            "[contexts.p]\ndialect = \"\(dialect)\"\nurl = \"https://x\"\ntinker_url = \"https://t\"\n")
        #expect(error?.line == 4)
        #expect(error?.key == "contexts.p.tinker_url")
        #expect(error?.message.contains("only a dreadnode context") == true)
    }

    @Test func nonHTTPTinkerURLIsRefused() {
        let error = Self.failure(Self.dreadnodeHeader + "tinker_url = \"tinker://run/weights\"\n")
        #expect(error?.line == 6)
        #expect(error?.key == "contexts.lab.tinker_url")
        #expect(error?.message.contains("is not an http:// or https:// URL") == true)
    }

    @Test func misspelledTinkerSettingIsStillAnUnknownKeyWithItsLine() {
        let error = Self.failure(Self.dreadnodeHeader + "tinker_url = \"https://t\"\ntinker_key_env = \"TK\"\n")
        #expect(error?.line == 7)
        #expect(error?.key == "contexts.lab.tinker_key_env")
        #expect(error?.message.hasPrefix("is not a context setting") == true)
        #expect(error?.message.contains("tinker_token_env") == true, "the message lists the real names")
    }

    @Test func tinkerKeyOverPlainHTTPToAnotherHostIsRefusedUnlessAllowed() throws {
        let text = Self.dreadnodeHeader + "tinker_url = \"http://10.0.0.5:8080\"\ntinker_token_env = \"TK\"\n"
        let lab = try Self.parse(text).context(named: "lab")
        do {
            try lab.checkTokenTransport()
            Issue.record("the Tinker key must not travel over plain http:// to another host")
        } catch let error as ConfigurationError {
            #expect(error.key == "contexts.lab.tinker_token_env")
            #expect(error.message.contains("allow_insecure_token = true"))
        }
        try Self.parse(text + "allow_insecure_token = true\n").context(named: "lab").checkTokenTransport()
        try Self.parse(Self.dreadnodeHeader + "tinker_url = \"http://10.0.0.5:8080\"\n").context(named: "lab")
            .checkTokenTransport()
    }

    @Test func contextDescriptionNeverContainsTheTinkerKey() throws {
        let lab = try Self.parse(
            Self.dreadnodeHeader + "tinker_url = \"https://t\"\ntinker_token_env = \"TK\"\n"
        ).context(named: "lab")
        let key = try lab.tinkerToken(environment: ["TK": "tml-s3cr3t"])
        #expect(key?.revealedValue == "tml-s3cr3t")
        #expect(!"\(lab) \(String(describing: key))".contains("s3cr3t"))
    }
}
