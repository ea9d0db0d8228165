import Foundation

/// Follows a text file that grows by appended lines.
///
/// Each ``read()`` returns the lines completed since the previous one. A partial last line is left unread
/// until its newline arrives. When the file was truncated, replaced (new inode) or rewritten in place (its
/// first bytes differ), the tail starts over from the beginning and says so, so the caller can rebuild what
/// it derived from the old content.
struct FileTail: Sendable {
    /// What one read found.
    struct Reading: Sendable {
        /// Complete lines, without their line endings; empty lines are skipped.
        var lines: [String] = []
        /// The file was truncated, replaced or rewritten: ``lines`` are its content from the start.
        var startedOver = false
        /// False when the file does not exist (yet, or any more).
        var exists = false
    }

    /// The file followed.
    let path: String
    /// Bytes consumed so far: everything before it ended with a newline.
    private(set) var offset: UInt64 = 0
    /// The file as last seen.
    private(set) var identity: FileIdentity?
    /// The first bytes as last seen, to notice in-place rewrites.
    private var head = Data()

    /// Bytes of the file's beginning compared between reads.
    static let headLength = 4096
    /// How far the comparison extends to cover a first line (a CSV header) longer than ``headLength``.
    static let longestHeadLine = 65536

    init(path: String) { self.path = path }

    /// Reads the lines completed since the last call.
    mutating func read() -> Reading {
        guard let current = FileIdentity.of(path), let handle = FileHandle(forReadingAtPath: path) else {
            return Reading()
        }
        defer { try? handle.close() }
        var reading = Reading(exists: true)
        let newHead = Self.readHead(handle, size: current.size)
        if let identity, !identity.isSameFile(as: current) { reading.startedOver = true }
        if current.size < offset || UInt64(head.count) > current.size { reading.startedOver = true }
        let common = min(head.count, newHead.count)
        if head.prefix(common) != newHead.prefix(common) { reading.startedOver = true }
        if reading.startedOver { offset = 0 }
        identity = current
        head = newHead
        guard current.size > offset else { return reading }
        do {
            try handle.seek(toOffset: offset)
            guard let data = try handle.read(upToCount: Int(current.size - offset)), !data.isEmpty,
                let lastNewline = data.lastIndex(of: UInt8(ascii: "\n"))
            else { return reading }
            let complete = data[data.startIndex...lastNewline]
            offset += UInt64(complete.count)
            reading.lines = Self.lines(of: complete)
        } catch {
            return reading
        }
        return reading
    }

    /// Splits complete text into lines, dropping carriage returns and blank lines.
    static func lines(of data: Data) -> [String] {
        // Split bytes, not characters: Swift reads "\r\n" as one character that is not "\n".
        data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).compactMap { bytes in
            let trimmed = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            let line = String(decoding: trimmed, as: UTF8.self)
            return line.allSatisfy(\.isWhitespace) ? nil : line
        }
    }

    private static func readHead(_ handle: FileHandle, size: UInt64) -> Data {
        guard (try? handle.seek(toOffset: 0)) != nil else { return Data() }
        let first = (try? handle.read(upToCount: min(Int(size), headLength))) ?? Data()
        guard first.count == headLength, !first.contains(UInt8(ascii: "\n")), size > UInt64(headLength) else {
            return first
        }
        let rest = (try? handle.read(upToCount: min(Int(size), longestHeadLine) - headLength)) ?? Data()
        return first + rest
    }
}
