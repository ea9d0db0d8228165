import Foundation
import Testing

@testable import RuntopConfig

@Suite("Tokens")
struct TokenTests {
    @Test func secretIsRedactedInEveryDescription() {
        let secret = Secret("tok-12345")
        var dumped = ""
        dump(secret, to: &dumped)
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        #expect(!dumped.contains("tok-12345"))
        #expect(!"\([secret])".contains("tok-12345"))
        #expect(!"\(Optional(secret) as Any)".contains("tok-12345"))
        #expect(secret.revealedValue == "tok-12345")
    }

    @Test func privateTokenFileIsReadAndTrimmed() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("tok-abc\n", to: "prod.token", permissions: 0o600)
        #expect(try TokenFile.read(path: file).revealedValue == "tok-abc")
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660])
    func tokenFileReadableByOthersIsRefusedLikeSSHDoes(permissions: Int) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("tok-abc\n", to: "prod.token", permissions: permissions)
        let octal = "0" + String(permissions, radix: 8)
        #expect(
            throws: TokenFile.ReadError(description: "permissions \(octal) for '\(file)' are too open; chmod 600 it")
        ) {
            try TokenFile.read(path: file)
        }
    }

    @Test func refusalFromAContextNamesTheConfigLine() throws {
        let folder = try TemporaryDirectory()
        let token = try folder.write("tok\n", to: "t", permissions: 0o644)
        let configuration = try RuntopConfiguration.parse(
            "[contexts.p]\ndialect = \"fusion\"\nurl = \"https://x\"\ntoken_file = \"\(token)\"\n", file: "config.toml",
            environment: [:])
        do {
            _ = try configuration.context(named: "p").token(environment: [:])
            Issue.record("the token file should be refused")
        } catch let error as ConfigurationError {
            let expected = "permissions 0644 for '\(token)' are too open; chmod 600 it"
            #expect(error.description == "config.toml:4: key \"contexts.p.token_file\": " + expected)
        }
    }

    @Test func emptyOrMissingTokenFileIsRefused() throws {
        let folder = try TemporaryDirectory()
        let empty = try folder.write("\n", to: "empty", permissions: 0o600)
        #expect(throws: TokenFile.ReadError.self) { try TokenFile.read(path: empty) }
        #expect(throws: TokenFile.ReadError.self) { try TokenFile.read(path: folder.path + "/missing") }
    }

    @Test func unsetTokenVariableIsReported() {
        let context = ContextConfiguration(name: "p", dialect: .fusion, url: "https://x", tokenEnvironmentVariable: "T")
        #expect(throws: ConfigurationError.self) { try context.token(environment: [:]) }
        #expect(throws: ConfigurationError.self) { try context.token(environment: ["T": "  "]) }
    }

    @Test func contextWithoutTokenHasNone() throws {
        #expect(try ContextConfiguration(name: "p", dialect: .fusion, url: "http://x").token(environment: [:]) == nil)
    }
}

@Suite("Insecure token check")
struct InsecureTokenCheckTests {
    @Test(arguments: [
        "https://fusion.example.com", "http://127.0.0.1:8080", "http://127.9.8.7", "http://localhost:8080/api",
        "http://[::1]:8080", "http://LOCALHOST", "http://dev.localhost",
    ])
    func httpsAndLoopbackAreAllowed(url: String) {
        #expect(InsecureTokenCheck.problem(url: url, allowInsecureToken: false) == nil)
    }

    @Test(arguments: ["http://fusion.example.com", "http://10.0.0.5:8080", "http://127.0.0.1.evil.com", "http://[::2]"])
    func plainHTTPToAnotherHostIsRefused(url: String) {
        let problem = InsecureTokenCheck.problem(url: url, allowInsecureToken: false)
        #expect(problem?.contains("allow_insecure_token = true") == true)
    }

    @Test func explicitPermissionAllowsPlainHTTP() {
        #expect(InsecureTokenCheck.problem(url: "http://10.0.0.5:8080", allowInsecureToken: true) == nil)
    }

    @Test func contextCheckOnlyMattersWhenThereIsAToken() throws {
        let withoutToken = ContextConfiguration(name: "p", dialect: .fusion, url: "http://10.0.0.5")
        try withoutToken.checkTokenTransport()
        var withToken = withoutToken
        withToken.tokenEnvironmentVariable = "T"
        #expect(throws: ConfigurationError.self) { try withToken.checkTokenTransport() }
        withToken.allowInsecureToken = true
        try withToken.checkTokenTransport()
    }
}
