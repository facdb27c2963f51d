/// A rectangle of terminal cells. Widths and heights are never negative.
///
/// Edges are computed with saturating arithmetic, so even an absurd rect
/// (`x: Int.max`, `width: Int.max`) intersects, splits and insets without
/// trapping; widgets clip to the canvas before looping over cells.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x.saturatingAdd(width) }
    public var maxY: Int { y.saturatingAdd(height) }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(by n: Int) -> Rect {
        let twice = n.saturatingAdd(n)
        return Rect(
            x: x.saturatingAdd(n), y: y.saturatingAdd(n),
            width: width.saturatingSub(twice), height: height.saturatingSub(twice))
    }

    /// The rectangle shrunk by `dx` columns left and right and `dy` rows
    /// top and bottom (a one-column padding inside a border, for example).
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(
            x: x.saturatingAdd(dx), y: y.saturatingAdd(dy),
            width: width.saturatingSub(dx.saturatingAdd(dx)), height: height.saturatingSub(dy.saturatingAdd(dy)))
    }

    /// The first `n` rows, and what is left below them.
    public func splitTop(_ n: Int) -> (top: Rect, rest: Rect) {
        let h = min(max(0, n), height)
        return (
            Rect(x: x, y: y, width: width, height: h),
            Rect(x: x, y: y.saturatingAdd(h), width: width, height: height - h)
        )
    }

    /// The last `n` rows, and what is left above them.
    public func splitBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
        let h = min(max(0, n), height)
        return (
            Rect(x: x, y: y, width: width, height: height - h),
            Rect(x: x, y: maxY.saturatingSub(h), width: width, height: h)
        )
    }

    /// The first `n` columns, and what is left to their right.
    public func splitLeft(_ n: Int) -> (left: Rect, rest: Rect) {
        let w = min(max(0, n), width)
        return (
            Rect(x: x, y: y, width: w, height: height),
            Rect(x: x.saturatingAdd(w), y: y, width: width - w, height: height)
        )
    }

    /// The last `n` columns, and what is left to their left.
    public func splitRight(_ n: Int) -> (rest: Rect, right: Rect) {
        let w = min(max(0, n), width)
        return (
            Rect(x: x, y: y, width: width - w, height: height),
            Rect(x: maxX.saturatingSub(w), y: y, width: w, height: height)
        )
    }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    public func intersection(_ o: Rect) -> Rect {
        let x0 = max(x, o.x)
        let y0 = max(y, o.y)
        let x1 = min(maxX, o.maxX)
        let y1 = min(maxY, o.maxY)
        // Compare before subtracting: far-apart rects must not overflow.
        return Rect(x: x0, y: y0, width: x1 > x0 ? x1 - x0 : 0, height: y1 > y0 ? y1 - y0 : 0)
    }

    /// A rect of `width`×`height` centred in this one (leaning up-left),
    /// cut to fit.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width)
        let ch = min(max(0, h), height)
        return Rect(x: x.saturatingAdd((width - cw) / 2), y: y.saturatingAdd((height - ch) / 2), width: cw, height: ch)
    }

    public var description: String { "\(width)×\(height)@\(x),\(y)" }
}

extension Int {
    /// `self + other`, pinned to `Int.min`/`Int.max` instead of trapping.
    @inline(__always)
    func saturatingAdd(_ other: Int) -> Int {
        let (r, o) = addingReportingOverflow(other)
        return o ? (other > 0 ? .max : .min) : r
    }

    /// `self - other`, pinned to `Int.min`/`Int.max` instead of trapping.
    @inline(__always)
    func saturatingSub(_ other: Int) -> Int {
        let (r, o) = subtractingReportingOverflow(other)
        return o ? (other < 0 ? .max : .min) : r
    }
}
