import Foundation
import GRDB

/// A started reference server: where it listens, and how to stop it.
public struct RunningReferenceServer: Sendable {
    /// The address it is bound to.
    public let host: String
    /// The port it listens on (the real one when port 0 was asked for).
    public let port: Int
    let handle: ServerHandle

    /// The base URL of the API, e.g. `http://127.0.0.1:8321`.
    public var baseURL: String { "http://\(host):\(port)" }

    /// Stops the simulator, then the HTTP server, closes the database (and deletes it if it was temporary).
    public func stop() async {
        await handle.stop()
    }

    /// Stops serving and simulating without closing or deleting anything, as a crash would
    /// (everything acknowledged is already committed).
    func abandon() async {
        await handle.abandon()
    }
}

/// Owns the server's tasks and database for `RunningReferenceServer`.
final class ServerHandle: Sendable {
    let pool: DatabasePool
    let serverTask: Task<Void, any Error>
    let simulatorTask: Task<Void, Never>
    let temporaryPath: String?

    init(pool: DatabasePool, serverTask: Task<Void, any Error>, simulatorTask: Task<Void, Never>, temporaryPath: String?) {
        self.pool = pool
        self.serverTask = serverTask
        self.simulatorTask = simulatorTask
        self.temporaryPath = temporaryPath
    }

    func stop() async {
        simulatorTask.cancel()
        await simulatorTask.value
        serverTask.cancel()
        _ = await serverTask.result
        try? pool.close()
        if let temporaryPath { DatabaseFiles.remove(at: temporaryPath) }
    }

    func abandon() async {
        simulatorTask.cancel()
        serverTask.cancel()
        await simulatorTask.value
        _ = await serverTask.result
    }
}

/// Removes a SQLite file with its WAL companions.
enum DatabaseFiles {
    static func remove(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
