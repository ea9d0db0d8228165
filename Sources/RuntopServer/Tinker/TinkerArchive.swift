import Foundation
import RuntopWire

/// The bytes an archive link serves: a real (ustar) tar archive holding the checkpoint's description and a note
/// that the weights are a placeholder — the reference server trains nothing.
enum TinkerArchive {
    /// The archive's media type.
    static let contentType = "application/x-tar"

    /// The archive of `checkpoint`: `<checkpoint-id>/checkpoint.json` and `<checkpoint-id>/README.txt`.
    static func tar(of checkpoint: TinkerCheckpoint, modifiedAt: Double) throws -> Data {
        let description = try JSONResponse.encoder().encode(checkpoint)
        let note = """
            runtop reference server: placeholder archive of \(checkpoint.tinkerPath)
            No weights are stored; checkpoint.json describes the checkpoint as the REST API lists it.

            """
        var archive = Data()
        for (name, contents) in [("checkpoint.json", description), ("README.txt", Data(note.utf8))] {
            archive += entry(path: "\(checkpoint.checkpointID)/\(name)", contents: contents, modifiedAt: modifiedAt)
        }
        // Two empty blocks end a tar archive.
        archive += Data(count: 1024)
        return archive
    }

    /// A 512-byte ustar header for a regular file, then the contents padded to a whole block.
    static func entry(path: String, contents: Data, modifiedAt: Double) -> Data {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (index, byte) in text.utf8.prefix(width).enumerated() { header[offset + index] = byte }
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(width - 1 - digits.count, 0)) + digits
        }
        put(path, at: 0, width: 100)
        put(octal(0o644, width: 8), at: 100, width: 7)
        put(octal(0, width: 8), at: 108, width: 7)
        put(octal(0, width: 8), at: 116, width: 7)
        put(octal(contents.count, width: 12), at: 124, width: 11)
        put(octal(Int(max(modifiedAt, 0)), width: 12), at: 136, width: 11)
        put("        ", at: 148, width: 8)  // the checksum counts its own field as spaces
        put("0", at: 156, width: 1)
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        put("runtop", at: 265, width: 32)
        put("runtop", at: 297, width: 32)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(octal(checksum, width: 7) + "\0 ", at: 148, width: 8)
        let padding = (512 - contents.count % 512) % 512
        return Data(header) + contents + Data(count: padding)
    }
}
