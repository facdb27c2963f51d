import CNcursesw

/// Escape sequences that common terminals send whatever their terminfo
/// entry says: the entry in use is often only a close relative of the
/// real terminal (PuTTY and many others run as `xterm`, the TERM fallback
/// picks one), and a key it does not list would arrive as Esc plus stray
/// characters that then trigger other bindings. Each is taught to curses
/// only where the entry leaves it free.
enum ExtraKeys {
    static let table: [(String, Int32)] = [
        ("[A", KEY_UP), ("OA", KEY_UP), ("[B", KEY_DOWN), ("OB", KEY_DOWN),
        ("[C", KEY_RIGHT), ("OC", KEY_RIGHT), ("[D", KEY_LEFT), ("OD", KEY_LEFT),
        ("[H", KEY_HOME), ("OH", KEY_HOME), ("[1~", KEY_HOME), ("[7~", KEY_HOME),
        ("[F", KEY_END), ("OF", KEY_END), ("[4~", KEY_END), ("[8~", KEY_END),
        ("[2~", KEY_IC), ("[3~", KEY_DC), ("[5~", KEY_PPAGE), ("[6~", KEY_NPAGE), ("[Z", KEY_BTAB),
        ("OP", ezb_KEY_F(1)), ("OQ", ezb_KEY_F(2)), ("OR", ezb_KEY_F(3)), ("OS", ezb_KEY_F(4)),
        ("[11~", ezb_KEY_F(1)), ("[12~", ezb_KEY_F(2)), ("[13~", ezb_KEY_F(3)), ("[14~", ezb_KEY_F(4)),
        ("[15~", ezb_KEY_F(5)), ("[17~", ezb_KEY_F(6)), ("[18~", ezb_KEY_F(7)), ("[19~", ezb_KEY_F(8)),
        ("[20~", ezb_KEY_F(9)), ("[21~", ezb_KEY_F(10)), ("[23~", ezb_KEY_F(11)), ("[24~", ezb_KEY_F(12)),
        ("OM", KEY_ENTER),
    ]

    static func install() {
        for (tail, code) in table {
            let seq = "\u{1B}" + tail
            if key_defined(seq) == 0 { _ = define_key(seq, code) }
        }
    }
}
