import Testing

@testable import RuntopRender

@Suite("Key map and help")
struct KeyMapTests {
    @Test func helpListsEveryKeyMapBinding() {
        var buffer = CellBuffer(width: 120, height: 40)
        HelpOverlay().render(into: &buffer, area: buffer.bounds, theme: .monochrome, glyphs: .unicode)
        let text = buffer.text
        for binding in KeyMap.standard.bindings {
            let row = buffer.lines().first { $0.contains(binding.help) }
            #expect(row != nil, "help shows \(binding.help)")
            #expect(row?.contains(binding.displayedKeys) == true, "help shows the keys of \(binding.help)")
        }
        for context in KeyContext.allCases { #expect(text.contains(context.heading)) }
    }

    @Test func paneContextBindingWinsOverTheGlobalOne() {
        let keyMap = KeyMap.standard
        #expect(keyMap.action(for: .character("k"), focusedPane: .jobs) == .selectPreviousJob)
        #expect(keyMap.action(for: .character("k"), focusedPane: .logs) == .scrollLogUp)
        #expect(keyMap.action(for: .character("q"), focusedPane: .logs) == .quit)
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = KeyMap.standard.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }
}
