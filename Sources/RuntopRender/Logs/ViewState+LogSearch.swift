import Foundation
import RuntopCore

/// Log search (`/`, `n`, `N`), the level filter and payload expansion.
extension ViewState {
    /// Indices of the held lines the level filter shows; nil when it shows every line.
    func shownLogIndices(_ logs: LogTail) -> [Int]? {
        guard logLevelFilter != .all else { return nil }
        return logs.lines.indices.filter { logLevelFilter.admits(logs.lines[$0]) }
    }

    /// True when `text` contains the search (case-insensitive).
    static func matches(_ text: String, search: String) -> Bool {
        text.range(of: search, options: .caseInsensitive) != nil
    }

    /// Shows the next newer (or older) line matching the search, wrapping around, and pauses follow there.
    /// Without a current match it starts from the bottom line shown, which counts as a match.
    mutating func jumpToLogMatch(newer: Bool, store: DataStore) -> [ViewEffect] {
        guard let search = logSearch, !search.isEmpty else {
            statusMessage = "no search: / starts one"
            return [.bell]
        }
        guard let logs = selectedLogs(store), !logs.isEmpty else {
            statusMessage = "no match for \"\(search)\""
            return [.bell]
        }
        let matching = logs.lines.indices.filter { index in
            let line = logs.lines[index]
            return logLevelFilter.admits(line) && Self.matches(line.text, search: search)
        }
        guard !matching.isEmpty else {
            statusMessage = "no match for \"\(search)\""
            return [.bell]
        }
        let position: Int
        var wrapped = false
        if let current = logSearchMatchSeq.map({ logs.insertionIndex(of: $0) }) {
            if newer {
                if let next = matching.firstIndex(where: { $0 > current }) {
                    position = next
                } else {
                    position = 0
                    wrapped = true
                }
            } else {
                if let previous = matching.lastIndex(where: { $0 < current }) {
                    position = previous
                } else {
                    position = matching.count - 1
                    wrapped = true
                }
            }
        } else {
            let bottom = LogTailPane.bottomIndex(logs: logs, view: self)
            position = matching.lastIndex(where: { $0 <= bottom }) ?? matching.count - 1
        }
        let seq = logs.lines[matching[position]].seq
        pauseLog(at: seq)
        logSearchMatchSeq = seq
        statusMessage = "match \(position + 1)/\(matching.count)" + (wrapped ? " (wrapped)" : "")
        return []
    }

    /// Expands or collapses the payload of the current match, else of the lowest line on screen that has one.
    mutating func toggleLogPayload(store: DataStore) -> [ViewEffect] {
        guard let logs = selectedLogs(store), !logs.isEmpty else { return [.bell] }
        var target: Int?
        if let seq = logSearchMatchSeq {
            let index = logs.insertionIndex(of: seq)
            if index < logs.count, logs.lines[index].seq == seq, logs.lines[index].payload != nil { target = seq }
        }
        if target == nil {
            var index = LogTailPane.bottomIndex(logs: logs, view: self)
            var seen = 0
            while index >= 0, seen < logVisibleRows {
                let line = logs.lines[index]
                if logLevelFilter.admits(line) {
                    if line.payload != nil {
                        target = line.seq
                        break
                    }
                    seen += 1
                }
                index -= 1
            }
        }
        guard let target else {
            statusMessage = "no structured payload on screen"
            return [.bell]
        }
        if expandedLogSeqs.remove(target) == nil {
            expandedLogSeqs.insert(target)
            statusMessage = "payload expanded"
        } else {
            statusMessage = "payload collapsed"
        }
        return []
    }
}
