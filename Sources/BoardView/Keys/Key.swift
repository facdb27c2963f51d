/// A key press, mouse event or resize, decoded from whatever the terminal
/// sent. The key map and the navigation speak only this.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, e.g. `.ctrl("l")`.
    case ctrl(Character)
    case enter, escape, backspace, tab, backTab, delete, insert
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
