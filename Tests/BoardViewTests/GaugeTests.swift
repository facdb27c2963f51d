import BoardView
import Testing

@Suite("Gauge")
struct GaugeTests {
    func bar(_ f: Double, _ w: Int = 10, label: String = "", marker: Double? = nil, _ cs: Charset = .unicode) -> String
    {
        rendered(Gauge(fraction: f, label: label, marker: marker), width: w, height: 1, charset: cs).lines[0]
    }

    @Test("Fractions fill eighths of cells; out-of-range and NaN are clamped")
    func fractions() {
        #expect(bar(0) == "          ")
        #expect(bar(0.5) == "█████     ")
        #expect(bar(1) == "██████████")
        #expect(bar(1.5) == "██████████")
        #expect(bar(.infinity) == "██████████")
        #expect(bar(.nan) == "          ")
        #expect(bar(-1) == "          ")
        #expect(bar(0.55) == "█████▌    ")
        #expect(bar(0.0625) == "▋         ")
        #expect(bar(0.01) == "▏         ")
        #expect(bar(0.99) == "█████████▉")
    }

    @Test("Filled and empty cells carry their roles")
    func roles() {
        let c = rendered(Gauge(fraction: 0.5), width: 4, height: 1)
        #expect(c[1, 0].style == .barFill)
        #expect(c[2, 0].style == .barEmpty)
    }

    @Test("Label at the right, marker at the pace")
    func labelAndMarker() {
        #expect(bar(0.47, 14, label: "47%") == "████▊      47%")
        #expect(bar(0.47, 14, label: "47%", marker: 0.6) == "████▊ │    47%")
        #expect(bar(0.47, 14, label: "47%", marker: 1.0) == "████▊    │ 47%")
        #expect(bar(0.47, 14, label: "47%", marker: .nan) == "████▊      47%")
        #expect(bar(1, 5, label: "100%") == "100% ")
        #expect(bar(1, 3, label: "100%") == "10…")
        let c = rendered(Gauge(fraction: 0.47, label: "47%", marker: 0.6), width: 14, height: 3)
        assertPicture(c, named: "gauge-label-marker", styles: true)
    }

    @Test("ASCII: # on . rounded to whole cells, marker |")
    func ascii() {
        #expect(bar(0.47, 14, label: "47%", .ascii) == "#####..... 47%")
        #expect(bar(0.47, 14, label: "47%", marker: 0.6, .ascii) == "#####.|... 47%")
        #expect(bar(0.04, 10, .ascii) == "..........")
        #expect(bar(1, 10, .ascii) == "##########")
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(Gauge(fraction: 0.7, label: "70%", marker: 0.5))
        assertSafeInAwkwardAreas(Gauge(fraction: .nan, marker: .infinity))
    }
}

@Suite("Sparkline")
struct SparklineTests {
    func line(_ v: [Double?], _ w: Int = 8, max: Double? = nil, _ cs: Charset = .unicode) -> String {
        rendered(Sparkline(v, maxValue: max), width: w, height: 1, charset: cs).lines[0]
    }

    @Test("Values scale to the largest")
    func scaling() {
        #expect(line([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(line([10, 20, 40, 80]) == "▂▃▅█    ")
        #expect(line([5, 5, 5]) == "███     ")
        #expect(line([1, 2], max: 4) == "▃▅      ")
        #expect(line([8, 2], max: 4) == "█▅      ")
    }

    @Test("All zero draws the lowest bar; nil and NaN a space; negatives the lowest")
    func edges() {
        #expect(line([0, 0, 0]) == "▁▁▁     ")
        #expect(line([3, nil, 6, .nan, -2]) == "▅ █ ▁   ")
        #expect(line([]) == "        ")
        #expect(line([nil, nil]) == "        ")
    }

    @Test("Too many values: the last ones are shown")
    func lastValues() {
        #expect(line([100, 0, 1, 2, 3, 4, 5, 6, 7], 8) == "▁▂▃▄▅▆▇█")
        #expect(line(Array(0...20).map(Double.init), 3) == "▇██")
    }

    @Test("Several rows stack eighth blocks")
    func tall() {
        // 16 levels: zero is level 1, the max level 16; 8 is 1 + round(7.5) = 9.
        let c = rendered(Sparkline([0, 2, 4, 8, 16]), width: 5, height: 2)
        #expect(c.lines == ["   ▁█", "▁▃▅██"])
    }

    @Test("ASCII ramp")
    func ascii() {
        #expect(line([0, 1, 2, 3, 4], 5, .ascii) == "_.-=^")
        #expect(line([0, 0], 2, .ascii) == "__")
        let c = rendered(Sparkline([0, 5, 10]), width: 3, height: 2, charset: .ascii)
        #expect(c.lines == [" _^", "_##"])
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(Sparkline([1, nil, 3, .nan, .infinity, -4, 0]))
        assertSafeInAwkwardAreas(Sparkline([]))
    }
}
