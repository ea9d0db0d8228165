import Foundation
import Testing

/// Self-tests of the tmux harness, with ordinary shell commands instead of runtop.
@Suite(.enabled(if: TmuxSession.isTmuxAvailable, "needs tmux"))
struct TmuxSessionTests {
    @Test func capturesWhatTheProgramPrintsAtTheRequestedSize() async throws {
        let session = try TmuxSession(command: ["sh", "-c", "printf 'hello harness\\n'; sleep 30"], width: 60, height: 8)
        try await session.waitFor(text: "hello harness", timeout: 5)
        let screen = try session.capture()
        #expect(screen.count == 8)
        #expect(session.paneSize?.width == 60)
        #expect(session.paneSize?.height == 8)
    }

    @Test func reportsTheExitStatusOfAFinishedProgram() async throws {
        let session = try TmuxSession(command: ["sh", "-c", "exit 3"])
        let exit = try await session.waitUntilExited(timeout: 5)
        #expect(exit == PaneExit(status: 3, signal: nil))
    }

    @Test func passesEnvironmentAndTermToTheProgram() async throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "echo \"term=$TERM flag=$RUNTOP_HARNESS_FLAG\"; sleep 30"],
            environment: ["TERM": "screen", "RUNTOP_HARNESS_FLAG": "on"])
        try await session.waitFor(text: "term=screen flag=on", timeout: 5)
    }

    @Test func sendsLiteralTextAndNamedKeys() async throws {
        let session = try TmuxSession(command: ["sh", "-c", "read line; echo \"got:$line\"; sleep 30"])
        try session.sendText("a b'c")
        try session.sendKeys("Enter")
        try await session.waitFor(text: "got:a b'c", timeout: 5)
    }

    @Test func signalsReachTheExecdProgram() async throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo ready; exec sleep 30"])
        try await session.waitFor(text: "ready", timeout: 5)
        try session.sendSignal(SIGTERM)
        let exit = try await session.waitUntilExited(timeout: 5)
        #expect(exit.signal == SIGTERM, "\(exit)")
        #expect(!session.isRunning)
    }

    @Test func resizeChangesThePaneSize() async throws {
        let session = try TmuxSession(command: ["sleep", "30"], width: 80, height: 24)
        try session.resize(width: 50, height: 10)
        #expect(session.paneSize?.width == 50)
        #expect(session.paneSize?.height == 10)
    }

    @Test func timeoutFailureShowsTheLastScreen() async throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo visible-marker; sleep 30"])
        try await session.waitFor(text: "visible-marker", timeout: 5)
        do {
            try await session.waitFor(text: "never appears", timeout: 0.3)
            Issue.record("waitFor should have timed out")
        } catch let error as TmuxHarnessError {
            #expect(error.description.contains("visible-marker"))
            #expect(error.description.contains("never appears"))
        }
    }

    @Test func killTearsDownThePrivateServer() throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        session.kill()
        #expect(!session.isRunning)
    }

    @Test func shellQuotingSurvivesQuotesAndSpaces() {
        #expect(TmuxSession.shellQuoted("plain-word") == "plain-word")
        #expect(TmuxSession.shellQuoted("two words") == "'two words'")
        #expect(TmuxSession.shellQuoted("it's") == "'it'\\''s'")
        #expect(TmuxSession.shellQuoted("") == "''")
    }

    @Test func packageRootContainsThePackageManifest() {
        #expect(FileManager.default.fileExists(atPath: packageRoot().appendingPathComponent("Package.swift").path))
    }
}
