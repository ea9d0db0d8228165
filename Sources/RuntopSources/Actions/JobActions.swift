import RuntopCore

/// The operator actions a source can send to its control plane (cancel, retry, publish, …), beside the reads of
/// ``JobSource``. A source without any does not conform; the dashboard then offers none.
public protocol JobActions: Sendable {
    /// Which actions the source's dialect has; the dashboard refuses the others with a reason.
    var operatorCapabilities: OperatorCapabilities { get }

    /// Sends `request` and returns once the control plane accepted it.
    ///
    /// Throws ``SourceError`` carrying the server's own message when it refused (`HTTP 409: Job already
    /// succeeded`), or ``OperatorActionError`` when the source cannot send that action at all.
    func perform(_ request: OperatorRequest) async throws
}

extension JobSource {
    /// The source's operator actions, or nil when it has none.
    public var actions: (any JobActions)? { self as? any JobActions }
}
