import Testing

@testable import RuntopConfig

@Suite("TOML reader")
struct TOMLReaderTests {
    static func parse(_ text: String) throws -> TOMLTable { try TOMLReader.parse(text, file: "test.toml") }

    /// The error `text` raises.
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

    static func value(_ table: TOMLTable, _ path: String) -> TOMLValue? {
        var current = table
        let parts = path.split(separator: ".").map(String.init)
        for part in parts.dropLast() {
            guard case .table(let next)? = current[part]?.value else { return nil }
            current = next
        }
        return current[parts.last!]?.value
    }

    @Suite("Good input")
    struct GoodInput {
        @Test func scalarsOfEveryKindAreRead() throws {
            let table = try parse(
                """
                basic = "a \\"quoted\\" word\\tand \\u00e9"
                literal = 'C:\\path\\no escapes'
                integer = -1_000
                hex = 0xff
                float = 1.5
                exponent = 2e-3
                yes = true
                no = false
                """)
            #expect(value(table, "basic") == .string("a \"quoted\" word\tand é"))
            #expect(value(table, "literal") == .string("C:\\path\\no escapes"))
            #expect(value(table, "integer") == .integer(-1000))
            #expect(value(table, "hex") == .integer(255))
            #expect(value(table, "float") == .float(1.5))
            #expect(value(table, "exponent") == .float(0.002))
            #expect(value(table, "yes") == .boolean(true))
            #expect(value(table, "no") == .boolean(false))
        }

        @Test func tablesAndDottedHeadersNestAndKeepFileOrder() throws {
            let table = try parse(
                """
                top = 1
                [contexts.prod]
                url = "https://a"
                [contexts."lab-2"]
                url = "https://b"
                """)
            #expect(table.keys == ["top", "contexts"])
            #expect(value(table, "contexts.prod.url") == .string("https://a"))
            #expect(value(table, "contexts.lab-2.url") == .string("https://b"))
            guard case .table(let contexts)? = table["contexts"]?.value else {
                Issue.record("contexts is not a table")
                return
            }
            #expect(contexts.keys == ["prod", "lab-2"])
        }

        @Test func dottedKeysBuildTablesInsideTheCurrentTable() throws {
            let table = try parse(
                """
                [status]
                failed.fg = "red"
                failed.attributes = ["bold"]
                """)
            #expect(value(table, "status.failed.fg") == .string("red"))
            #expect(value(table, "status.failed.attributes") == .array([TOMLNode(.string("bold"), line: 3)]))
        }

        @Test func inlineTablesAndArraysMayNestAndSpanLines() throws {
            let table = try parse(
                """
                series = [
                    { fg = "#7aa2f7", fg16 = "bright-blue" },  # first
                    { fg = 8, attributes = ["bold", "dim"] },
                ]
                empty = {}
                """)
            guard case .array(let series)? = value(table, "series") else {
                Issue.record("series is not an array")
                return
            }
            #expect(series.count == 2)
            #expect(series.map(\.line) == [2, 3])
            guard case .table(let second) = series[1].value else {
                Issue.record("second series entry is not a table")
                return
            }
            #expect(second["fg"]?.value == .integer(8))
            #expect(value(table, "empty") == .table(TOMLTable()))
        }

        @Test func commentsAndBlankLinesAreIgnoredButHashesInStringsAreKept() throws {
            let table = try parse(
                """
                # a comment

                colour = "#ff0000"   # red
                """)
            #expect(table.keys == ["colour"])
            #expect(value(table, "colour") == .string("#ff0000"))
            #expect(table["colour"]?.line == 3)
        }

        @Test func windowsLineEndingsAreAccepted() throws {
            let table = try parse("a = 1\r\nb = 'x'\r\n")
            #expect(value(table, "b") == .string("x"))
            #expect(table["b"]?.line == 2)
        }
    }

    @Suite("Bad input names the line and key")
    struct BadInput {
        @Test func unquotedStringNamesLineAndKey() {
            let error = failure("a = 1\n[status]\nfailed = red\n")
            #expect(error?.line == 3)
            #expect(error?.key == "status.failed")
            #expect(
                error?.description == "test.toml:3: key \"status.failed\": red is not a value (strings need quotes)")
        }

        @Test func duplicateKeyIsRefused() {
            let error = failure("[log]\nerror = 1\nerror = 2\n")
            #expect(error?.line == 3)
            #expect(error?.key == "log.error")
            #expect(error?.message == "is defined twice")
        }

        @Test func duplicateTableHeaderIsRefused() {
            let error = failure("[a]\nx = 1\n[a]\n")
            #expect(error?.line == 3)
            #expect(error?.key == "a")
        }

        @Test func unterminatedStringNamesItsLine() {
            let error = failure("a = 1\nb = \"open\n")
            #expect(error?.line == 2)
            #expect(error?.key == "b")
            #expect(error?.message.contains("unterminated string") == true)
        }

        @Test func unterminatedArrayIsReported() {
            let error = failure("series = [\n  1,\n  2\n")
            #expect(error?.key == "series")
            #expect(error?.message.contains("unterminated array") == true)
        }

        @Test func missingEqualsSignIsReported() {
            let error = failure("[contexts.prod]\nurl \"https://x\"\n")
            #expect(error?.line == 2)
            #expect(error?.key == "contexts.prod.url")
            #expect(error?.message == "expected = after the key")
        }

        @Test func missingValueIsReported() {
            let error = failure("refresh =   # nothing\n")
            #expect(error?.line == 1)
            #expect(error?.key == "refresh")
        }

        @Test func twoValuesOnOneLineAreRefused() {
            let error = failure("a = 1 b = 2\n")
            #expect(error?.line == 1)
            #expect(error?.message.contains("one key = value per line") == true)
        }

        @Test func valueCannotBecomeATable() {
            let error = failure("status = 1\n[status.failed]\n")
            #expect(error?.line == 2)
            #expect(error?.key == "status")
        }

        @Test func inlineTableCannotBeExtended() {
            let error = failure("failed = { fg = \"red\" }\nfailed.bg = \"blue\"\n")
            #expect(error?.line == 2)
            #expect(error?.key == "failed.bg")
        }

        @Test func badNumbersAreRefused() {
            #expect(failure("a = 1__0\n")?.key == "a")
            #expect(failure("a = 01\n")?.key == "a")
            #expect(failure("a = 1.\n")?.key == "a")
            #expect(failure("a = .5\n")?.key == "a")
        }

        @Test func unknownEscapeIsRefused() {
            let error = failure("a = \"\\q\"\n")
            #expect(error?.key == "a")
            #expect(error?.message == "unknown escape \\q in a string")
        }

        @Test func unsupportedFeaturesSaySo() {
            #expect(failure("[[jobs]]\n")?.message.contains("not supported") == true)
            #expect(failure("a = \"\"\"\nx\n\"\"\"\n")?.message.contains("not supported") == true)
        }

        @Test func badEntryInsideInlineTableNamesTheFullKey() {
            let error = failure("[status]\nfailed = { fg = nope }\n")
            #expect(error?.line == 2)
            #expect(error?.key == "status.failed.fg")
        }
    }
}
