import Foundation

/// Reads processes from /proc: state, process group, CPU time, executable and arguments.
enum ProcessTable {
    /// The fields of `/proc/PID/stat` after the command name (field 3 onwards), or nil when it is gone.
    static func statFields(_ pid: pid_t) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.range(of: ")", options: .backwards)
        else { return nil }
        return stat[close.upperBound...].split(separator: " ")
    }

    /// The one-letter state (`R`, `S`, `T` stopped, `Z` zombie), or nil when the process is gone.
    static func state(_ pid: pid_t) -> Character? { statFields(pid)?.first?.first }

    /// True while `pid` runs (a zombie waiting to be reaped has ended).
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let state = state(pid) else { return false }
        return state != "Z" && state != "X"
    }

    /// True while `pid` is stopped by job control.
    static func isStopped(_ pid: pid_t) -> Bool { state(pid) == "T" }

    /// The process group of `pid`.
    static func processGroup(_ pid: pid_t) -> pid_t? {
        guard let fields = statFields(pid), fields.count > 2 else { return nil }
        return pid_t(fields[2])
    }

    /// User plus system CPU time of `pid`, in clock ticks (`sysconf(_SC_CLK_TCK)` per second).
    static func cpuTicks(_ pid: pid_t) -> Int? {
        guard let fields = statFields(pid), fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12])
        else { return nil }
        return user + system
    }

    /// The executable `pid` runs (`/proc/PID/exe`), or nil when it cannot be read.
    static func executable(_ pid: pid_t) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
    }

    /// The argument vector of `pid`.
    static func arguments(_ pid: pid_t) -> [String] {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return [] }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `path` with every symbolic link resolved (`.build/debug` is a link), as `/proc/PID/exe` reports it.
    static func resolvedPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// True when `pid` runs the program at `path` (links resolved).
    static func runs(_ pid: pid_t, program path: String) -> Bool {
        executable(pid) == resolvedPath(path)
    }

    /// Live processes that run the program at `path` with an argument equal to `argument`.
    static func processes(running path: String, withArgument argument: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let program = resolvedPath(path)
        return entries.compactMap { pid_t($0) }.filter { pid in
            isAlive(pid) && executable(pid) == program && arguments(pid).contains(argument)
        }.sorted()
    }

    /// The first child of `parent`, waiting up to `timeout` seconds for it to appear.
    static func firstChild(of parent: pid_t, timeout: TimeInterval = 5) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let child = TmuxSession.childProcesses(of: parent).first { return child }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    /// Waits up to `timeout` seconds for `pid` to end; returns how long it took, or nil when it still runs.
    static func waitForExit(_ pid: pid_t, timeout: TimeInterval) async throws -> TimeInterval? {
        let start = Date()
        while isAlive(pid) {
            if Date().timeIntervalSince(start) >= timeout { return nil }
            try await Task.sleep(for: .milliseconds(10))
        }
        return Date().timeIntervalSince(start)
    }
}
