import RuntopRender
import RuntopSources

/// How the dashboard looks and behaves, as the command line and config chose.
public struct DashboardOptions: Sendable {
    /// The source label shown in the header and status bar.
    public var sourceLabel: String
    /// Force ASCII glyphs (also chosen automatically when the locale is not UTF-8).
    public var ascii: Bool
    /// Report mouse clicks and wheel (off by default so terminal text selection keeps working).
    public var mouse: Bool
    /// Log lines held per job.
    public var logCapacity: Int
    public var schedule: PollSchedule
    /// The colour theme; nil picks the default (monochrome under NO_COLOR).
    public var theme: Theme?
    /// The theme for a terminal with this many colours (0, 8, 16, 256); wins over ``theme`` when set.
    public var themeForColorCount: (@Sendable (Int) -> Theme)?
    /// Redraw every few seconds for ages and staleness even when no data changed; off, an idle dashboard
    /// writes nothing at all (ages then move only with the next change).
    public var clockRedraws = true
    /// Send OSC 9/777 desktop notifications when a marked job ends (the bell rings either way).
    public var desktopNotifications = true
    /// A message for the status bar at start-up (e.g. why the chosen theme could not be loaded).
    public var startupMessage: String?
    /// Never send operator actions (cancel, retry, publish, …): `--read-only` or `read_only = true`.
    public var readOnly = false
    /// The config file's contexts, for `:ctx NAME`; nil when there are none to switch to.
    public var contexts: ContextSwitching?

    public init(
        sourceLabel: String, ascii: Bool = false, mouse: Bool = false, logCapacity: Int = 50_000,
        schedule: PollSchedule = PollSchedule(), theme: Theme? = nil
    ) {
        self.sourceLabel = sourceLabel
        self.ascii = ascii
        self.mouse = mouse
        self.logCapacity = logCapacity
        self.schedule = schedule
        self.theme = theme
    }
}

/// Why the dashboard ended.
public enum DashboardExit: Sendable, Equatable {
    /// The operator pressed q.
    case quit
    /// A signal asked it to stop (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT).
    case signal(String)
}
