import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with default signal dispositions and nothing blocked, output to files.
///
/// The test runner blocks most signals on its threads and Foundation's `Process` passes that mask on; a tmux
/// server started that way keeps SIGCHLD blocked and never answers its client. posix_spawn with
/// POSIX_SPAWN_SETSIGMASK/SETSIGDEF gives the child a clean slate.
enum CleanProcess {
    /// What a finished run produced.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `executable` with `arguments`, waits at most `timeout` seconds, and returns its exit status and
    /// output; throws when it cannot start or does not finish in time (it is killed then).
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: TimeInterval
    ) throws -> Result {
        let stem = NSTemporaryDirectory() + "runtop-e2e-\(getpid())-\(UUID().uuidString.prefix(12))"
        let outputPath = stem + ".out"
        let errorPath = stem + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawnStatus = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawnStatus == 0 else {
            throw TmuxHarnessError(message: "could not start \(executable): error \(spawnStatus)")
        }

        let deadline = Date().addingTimeInterval(timeout)
        var waitStatus: Int32 = 0
        while true {
            let finished = waitpid(pid, &waitStatus, WNOHANG)
            if finished == pid { break }
            if finished < 0, errno != EINTR {
                throw TmuxHarnessError(message: "waitpid failed for \(executable): errno \(errno)")
            }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &waitStatus, 0)
                throw TmuxHarnessError(
                    message: "\(executable) \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
            }
            usleep(2_000)
        }
        let exitStatus: Int32 = (waitStatus & 0x7F) == 0 ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F)
        return Result(
            status: exitStatus,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            error: ((try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
