import RuntopCore

/// Why a source could not even send an operator action (the server was never asked).
public enum OperatorActionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The dialect has no such action.
    case unsupported(OperatorActionKind, dialect: String)
    /// The checkpoint's path is not one the action can address (`not a tinker:// path: s3://…`).
    case unaddressableCheckpoint(String)

    public var description: String {
        switch self {
        case .unsupported(let kind, let dialect): "\(dialect) has no \(kind.rawValue) action"
        case .unaddressableCheckpoint(let path): "not a tinker:// checkpoint path: \(path)"
        }
    }
}
