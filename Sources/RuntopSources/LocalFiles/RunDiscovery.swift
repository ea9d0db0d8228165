import Foundation
import RuntopCore

/// Finds runs: a file names one run; a directory is searched for the files trainers write, one run per run
/// directory.
enum RunDiscovery {
    /// How deep below a root directory runs are looked for.
    static let maximumDepth = 5
    /// How many directories one search visits at most, so pointing at a home directory stays quick.
    static let maximumDirectories = 4000
    /// Directories never searched.
    static let skippedDirectories: Set<String> = [
        "node_modules", "__pycache__", "wandb", "site-packages", "checkpoints",
    ]

    /// The run named by the file at `path`, classified by its name.
    static func layout(forFile path: String) throws -> RunLayout {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let fileName = url.lastPathComponent
        let directory = url.deletingLastPathComponent().path
        let directoryName = url.deletingLastPathComponent().lastPathComponent
        let stem = url.deletingPathExtension().lastPathComponent
        switch url.pathExtension.lowercased() {
        case "jsonl":
            guard !fileName.contains("checkpoints") else { throw LocalFilesError.unrecognisedFile(path) }
            return tinkerLayout(directory: directory, fileName: fileName, explicit: true)
        case "json":
            let name =
                directoryName.hasPrefix("checkpoint-")
                ? url.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent + "/" + directoryName
                : (fileName == "trainer_state.json" ? directoryName : Self.trimmed(stem, suffix: "_trainer_state"))
            return RunLayout(
                id: JobID(url.path), name: name, format: .huggingFaceTrainer, directory: directory,
                metricsPath: url.path, isExplicitFile: true)
        case "csv":
            return lightningLayout(directory: directory, fileName: fileName, explicit: true)
        default:
            throw LocalFilesError.unrecognisedFile(path)
        }
    }

    /// Every run under the directory `root`, ordered by path.
    static func layouts(under root: String) -> [RunLayout] {
        var found: [RunLayout] = []
        var pending = [(URL(fileURLWithPath: root).standardizedFileURL.path, 0)]
        var visited = 0
        while let (directory, depth) = pending.popLast(), visited < maximumDirectories {
            visited += 1
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            found += runs(in: directory, names: names)
            guard depth < maximumDepth else { continue }
            for name in names.reversed() where !name.hasPrefix(".") && !name.hasPrefix("checkpoint-") {
                guard !skippedDirectories.contains(name) else { continue }
                let child = directory + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                    pending.append((child, depth + 1))
                }
            }
        }
        return found.sorted { $0.id < $1.id }
    }

    /// The runs whose files sit directly in `directory`.
    private static func runs(in directory: String, names: [String]) -> [RunLayout] {
        var result: [RunLayout] = []
        for name in names {
            if name == "metrics.jsonl" || name.hasSuffix("_metrics.jsonl") {
                result.append(tinkerLayout(directory: directory, fileName: name, explicit: false))
            } else if name == "metrics.csv" {
                result.append(lightningLayout(directory: directory, fileName: name, explicit: false))
            }
        }
        let hasState = names.contains("trainer_state.json")
        let checkpointStates = names.filter { $0.hasPrefix("checkpoint-") }.contains {
            FileManager.default.fileExists(atPath: directory + "/" + $0 + "/trainer_state.json")
        }
        if hasState || checkpointStates {
            let path = directory + "/trainer_state.json"
            result.append(
                RunLayout(
                    id: JobID(path), name: URL(fileURLWithPath: directory).lastPathComponent,
                    format: .huggingFaceTrainer, directory: directory, metricsPath: path, isExplicitFile: false))
        }
        return result
    }

    /// `stem` without `suffix`, unless nothing would be left.
    private static func trimmed(_ stem: String, suffix: String) -> String {
        stem.hasSuffix(suffix) && stem.count > suffix.count ? String(stem.dropLast(suffix.count)) : stem
    }

    private static func tinkerLayout(directory: String, fileName: String, explicit: Bool) -> RunLayout {
        let directoryName = URL(fileURLWithPath: directory).lastPathComponent
        var prefix: String?
        var name = directoryName
        if fileName != "metrics.jsonl" {
            let stem = String(fileName.dropLast(".jsonl".count))
            if stem.hasSuffix("_metrics") {
                prefix = String(stem.dropLast("metrics".count))
                name = String(stem.dropLast("_metrics".count))
            } else {
                name = stem
            }
        }
        let checkpointsName = fileName.replacingOccurrences(of: "metrics", with: "checkpoints")
        return RunLayout(
            id: JobID(directory + "/" + fileName), name: name, format: .tinkerCookbook, directory: directory,
            metricsPath: directory + "/" + fileName,
            checkpointsPath: checkpointsName == fileName ? nil : directory + "/" + checkpointsName,
            filePrefix: prefix, isExplicitFile: explicit)
    }

    private static func lightningLayout(directory: String, fileName: String, explicit: Bool) -> RunLayout {
        let url = URL(fileURLWithPath: directory)
        let name =
            url.lastPathComponent.hasPrefix("version_")
            ? url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
            : url.lastPathComponent
        return RunLayout(
            id: JobID(directory + "/" + fileName), name: name, format: .lightningCSV, directory: directory,
            metricsPath: directory + "/" + fileName, isExplicitFile: explicit)
    }
}
