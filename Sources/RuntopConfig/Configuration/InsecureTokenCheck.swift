import Foundation

/// Refuses to send a token in clear text: plain `http://` is only for loopback unless explicitly allowed.
public enum InsecureTokenCheck {
    /// Why sending a token to `url` is refused, or nil when it is fine: `https://`, `http://` to a loopback host
    /// (`localhost`, `127.0.0.0/8`, `::1`), or `allowInsecureToken`.
    public static func problem(url: String, allowInsecureToken: Bool) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return "'\(url)' is not a URL"
        }
        if scheme == "https" || allowInsecureToken { return nil }
        guard scheme == "http" else { return "'\(url)' must be an http:// or https:// URL" }
        let host = components.host ?? ""
        if isLoopback(host: host) { return nil }
        return "refusing to send the token over plain http:// to \(host) (anyone on the path can read it); "
            + "use https://, or set allow_insecure_token = true for this context"
    }

    /// True for `localhost` (and `*.localhost`), any `127.x.y.z` and `::1`.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        if name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
