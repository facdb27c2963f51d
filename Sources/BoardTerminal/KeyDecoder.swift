import BoardView
import CNcursesw

/// What one `wget_wch` call returned, before it means anything.
public enum RawInput: Hashable, Sendable {
    /// `OK`: a character (a Unicode scalar, or a C0 control code).
    case character(UInt32)
    /// `KEY_CODE_YES`: a curses key code such as `KEY_UP`.
    case keyCode(Int32)
}

/// Turns what curses read into a `Key`. Pure, so that the whole table is
/// tested without a terminal; `Terminal` only feeds it.
///
/// Alt/Meta: a terminal sends Alt-x as Esc followed by `x`. ncurses hands
/// these over as two reads, so they decode as `.escape` then `.char("x")`.
/// ezboard binds no Alt keys, and Esc is "back", so this is harmless.
///
/// Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M are the same bytes as Backspace, Tab
/// and Enter, and decode as those.
public enum KeyDecoder {
    public static func decode(_ raw: RawInput) -> Key? {
        switch raw {
        case .character(let c): decodeCharacter(c)
        case .keyCode(let k): decodeKeyCode(k)
        }
    }

    static func decodeCharacter(_ c: UInt32) -> Key? {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(c) + 0x60)))
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(c) + 0x40)))
        case 0x80...0x9F: return nil  // C1 controls: nothing a key sends
        default:
            guard let s = Unicode.Scalar(c) else { return nil }
            return .char(Character(s))
        }
    }

    static func decodeKeyCode(_ k: Int32) -> Key? {
        switch k {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        // KEY_FIND/KEY_SELECT: what vt220-style terminals (and some
        // xterm settings) send for the Home/End keys of the editing pad.
        case KEY_HOME, KEY_FIND, KEY_A1, KEY_SHOME: return .home
        case KEY_END, KEY_SELECT, KEY_C1, KEY_LL, KEY_SEND: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case (EZB_KEY_F0 + 1)...EZB_KEY_F63: return .function(Int(k - EZB_KEY_F0))
        default: return nil
        }
    }

    /// A mouse report (`getmouse`): a press of the first button, or the
    /// wheel. Releases and other buttons decode as nothing.
    public static func decodeMouse(buttons: mmask_t, x: Int, y: Int) -> Key? {
        if buttons & EZB_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if buttons & EZB_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if buttons & (EZB_BUTTON1_PRESSED | EZB_BUTTON1_CLICKED) != 0 {
            return .mouse(MouseEvent(.press, x: x, y: y))
        }
        return nil
    }
}
