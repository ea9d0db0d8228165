import Foundation

/// The package root: the nearest folder above `filePath` that holds `Package.swift`.
func packageRoot(filePath: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url.deleteLastPathComponent()
    }
    return url
}

/// The path of a built executable (`.build/debug/<name>` first), or an error saying how to build it.
///
/// `RUNTOP_E2E_BINARY_DIR` overrides the directory searched (for release or cross builds).
func locateBuiltProduct(_ name: String, filePath: String = #filePath) throws -> String {
    let root = packageRoot(filePath: filePath).path
    var directories: [String] = []
    if let override = ProcessInfo.processInfo.environment["RUNTOP_E2E_BINARY_DIR"] { directories.append(override) }
    directories += [
        "\(root)/.build/debug",
        "\(root)/.build/x86_64-unknown-linux-gnu/debug",
        "\(root)/.build/aarch64-unknown-linux-gnu/debug",
        "\(root)/.build/release",
    ]
    for directory in directories {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw TmuxHarnessError(
        message: "could not find the built `\(name)` binary (looked in \(directories.joined(separator: ", "))); "
            + "run `swift build --product \(name)` first")
}
