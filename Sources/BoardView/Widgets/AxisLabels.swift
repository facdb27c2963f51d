/// The labels under a chart's slots, every k-th for the smallest k at
/// which none collide or run past the row, none ever cut. With long
/// labels and periods (a date with its year, the slot's year), the first
/// label drawn and the first drawn in each new period are the long ones,
/// so an axis that crosses a year says which; when not even one long
/// label fits, the short ones alone.
struct AxisLabels {
    var labels: [String]
    var longLabels: [String] = []
    var periods: [Int] = []

    /// Where the shown slots are: slot `first + j` of the labels starts at
    /// column `starts[j]` and is `width` columns wide; no label starts
    /// left of `minX`.
    struct Slots {
        var first: Int
        var starts: [Int]
        var width: Int
        var minX: Int
    }

    func draw(_ slots: Slots, y: Int, on canvas: inout Canvas, clip: Rect) {
        let end = slots.first + slots.starts.count
        let canBeLong = longLabels.count >= end && periods.count >= end
        for long in canBeLong ? [true, false] : [false] {
            guard let k = stride(slots, long: long, canvas.charset, clip) else { continue }
            for s in spots(slots, stride: k, long: long, canvas.charset) {
                canvas.draw(s.text, x: s.x, y: y, style: .dim, clip: clip)
            }
            return
        }
    }

    /// The labels drawn at stride k: where, how wide, which text.
    private func spots(_ slots: Slots, stride k: Int, long: Bool, _ cs: Charset) -> [(
        x: Int, width: Int, text: String
    )] {
        var out: [(x: Int, width: Int, text: String)] = []
        var lastPeriod: Int?
        for j in Swift.stride(from: 0, to: slots.starts.count, by: k) {
            let slot = slots.first + j
            guard slot < labels.count, !labels[slot].isEmpty else { continue }
            var text = labels[slot]
            if long, lastPeriod != periods[slot] {
                text = longLabels[slot]
                lastPeriod = periods[slot]
            }
            let w = TextLayout.width(text, charset: cs)
            out.append((max(slots.minX, slots.starts[j] + (slots.width - w) / 2), w, text))
        }
        return out
    }

    /// The smallest stride at which the labels neither collide nor leave
    /// the row; nil when none does.
    private func stride(_ slots: Slots, long: Bool, _ cs: Charset, _ clip: Rect) -> Int? {
        guard !slots.starts.isEmpty else { return nil }
        return (1...slots.starts.count).first { k in
            var end = Int.min
            for s in spots(slots, stride: k, long: long, cs) {
                if s.x < end + 1 || s.x < clip.x || s.x + s.width > clip.maxX { return false }
                end = s.x + s.width
            }
            return true
        }
    }
}
