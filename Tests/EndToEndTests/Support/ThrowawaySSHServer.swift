import Foundation

/// An sshd on 127.0.0.1 with throwaway keys in a temporary folder, for tests of the dashboard over SSH.
///
/// Installs nothing: use ``isAvailable`` with `.enabled(if:)`. Root only (it logs in as root with a key).
final class ThrowawaySSHServer: Sendable {
    static let sshdPath = "/usr/sbin/sshd"

    /// True when sshd, ssh and ssh-keygen exist and the tests run as root.
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: sshdPath) && TmuxSession.executablePath(named: "ssh") != nil
            && TmuxSession.executablePath(named: "ssh-keygen") != nil && geteuid() == 0
    }

    /// The port sshd listens on.
    let port: Int
    /// The client's private key, authorised for root.
    let clientKeyPath: String
    private let directory: String
    private let pid: pid_t

    /// Generates keys, starts sshd in the foreground (`-D`) on a free port and waits until it accepts.
    init() throws {
        directory = NSTemporaryDirectory() + "runtop-sshd-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let environment = ProcessInfo.processInfo.environment
        for name in ["host", "client"] {
            let result = try CleanProcess.run(
                TmuxSession.executablePath(named: "ssh-keygen")!,
                ["-q", "-N", "", "-t", "ed25519", "-f", "\(directory)/\(name)"], environment: environment, timeout: 10)
            guard result.status == 0 else { throw TmuxHarnessError(message: "ssh-keygen failed: \(result.error)") }
        }
        clientKeyPath = "\(directory)/client"
        try FileManager.default.copyItem(atPath: "\(directory)/client.pub", toPath: "\(directory)/authorized_keys")
        // An empty config: nothing from /etc/ssh (PAM, includes, banners) gets in the way.
        _ = FileManager.default.createFile(atPath: "\(directory)/sshd_config", contents: Data())
        // Debian's sshd refuses to start without its privilege separation folder, which only its service creates.
        try FileManager.default.createDirectory(
            atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])

        port = try Self.freePort()
        let arguments = [
            "-D", "-f", "\(directory)/sshd_config", "-p", "\(port)", "-o", "ListenAddress=127.0.0.1",
            "-h", "\(directory)/host", "-o", "AuthorizedKeysFile=\(directory)/authorized_keys",
            "-o", "PidFile=\(directory)/sshd.pid", "-o", "StrictModes=no", "-o", "UsePAM=no",
            "-o", "PermitRootLogin=yes", "-E", "\(directory)/sshd.log",
        ]
        pid = try Self.spawn(Self.sshdPath, arguments)
        let deadline = Date().addingTimeInterval(10)
        while !Self.accepts(port: port) {
            guard Date() < deadline, ProcessTable.isAlive(pid) else {
                stop()
                throw TmuxHarnessError(message: "sshd did not start: \(log)")
            }
            usleep(20_000)
        }
    }

    deinit { stop() }

    /// sshd's log.
    var log: String { (try? String(contentsOfFile: "\(directory)/sshd.log", encoding: .utf8)) ?? "" }

    /// The ssh command that runs `remoteCommand` on a terminal (`-t`) as root on this server.
    func sshCommand(_ remoteCommand: String) -> [String] {
        [
            TmuxSession.executablePath(named: "ssh") ?? "ssh", "-t", "-p", "\(port)", "-i", clientKeyPath,
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
            "-o", "LogLevel=ERROR", "root@127.0.0.1", remoteCommand,
        ]
    }

    /// Stops sshd (and with it every session it still holds) and removes the keys. Idempotent.
    func stop() {
        if ProcessTable.isAlive(pid) {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            for _ in 0..<100 where waitpid(pid, &status, WNOHANG) == 0 { usleep(10_000) }
            if ProcessTable.isAlive(pid) { kill(pid, SIGKILL) }
        }
        var status: Int32 = 0
        _ = waitpid(pid, &status, WNOHANG)
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A port that was free a moment ago (bound to 0, read, closed).
    private static func freePort() throws -> Int {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw TmuxHarnessError(message: "socket() failed") }
        defer { close(socketDescriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socketDescriptor, generic, length) == 0 && getsockname(socketDescriptor, generic, &length) == 0
            }
        }
        guard bound else { throw TmuxHarnessError(message: "could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// True when something accepts TCP connections on 127.0.0.1:`port`.
    private static func accepts(port: Int) -> Bool {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { return false }
        defer { close(socketDescriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// Starts `executable` in the background with default signal handling and no inherited terminal.
    private static func spawn(_ executable: String, _ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
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
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard status == 0 else { throw TmuxHarnessError(message: "could not start \(executable): error \(status)") }
        return pid
    }
}
