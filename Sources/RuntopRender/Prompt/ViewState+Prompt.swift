import RuntopCore

/// Keys while the `/` or `:` prompt is open: printable keys are typed, the prompt context's bindings edit,
/// apply or cancel it. A job filter and a log search apply as they are typed.
extension ViewState {
    /// Applies one key to the open prompt.
    mutating func handlePromptKey(_ key: Key, store: DataStore, keyMap: KeyMap) -> [ViewEffect] {
        guard var prompt else { return [] }
        if let action = keyMap.action(for: key, in: .prompt) {
            switch action {
            case .submitPrompt:
                self.prompt = nil
                return submit(prompt, store: store)
            case .cancelPrompt:
                self.prompt = nil
                return cancel(prompt, store: store)
            case .deletePromptCharacter:
                guard !prompt.text.isEmpty else { return [.bell] }
                prompt.text.removeLast()
            case .clearPrompt:
                prompt.text = ""
            default:
                return [.bell]
            }
        } else if case .character(let character) = key {
            prompt.text.append(character)
        } else if case .control = key, keyMap.action(for: key, focusedPane: .jobs) == .quit {
            return [.quit]
        } else {
            return [.bell]
        }
        self.prompt = prompt
        return applyAsTyped(prompt, store: store)
    }

    /// Filters or highlights as the text changes.
    private mutating func applyAsTyped(_ prompt: Prompt, store: DataStore) -> [ViewEffect] {
        switch prompt.purpose {
        case .jobFilter:
            jobQuery.text = prompt.text
            return reconcile(with: store)
        case .logSearch:
            logSearch = prompt.text.isEmpty ? nil : prompt.text
            return []
        case .command:
            return []
        }
    }

    /// Enter: keeps a filter, jumps to the newest search match, runs a command.
    private mutating func submit(_ prompt: Prompt, store: DataStore) -> [ViewEffect] {
        switch prompt.purpose {
        case .jobFilter:
            jobQuery.text = prompt.text
            statusMessage = prompt.text.isEmpty ? "job filter cleared" : "filtering jobs by \"\(prompt.text)\""
            return reconcile(with: store)
        case .logSearch:
            guard !prompt.text.isEmpty else {
                logSearch = nil
                logSearchMatchSeq = nil
                return []
            }
            logSearch = prompt.text
            logSearchMatchSeq = nil
            return jumpToLogMatch(newer: false, store: store)
        case .command:
            return runCommand(prompt.text, store: store)
        }
    }

    /// Esc: clears what the prompt was filtering or searching.
    private mutating func cancel(_ prompt: Prompt, store: DataStore) -> [ViewEffect] {
        switch prompt.purpose {
        case .jobFilter:
            jobQuery.text = ""
            return reconcile(with: store)
        case .logSearch:
            logSearch = nil
            logSearchMatchSeq = nil
            return []
        case .command:
            return []
        }
    }
}
