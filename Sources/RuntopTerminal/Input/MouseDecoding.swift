import CNcursesw
import RuntopRender

/// Turns curses mouse button states into ``MouseEvent`` actions.
enum MouseDecoding {
    /// The buttons the backend asks curses to report.
    static var reportedMask: mmask_t {
        MouseMask.button1Pressed | MouseMask.button1Released | MouseMask.button1Clicked
            | MouseMask.wheelUp | MouseMask.wheelDown
    }

    /// The action a button state stands for, or nil for buttons the dashboard ignores.
    static func action(forButtonState state: mmask_t) -> MouseEvent.Action? {
        if state & MouseMask.wheelUp != 0 { return .wheelUp }
        if state & MouseMask.wheelDown != 0 { return .wheelDown }
        if state & (MouseMask.button1Pressed | MouseMask.button1Clicked) != 0 { return .press }
        if state & MouseMask.button1Released != 0 { return .release }
        return nil
    }
}

/// Curses mouse button masks (function-like macros in C, read through the shim).
enum MouseMask {
    static let button1Pressed = runtop_button1_pressed()
    static let button1Released = runtop_button1_released()
    static let button1Clicked = runtop_button1_clicked()
    static let wheelUp = runtop_button4_pressed()
    static let wheelDown = runtop_button5_pressed()
}
