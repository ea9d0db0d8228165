import Foundation
import RuntopTerminal
import Testing

/// The OSC sequences for clipboard and notifications.
@Suite("Terminal control sequences")
struct TerminalControlSequencesTests {
    @Test func clipboardSequenceCarriesBase64OfTheText() {
        #expect(TerminalControlSequences.copyToClipboard("tinker://run:train:0/weights/final")
            == "\u{1B}]52;c;dGlua2VyOi8vcnVuOnRyYWluOjAvd2VpZ2h0cy9maW5hbA==\u{07}")
    }

    @Test func notificationCannotBeEndedEarlyByItsText() {
        let sequence = TerminalControlSequences.desktopNotification(title: "job;done", body: "loss\u{07} 0.3\u{1B}]")
        #expect(sequence == "\u{1B}]9;job,done: loss 0.3]\u{07}\u{1B}]777;notify;job,done;loss 0.3]\u{07}")
    }

    @Test func insideTmuxTheSequenceIsAlsoWrappedForPassthrough() {
        let raw = TerminalControlSequences.copyToClipboard("x")
        #expect(TerminalControlSequences.forTmux(raw, environment: [:]) == raw)
        let wrapped = TerminalControlSequences.forTmux(raw, environment: ["TMUX": "/tmp/tmux-0/default,1,0"])
        #expect(wrapped.hasPrefix(raw + "\u{1B}Ptmux;\u{1B}\u{1B}]52;"))
        #expect(wrapped.hasSuffix("\u{07}\u{1B}\\"))
    }
}
