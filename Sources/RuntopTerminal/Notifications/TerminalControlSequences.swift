import Foundation

/// Escape sequences runtop sends outside curses' drawing: clipboard and desktop notifications. They work over
/// SSH because the terminal on the operator's side acts on them.
public enum TerminalControlSequences {
    /// OSC 52: put `text` on the clipboard (`c`) of the terminal the operator is looking at.
    public static func copyToClipboard(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// OSC 9 (iTerm2, kitty, WezTerm, Windows Terminal) and OSC 777 (rxvt, foot, VTE terminals): a desktop
    /// notification with `title` and `body`. Text is stripped of controls and separators that would end the
    /// sequence early.
    public static func desktopNotification(title: String, body: String) -> String {
        let cleanTitle = sanitize(title).replacingOccurrences(of: ";", with: ",")
        let cleanBody = sanitize(body)
        return "\u{1B}]9;\(cleanTitle): \(cleanBody)\u{07}" + "\u{1B}]777;notify;\(cleanTitle);\(cleanBody)\u{07}"
    }

    /// Inside tmux (`TMUX` set) the sequence is sent twice: as is, for tmux itself to act on (`set-clipboard on`),
    /// and wrapped in tmux's passthrough, for the outer terminal (`allow-passthrough on`). Outside tmux, as is.
    public static func forTmux(_ sequence: String, environment: [String: String]) -> String {
        guard environment["TMUX"] != nil else { return sequence }
        return sequence + "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}")
            + "\u{1B}\\"
    }

    private static func sanitize(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }))
    }
}
