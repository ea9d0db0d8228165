/// The identifier a control plane gives a job (a UUID for Fusion, a string for Dreadnode and Tinker).
public struct JobID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The identifier exactly as the server spells it.
    public let rawValue: String

    /// Wraps a server-side identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: JobID, rhs: JobID) -> Bool { lhs.rawValue < rhs.rawValue }
}
