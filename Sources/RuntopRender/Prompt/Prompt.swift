/// The one-line input at the bottom of the screen, opened by `/` or `:`.
public struct Prompt: Sendable, Equatable {
    /// What the typed text is for.
    public enum Purpose: Sendable, Equatable {
        /// Filters the job list as it is typed.
        case jobFilter
        /// Searches the log as it is typed.
        case logSearch
        /// A `:` command run by Enter.
        case command
    }

    /// What the typed text is for.
    public var purpose: Purpose
    /// The text typed so far.
    public var text: String

    /// A prompt for `purpose` holding `text`.
    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    /// The character shown before the text.
    public var leader: String { purpose == .command ? ":" : "/" }
}
