import Foundation
import Testing

@testable import RuntopConfig

@Suite("Bundled themes")
struct BundledThemesTests {
    /// The Swift source that embeds `files`.
    static func source(for files: [(name: String, text: String)]) -> String {
        var source = """
            // Generated from themes/*.toml by `RUNTOP_RECORD_BUNDLED_THEMES=1 swift test --filter BundledThemesTests`.
            // Do not edit: a test fails when this differs from the files in themes/.

            /// The text of every theme file in `themes/`, built into the binary so the bundled themes work wherever it runs.
            public enum BundledThemes {
                /// Theme file text by theme name, in name order.
                public static let files: [(name: String, text: String)] = [

            """
        for file in files {
            source += "        (\n            name: \"\(file.name)\",\n            text: #\"\"\"\n"
            source += file.text
            source += "\n\"\"\"#\n        ),\n"
        }
        source += "    ]\n}\n"
        return source
    }

    @Test func bundledCopyEqualsTheThemesFolder() throws {
        let files = try RepositoryThemes.files()
        if ProcessInfo.processInfo.environment["RUNTOP_RECORD_BUNDLED_THEMES"] == "1" {
            var url = URL(fileURLWithPath: #filePath)
            for _ in 0..<3 { url.deleteLastPathComponent() }
            let target = url.appendingPathComponent("Sources/RuntopConfig/Themes/BundledThemes.swift").path
            try Self.source(for: files).write(toFile: target, atomically: true, encoding: .utf8)
        }
        #expect(files.count >= 8)
        #expect(BundledThemes.files.map(\.name) == files.map(\.name), "re-record: RUNTOP_RECORD_BUNDLED_THEMES=1")
        for (bundled, file) in zip(BundledThemes.files, files) {
            #expect(bundled.text == file.text, "themes/\(file.name).toml differs from its bundled copy; re-record")
        }
    }
}
