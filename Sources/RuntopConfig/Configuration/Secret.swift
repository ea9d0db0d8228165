/// A credential (an API token) that never shows itself in descriptions, debug output, mirrors or logs.
///
/// Read it with `revealedValue` only where it is sent.
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps `value`.
    public init(_ value: String) { self.value = value }

    /// The credential itself: for the `Authorization` header, nowhere else.
    public var revealedValue: String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
