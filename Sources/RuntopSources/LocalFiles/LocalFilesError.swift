/// Why ``LocalFilesSource`` could not start on the paths it was given.
public enum LocalFilesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No path was given.
    case noPaths
    /// Nothing exists at the path.
    case notFound(String)
    /// A file that is none of the known trainer outputs (`*.jsonl`, `trainer_state.json`/`*.json`, `*.csv`).
    case unrecognisedFile(String)

    public var description: String {
        switch self {
        case .noPaths: "no path given"
        case .notFound(let path): "no such file or directory: \(path)"
        case .unrecognisedFile(let path):
            "not a known trainer output (metrics.jsonl, trainer_state.json, metrics.csv): \(path)"
        }
    }
}
