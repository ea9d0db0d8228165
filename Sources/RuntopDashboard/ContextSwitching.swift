import RuntopSources

/// What the dashboard needs to switch to another context from the config file with `:ctx NAME`.
public struct ContextSwitching: Sendable {
    /// A context opened for polling: its source, the label for the header and status bar, and its schedule.
    public struct OpenedContext: Sendable {
        public var source: any JobSource
        public var label: String
        public var schedule: PollSchedule
        /// True when the context is read-only (`read_only = true`, or `--read-only` was given).
        public var isReadOnly = false

        /// Creates an opened context.
        public init(source: any JobSource, label: String, schedule: PollSchedule) {
            self.source = source
            self.label = label
            self.schedule = schedule
        }
    }

    /// The contexts the config file names, in its order.
    public var names: [String]
    /// The context the dashboard starts on, if it started on one.
    public var current: String?
    /// Builds the source of a named context; throws with an operator-facing message when it cannot.
    public var open: @Sendable (String) throws -> OpenedContext

    /// Creates a context switcher over `names`.
    public init(names: [String], current: String?, open: @escaping @Sendable (String) throws -> OpenedContext) {
        self.names = names
        self.current = current
        self.open = open
    }
}
