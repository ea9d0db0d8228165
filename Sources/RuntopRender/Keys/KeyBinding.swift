/// One row of the key map: the keys, what they do, where, and the help text.
public struct KeyBinding: Sendable, Hashable {
    /// Every key that triggers the action.
    public var keys: [Key]
    /// What the keys do.
    public var action: KeyAction
    /// Where the binding applies.
    public var context: KeyContext
    /// What the help overlay says the binding does.
    public var help: String
    /// How the help overlay spells the keys, when not simply listing them (`1…6`).
    public var keysLabel: String?

    /// Creates a binding.
    public init(
        _ keys: [Key], _ action: KeyAction, _ help: String, context: KeyContext = .global, keysLabel: String? = nil
    ) {
        self.keys = keys
        self.action = action
        self.context = context
        self.help = help
        self.keysLabel = keysLabel
    }

    /// The keys as the help overlay shows them (`↑ k`).
    public var displayedKeys: String { keysLabel ?? keys.map(\.description).joined(separator: " ") }
}
