import Testing

@testable import RuntopTerminal

@Suite struct MouseDecodingTests {
    @Test func buttonOnePressAndClickAreAPress() {
        #expect(MouseDecoding.action(forButtonState: MouseMask.button1Pressed) == .press)
        #expect(MouseDecoding.action(forButtonState: MouseMask.button1Clicked) == .press)
    }

    @Test func buttonOneReleaseIsARelease() {
        #expect(MouseDecoding.action(forButtonState: MouseMask.button1Released) == .release)
    }

    @Test func wheelButtonsScroll() {
        #expect(MouseDecoding.action(forButtonState: MouseMask.wheelUp) == .wheelUp)
        #expect(MouseDecoding.action(forButtonState: MouseMask.wheelDown) == .wheelDown)
    }

    @Test func otherButtonsAreIgnored() {
        #expect(MouseDecoding.action(forButtonState: 0) == nil)
    }

    @Test func reportedMaskCoversEveryDecodedButton() {
        let mask = MouseDecoding.reportedMask
        for button in [MouseMask.button1Pressed, MouseMask.button1Released, MouseMask.wheelUp, MouseMask.wheelDown] {
            #expect(mask & button == button)
        }
    }
}
