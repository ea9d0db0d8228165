import Testing

@testable import RuntopConfig

@Suite("read_only contexts")
struct ReadOnlyContextTests {
    static func parse(_ text: String) throws -> RuntopConfiguration {
        try RuntopConfiguration.parse(text, file: "config.toml", environment: ["HOME": "/home/op"])
    }

    @Test func readOnlyIsReadPerContextAndOffByDefault() throws {
        let configuration = try Self.parse(
            """
            [contexts.prod]
            dialect = "dreadnode"
            url = "https://api.example.com"
            org = "acme"
            workspace = "research"
            read_only = true

            [contexts.lab]
            dialect = "fusion"
            url = "http://127.0.0.1:8080"
            """)
        #expect(try configuration.context(named: "prod").readOnly)
        #expect(try !configuration.context(named: "lab").readOnly)
    }

    @Test func readOnlyMustBeABoolean() {
        #expect(throws: ConfigurationError.self) {
            try Self.parse(
                """
                [contexts.prod]
                dialect = "fusion"
                url = "http://127.0.0.1:8080"
                read_only = "yes"
                """)
        }
    }
}
