import Foundation

/// What identifies a file on disk and tells whether it changed: device and inode, size, modification time.
struct FileIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: UInt64
    var modified: Date?

    /// The identity of the regular file at `path`, or nil when there is none.
    static func of(_ path: String) -> FileIdentity? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular
        else { return nil }
        return FileIdentity(
            device: (attributes[.systemNumber] as? NSNumber)?.uint64Value ?? 0,
            inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0,
            size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
            modified: attributes[.modificationDate] as? Date)
    }

    /// True when both name the same file on disk (a replaced file has a new inode even at the same path).
    func isSameFile(as other: FileIdentity) -> Bool { device == other.device && inode == other.inode }
}
