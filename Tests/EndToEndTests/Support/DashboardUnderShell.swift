import Foundation

/// runtop in a tmux pane under `/bin/sh`, which prints `RUNTOP_EXIT=<status>` once runtop ends and then stays,
/// so the terminal's state after the exit (alternate screen, cursor) can still be read.
struct DashboardUnderShell {
    /// The pane's session.
    let session: TmuxSession

    /// Starts `runtop arguments…` in a `width`×`height` pane with `environment` added to the harness defaults.
    init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        let command = ([try locateBuiltProduct("runtop")] + arguments).map(TmuxSession.shellQuoted)
            .joined(separator: " ")
        // The shell ignores Ctrl-C (trap) without passing that on to runtop, and sets TERM itself: tmux may put
        // its own default-terminal over the one given at session start.
        let term = environment["TERM"].map { "TERM=\(TmuxSession.shellQuoted($0)); export TERM; " } ?? ""
        session = try TmuxSession(
            command: ["/bin/sh", "-c", "trap true INT; \(term)\(command); echo RUNTOP_EXIT=$?; sleep 60"],
            width: width, height: height, environment: environment)
    }

    /// runtop's process id (the shell's child), waiting a little for it to start; nil once it has ended.
    var runtopPID: pid_t? {
        guard let shell = session.programPID else { return nil }
        return ProcessTable.firstChild(of: shell, timeout: 5)
    }

    /// Waits for the shell's exit marker and returns runtop's exit status.
    func waitForExitStatus(timeout: TimeInterval = 10) async throws -> Int {
        var status: Int?
        try await session.waitFor("runtop to exit (RUNTOP_EXIT=)", timeout: timeout) { lines in
            guard let line = lines.last(where: { $0.contains("RUNTOP_EXIT=") }),
                let range = line.range(of: "RUNTOP_EXIT=")
            else { return false }
            status = Int(line[range.upperBound...].prefix { $0.isNumber })
            return status != nil
        }
        return status ?? -1
    }
}
