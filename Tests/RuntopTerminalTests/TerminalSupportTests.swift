import Glibc
import RuntopRender
import Testing

@testable import RuntopTerminal

@Suite struct TerminalSupportTests {
    @Test func dumbUnknownAndUnsetTerminalsAreRejected() {
        #expect(!TerminalSupportCheck.mayBeSupported(term: "dumb"))
        #expect(!TerminalSupportCheck.mayBeSupported(term: "unknown"))
        #expect(!TerminalSupportCheck.mayBeSupported(term: ""))
        #expect(!TerminalSupportCheck.mayBeSupported(term: nil))
    }

    @Test func ordinaryTerminalsAreLeftToTerminfo() {
        #expect(TerminalSupportCheck.mayBeSupported(term: "xterm-256color"))
        #expect(TerminalSupportCheck.mayBeSupported(term: "screen"))
        #expect(TerminalSupportCheck.mayBeSupported(term: "vt100"))
    }

    @Test func unsupportedTerminalErrorSaysWhatToDoInstead() {
        let message = TerminalError.unsupportedTerminal("dumb").description
        #expect(message.contains("TERM=dumb"))
        #expect(message.contains("xterm-256color"))
    }

    @Test func utf8CodesetSpellings() {
        #expect(TerminalLocale.isUTF8(codesetName: "UTF-8"))
        #expect(TerminalLocale.isUTF8(codesetName: "utf8"))
        #expect(!TerminalLocale.isUTF8(codesetName: "ANSI_X3.4-1968"))
    }

    @Test func terminationReasonsMapSignalsAndExitStatuses() {
        #expect(TerminationReason(signalNumber: 2) == .interrupt)
        #expect(TerminationReason(signalNumber: 15) == .terminate)
        #expect(TerminationReason(signalNumber: 1) == .hangup)
        #expect(TerminationReason(signalNumber: 3) == .quit)
        #expect(TerminationReason(signalNumber: 0) == nil)
        #expect(TerminationReason.interrupt.exitStatus == 130)
    }

    @Test func resetSequenceLeavesAlternateScreenShowsCursorAndResetsAttributes() {
        let text = TerminalResetSequence.text
        #expect(text.contains("\u{1B}[?1049l"))
        #expect(text.contains("\u{1B}[?25h"))
        #expect(text.contains("\u{1B}[0m"))
    }

    @Test func onlyTheLastResizeOfABatchIsKept() {
        let events: [InputEvent] = [
            .resize(width: 80, height: 24), .key(.up), .resize(width: 100, height: 30), .key(.down),
        ]
        #expect(
            CursesTerminal.coalescingResizes(events) == [
                .key(.up), .resize(width: 100, height: 30), .key(.down),
            ])
    }

    @Test func accountingTextYieldsTheWrittenCharacterCount() {
        let text = "rchar: 6976\nwchar: 1234\nsyscr: 10\n"
        #expect(ThreadWriteCounter.writtenCharacters(inAccountingText: Array(text.utf8)) == 1234)
        #expect(ThreadWriteCounter.writtenCharacters(inAccountingText: Array("rchar: 5\n".utf8)) == nil)
    }

    @Test func threadWriteCounterSeesThisThreadsWrites() throws {
        let counter = ThreadWriteCounter()
        try #require(counter.isAvailable)
        let before = counter.bytesWrittenSoFar()
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        let payload = [UInt8](repeating: 0x41, count: 1000)
        _ = payload.withUnsafeBytes { write(devNull, $0.baseAddress, $0.count) }
        #expect(counter.bytesWrittenSoFar() - before == 1000)
    }
}
