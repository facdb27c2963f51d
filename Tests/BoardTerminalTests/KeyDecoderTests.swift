import BoardView
import CNcursesw
import Testing

@testable import BoardTerminal

/// Every input curses can hand over, and the key it must become.
@Suite struct KeyDecoderTests {
    static let characters: [(UInt32, Key?)] = [
        (0x61, .char("a")), (0x51, .char("Q")), (0x20, .char(" ")), (0x2F, .char("/")), (0x3F, .char("?")),
        (0x31, .char("1")),
        // Non-ASCII, already decoded from UTF-8 by ncursesw.
        (0xEA, .char("ê")), (0x1EA1, .char("ạ")), (0x0111, .char("đ")), (0x4E2D, .char("中")),
        (13, .enter), (10, .enter),
        (27, .escape),
        (127, .backspace), (8, .backspace),
        (9, .tab),
        (12, .ctrl("l")), (1, .ctrl("a")), (26, .ctrl("z")), (3, .ctrl("c")), (0, .ctrl("@")), (31, .ctrl("_")),
        (0x85, nil), (0x9B, nil),  // C1 controls
        (0xD800, nil),  // not a scalar
    ]

    @Test(arguments: characters)
    func character(_ code: UInt32, _ key: Key?) {
        #expect(KeyDecoder.decode(.character(code)) == key)
    }

    static let keyCodes: [(Int32, Key?)] = [
        (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_A3, .pageUp), (KEY_C3, .pageDown),
        (KEY_HOME, .home), (KEY_END, .end),
        (KEY_FIND, .home), (KEY_SELECT, .end), (KEY_A1, .home), (KEY_C1, .end), (KEY_LL, .end),
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert),
        (KEY_BTAB, .backTab), (KEY_RESIZE, .resize),
        (ezb_KEY_F(1), .function(1)), (ezb_KEY_F(5), .function(5)), (ezb_KEY_F(12), .function(12)),
        (ezb_KEY_F(0), nil), (KEY_MOUSE, nil), (KEY_SLEFT, nil), (0x7FFF, nil),
    ]

    @Test(arguments: keyCodes)
    func keyCode(_ code: Int32, _ key: Key?) {
        #expect(KeyDecoder.decode(.keyCode(code)) == key)
    }

    @Test func functionKeysOneToTwelve() {
        for n in 1...12 {
            #expect(KeyDecoder.decode(.keyCode(ezb_KEY_F(Int32(n)))) == .function(n))
        }
    }

    @Test func mouse() {
        #expect(
            KeyDecoder.decodeMouse(buttons: EZB_BUTTON1_PRESSED, x: 3, y: 4) == .mouse(MouseEvent(.press, x: 3, y: 4)))
        #expect(
            KeyDecoder.decodeMouse(buttons: EZB_BUTTON1_CLICKED, x: 0, y: 0) == .mouse(MouseEvent(.press, x: 0, y: 0)))
        #expect(
            KeyDecoder.decodeMouse(buttons: EZB_BUTTON4_PRESSED, x: 9, y: 1) == .mouse(MouseEvent(.wheelUp, x: 9, y: 1))
        )
        #expect(
            KeyDecoder.decodeMouse(buttons: EZB_BUTTON5_PRESSED, x: 9, y: 1)
                == .mouse(MouseEvent(.wheelDown, x: 9, y: 1)))
        #expect(KeyDecoder.decodeMouse(buttons: EZB_BUTTON1_RELEASED, x: 3, y: 4) == nil)
        #expect(KeyDecoder.decodeMouse(buttons: 0, x: 3, y: 4) == nil)
    }

    @Test func names() {
        #expect(KeyName.of(.ctrl("l")) == "ctrl-l")
        #expect(KeyName.of(.function(5)) == "F5")
        #expect(KeyName.of(.backTab) == "shift-tab")
        #expect(KeyName.of(.char(" ")) == "space")
        #expect(KeyName.of(.mouse(MouseEvent(.wheelDown, x: 1, y: 2))) == "wheel-down 1,2")
    }
}
