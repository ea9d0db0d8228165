import Foundation
import Glibc
import RuntopSources
import Testing

/// A host that drops connection attempts fails at the transport's short connect timeout, not the request deadline.
@Suite("HTTP transport connect timeout")
struct HTTPTransportConnectTimeoutTests {
    /// A loopback listener whose accept queue is full: Linux drops further SYNs, as a black-holed host does.
    final class FullListener {
        let port: UInt16
        private let listener: Int32
        private let queued: Int32

        init() throws {
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let listening = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                    bind(listener, raw, length) == 0 && listen(listener, 0) == 0
                        && getsockname(listener, raw, &length) == 0
                }
            }
            // One connection nobody accepts fills the queue (a backlog of 0 holds one).
            let queued = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(queued, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            self.listener = listener
            self.queued = queued
            port = UInt16(bigEndian: address.sin_port)
            guard listening, connected else { throw POSIXError(.EADDRNOTAVAIL) }
        }

        deinit {
            close(queued)
            close(listener)
        }
    }

    @Test func aHostDroppingConnectionAttemptsTimesOutWellBeforeTheDeadline() async throws {
        let listener = try FullListener()
        let transport = HTTPTransport(baseURL: "http://127.0.0.1:\(listener.port)", timeoutSeconds: 10)
        let started = ContinuousClock.now
        var failure: SourceError?
        do {
            _ = try await transport.send(.GET, "/jobs")
        } catch let error as SourceError {
            failure = error
        }
        let elapsed = ContinuousClock.now - started
        #expect(failure?.problem == .unreachable("timed out"))
        // The connect timeout is 4 s; the request deadline, 10 s.
        #expect(elapsed < .seconds(8), "took \(elapsed)")
        withExtendedLifetime(listener) {}
    }
}
