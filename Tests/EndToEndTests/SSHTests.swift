import Foundation
import RuntopServer
import Testing

/// The dashboard over a real SSH session (sshd on 127.0.0.1, key login): it draws, and when the connection
/// drops, the remote runtop gets SIGHUP and is gone within a second, leaving nothing behind.
@Suite("Over SSH", .enabled(if: TmuxSession.isTmuxAvailable && ThrowawaySSHServer.isAvailable))
struct SSHTests {
    @Test func droppingTheConnectionEndsTheRemoteDashboardWithinASecond() async throws {
        // Its own server: its port tells this test's remote runtop apart from every other one.
        var configuration = ReferenceServerConfiguration()
        configuration.simulatedJobs = 1
        configuration.secondsPerStep = 0.3
        let server = try await ReferenceServer.start(configuration)
        defer { Task { await server.stop() } }
        let sshd = try ThrowawaySSHServer()
        defer { sshd.stop() }

        let runtop = try locateBuiltProduct("runtop")
        let remote = "\(TmuxSession.shellQuoted(runtop)) --url \(server.baseURL)"
        let session = try TmuxSession(command: sshd.sshCommand(remote), width: 120, height: 40)
        defer { session.kill() }
        try await session.waitFor("every pane over SSH", timeout: 20) { screen in
            let text = screen.joined(separator: "\n")
            return ["1 Jobs", "3 Charts", "4 Logs", "6 Result"].allSatisfy(text.contains) && text.contains("running")
        }
        let remoteDashboards = ProcessTable.processes(running: runtop, withArgument: server.baseURL)
        #expect(remoteDashboards.count == 1, "one remote runtop: \(remoteDashboards)")
        let remotePID = try #require(remoteDashboards.first)

        // The connection drops: the ssh client dies without a word to the server.
        let client = try #require(session.programPID)
        #expect(kill(client, SIGKILL) == 0)
        let took = try await ProcessTable.waitForExit(remotePID, timeout: 2)
        let seconds = try #require(took, "the remote runtop outlived the connection by 2 s")
        #expect(seconds < 1.0, "the remote runtop took \(seconds) s to exit")
        #expect(ProcessTable.processes(running: runtop, withArgument: server.baseURL).isEmpty, "nothing left behind")
        for leftover in ProcessTable.processes(running: runtop, withArgument: server.baseURL) { kill(leftover, SIGKILL) }
        #expect(sshd.log.contains("Accepted publickey"), "logged in with the key: \(sshd.log)")
    }
}
