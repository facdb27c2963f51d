/// The six pieces of a rectangular border.
///
/// Focus is shown by the line weight as well as by `Style.focusBorder`,
/// so the focused panel stands out even without colour.
public struct BorderGlyphs: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String

    public init(
        horizontal: String, vertical: String, topLeft: String, topRight: String,
        bottomLeft: String, bottomRight: String
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// `┌─┐│└┘`
    public static let light = BorderGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘")
    /// `┏━┓┃┗┛`, for the focused panel.
    public static let heavy = BorderGlyphs(
        horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓",
        bottomLeft: "┗", bottomRight: "┛")
    /// `+-+|++`
    public static let ascii = BorderGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+")
    /// `+=+|++`, for the focused panel in ASCII.
    public static let asciiFocused = BorderGlyphs(
        horizontal: "=", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+")

    /// The glyphs for a border in a charset, focused or not.
    public static func forCharset(_ charset: Charset, focused: Bool) -> BorderGlyphs {
        switch (charset, focused) {
        case (.unicode, false): return .light
        case (.unicode, true): return .heavy
        case (.ascii, false): return .ascii
        case (.ascii, true): return .asciiFocused
        }
    }
}
