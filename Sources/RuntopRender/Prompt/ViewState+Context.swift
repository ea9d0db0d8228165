import RuntopCore

/// Switching between the config file's contexts (`:ctx NAME`).
extension ViewState {
    /// Asks the dashboard to poll the context named `query` (or the only one it starts); without a name, lists
    /// the contexts.
    mutating func switchContext(_ query: String) -> [ViewEffect] {
        guard !contextNames.isEmpty else {
            statusMessage = "no contexts: add [contexts.NAME] to ~/.config/runtop/config.toml"
            return [.bell]
        }
        let listing = contextNames.map { $0 == currentContext ? "*\($0)" : $0 }.joined(separator: " ")
        guard !query.isEmpty else {
            statusMessage = "contexts: \(listing)"
            return []
        }
        let lowered = query.lowercased()
        let exact = contextNames.first { $0.lowercased() == lowered }
        let prefixed = contextNames.filter { $0.lowercased().hasPrefix(lowered) }
        guard let name = exact ?? (prefixed.count == 1 ? prefixed.first : nil) else {
            statusMessage =
                prefixed.isEmpty ? "no context \"\(query)\" (contexts: \(listing))" : "ambiguous: \(prefixed.joined(separator: " "))"
            return [.bell]
        }
        guard name != currentContext else {
            statusMessage = "already on context \(name)"
            return []
        }
        statusMessage = "switching to context \(name)…"
        return [.switchContext(name)]
    }

    /// Forgets what belonged to the previous context (selection, marks, per-job scrolling, the job filter) and
    /// keeps how the operator likes to look at things (focus, zoom, chart mode, smoothing, wrap, timestamps).
    public mutating func resetForNewContext(named name: String) {
        currentContext = name
        selectedJobID = nil
        selectedJobIndexHint = 0
        jobListScrollOffset = 0
        markedJobIDs = []
        jobQuery.text = ""
        resetPerJobState()
        statusMessage = "context \(name)"
    }
}
