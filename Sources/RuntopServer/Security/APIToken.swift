import Foundation
import Hummingbird

/// Reads the API token a request presents: `Authorization: Bearer <token>` or `X-API-Key: <token>`.
enum APIToken {
    /// The header names a token may come in.
    static let keyHeaderName = "X-API-Key"

    /// Whether `request` presents `expected` in either header (compared in constant time).
    static func isPresented(_ expected: String, in request: Request) -> Bool {
        var accepted = false
        if let key = request.header(keyHeaderName) { accepted = ConstantTime.equal(key, expected) || accepted }
        if let authorization = request.header("Authorization"), authorization.lowercased().hasPrefix("bearer ") {
            let token = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            accepted = ConstantTime.equal(token, expected) || accepted
        }
        return accepted
    }

    /// Whether `host` only accepts connections from this machine.
    static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if ["localhost", "::1", "[::1]"].contains(lowered) { return true }
        let octets = lowered.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
