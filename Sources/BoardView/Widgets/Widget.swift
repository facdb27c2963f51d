/// Something that draws itself into a rectangle of a canvas.
///
/// As in ratatui, a widget is a small value built fresh for each frame from
/// the state; it never touches the terminal and never draws outside `area`.
/// Every widget first clips `area` to the canvas, so any rect, empty,
/// offscreen or absurdly large, is safe to pass.
public protocol Widget {
    func render(in area: Rect, on canvas: inout Canvas)
}
