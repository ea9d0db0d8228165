import Foundation
import Testing

/// One terminal the dashboard must work on: its TERM, locale and size.
struct TerminalCase: Sendable, CustomTestStringConvertible {
    var term: String
    var lang: String
    var width: Int
    var height: Int

    var testDescription: String { "TERM=\(term) LANG=\(lang) \(width)x\(height)" }

    /// True when the locale is UTF-8 (otherwise the dashboard must draw in ASCII).
    var isUTF8: Bool { lang.uppercased().contains("UTF") }
    /// vt100 and linux have no alternate screen in terminfo (no smcup): the dashboard draws on, and leaves its
    /// last frame in, the normal one.
    var hasAlternateScreen: Bool { !["vt100", "linux"].contains(term) }
    /// vt100 cannot hide the cursor (no civis in terminfo).
    var canHideCursor: Bool { term != "vt100" }

    /// The pane titles the layout shows at this size (below 100 columns and 34 body rows, the compact layout
    /// has no timeline and no cards).
    var expectedTitles: [String] {
        width >= 100 && height - 2 >= 30
            ? ["1 Jobs", "2 Timeline", "3 Charts", "4 Logs", "5 Artifacts", "6 Result"]
            : ["1 Jobs", "3 Charts", "4 Logs"]
    }

    /// The environment of the pane.
    var environment: [String: String] { ["TERM": term, "LANG": lang, "LC_ALL": lang] }

    /// Every TERM in both locales, the sizes taken in turn so each one is covered by several terminals.
    static let matrix: [TerminalCase] = {
        let terms = ["xterm-256color", "screen-256color", "tmux-256color", "xterm", "vt100", "linux"]
        let sizes = [(80, 24), (120, 40), (200, 60)]
        var cases: [TerminalCase] = []
        for (termIndex, term) in terms.enumerated() {
            for (langIndex, lang) in ["C.UTF-8", "C"].enumerated() {
                let size = sizes[(termIndex * 2 + langIndex) % sizes.count]
                cases.append(TerminalCase(term: term, lang: lang, width: size.0, height: size.1))
            }
        }
        return cases
    }()
}

/// The dashboard on every kind of terminal an operator console has: starts, draws every pane title (in ASCII
/// without UTF-8), quits on q and leaves the terminal as it found it; refuses terminals it cannot drive.
@Suite("Terminal matrix", .enabled(if: TmuxSession.isTmuxAvailable))
struct TerminalMatrixTests {
    /// Box drawing (U+2500–257F), block elements (U+2580–259F) and braille (U+2800–28FF).
    static func nonASCIIGraphics(_ lines: [String]) -> [Character] {
        lines.flatMap { line in
            line.filter { character in
                character.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) || (0x2800...0x28FF).contains($0.value) }
            }
        }
    }

    @Test(arguments: TerminalCase.matrix)
    func dashboardStartsDrawsItsPanesAndQuitsCleanly(terminal: TerminalCase) async throws {
        let url = try await SharedReferenceServer.shared.baseURL()
        let dashboard = try DashboardUnderShell(
            ["--url", url], width: terminal.width, height: terminal.height, environment: terminal.environment)
        let session = dashboard.session
        defer { session.kill() }

        try await session.waitFor("every pane title and a running job", timeout: 20) { lines in
            let text = lines.joined(separator: "\n")
            return terminal.expectedTitles.allSatisfy(text.contains) && text.contains("running")
        }
        #expect(session.isAlternateScreen == terminal.hasAlternateScreen)
        #expect(session.isCursorVisible == !terminal.canHideCursor, "the dashboard hides the cursor where it can")
        let screen = try session.capture()
        #expect(screen.count == terminal.height)
        if !terminal.isUTF8 {
            let nonASCII = screen.joined().unicodeScalars.filter { $0.value > 0x7E }
            #expect(nonASCII.isEmpty, "LANG=C draws ASCII only; found \(String(String.UnicodeScalarView(nonASCII.prefix(20))))")
            #expect(Self.nonASCIIGraphics(screen).isEmpty)
            #expect(screen[1].hasPrefix("+"), "ASCII frames start with +: \(screen[1])")
        }

        try session.sendKeys("q")
        #expect(try await dashboard.waitForExitStatus() == 0)
        #expect(!session.isAlternateScreen, "q leaves the alternate screen")
        #expect(session.isCursorVisible, "q shows the cursor again")
    }

    @Test(arguments: ["dumb", "no-such-terminal-42"])
    func aTerminalThatCannotBeDrivenGetsOneLineSayingWhatToDo(term: String) async throws {
        let dashboard = try DashboardUnderShell(
            ["--url", "http://127.0.0.1:9"], width: 300, height: 10, environment: ["TERM": term])
        defer { dashboard.session.kill() }
        let status = try await dashboard.waitForExitStatus()
        #expect(status != 0)
        let lines = try dashboard.session.capture().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let message = try #require(lines.first { $0.hasPrefix("runtop:") })
        #expect(message.contains("TERM=\(term)"), "names the terminal: \(message)")
        #expect(message.contains("export TERM=xterm-256color"), "says what to do: \(message)")
        #expect(lines.filter { $0.hasPrefix("runtop") }.count == 1, "one message: \(lines)")
        #expect(!dashboard.session.isAlternateScreen)
    }

    @Test(arguments: ["C.UTF-8", "C"])
    func aTinyTerminalSaysItIsTooSmall(lang: String) async throws {
        let url = try await SharedReferenceServer.shared.baseURL()
        let dashboard = try DashboardUnderShell(
            ["--url", url], width: 40, height: 10, environment: ["LANG": lang, "LC_ALL": lang])
        let session = dashboard.session
        defer { session.kill() }
        try await session.waitFor(text: "terminal too small", timeout: 20)
        let separator = lang == "C" ? "x" : "×"
        try await session.waitFor(text: "need 60\(separator)16, have 40\(separator)10", timeout: 5)
        try session.sendKeys("q")
        #expect(try await dashboard.waitForExitStatus() == 0)
    }
}
