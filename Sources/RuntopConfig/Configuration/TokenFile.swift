import Foundation

/// Reads a token from a file, refusing files that others can read, as ssh does for private keys.
public enum TokenFile {
    /// Why a token file was refused.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The message, naming the file.
        public var description: String
    }

    /// The token in `path` (surrounding whitespace and the final newline removed).
    public static func read(path: String) throws(ReadError) -> Secret {
        var information = stat()
        guard stat(path, &information) == 0 else {
            throw ReadError(description: "cannot read token file '\(path)': \(String(cString: strerror(errno)))")
        }
        let permissions = Int(information.st_mode) & 0o777
        if permissions & 0o077 != 0 {
            let octal = String(permissions, radix: 8)
            let padded = String(repeating: "0", count: max(0, 4 - octal.count)) + octal
            throw ReadError(description: "permissions \(padded) for '\(path)' are too open; chmod 600 it")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ReadError(description: "cannot read token file '\(path)'")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw ReadError(description: "token file '\(path)' is empty") }
        return Secret(token)
    }
}
