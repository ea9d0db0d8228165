/// The API a context talks to.
public enum ContextDialect: String, Sendable, Equatable, CaseIterable {
    /// A Fusion jobs API (`url`).
    case fusion
    /// Dreadnode hosted training (`url`, `org`, `workspace`).
    case dreadnode
    /// Tinker (`url`).
    case tinker
    /// Local trainer output files (`paths`).
    case files
}
