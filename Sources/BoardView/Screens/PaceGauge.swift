import BoardModel

/// Year-to-date against the year's target: a gauge with the pace marker
/// and a mark saying on track or not, then the lines that explain it: the
/// same period last year, both year-end projections with their method,
/// and what each month left must bring. The figures are BoardModel's
/// (`YearToDate`); this only words them.
struct PaceGauge {
    var ytd: YearToDate
    var money: (Double) -> String

    /// Where the year to date should be by now: by last year's seasons
    /// when the verdict uses them (the bar passes the marker exactly when
    /// the seasonal projection reaches the target), else an even pace.
    var expectedFraction: Double {
        if ytd.verdictProjection?.method == .seasonal, let same = ytd.samePeriodLastYear,
            let full = ytd.lastYearTotal, full > 0
        {
            return same / full
        }
        return ytd.expectedFraction
    }

    func draw(_ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        let mark: StatusMark? = ytd.onTrack.map { $0 ? .onTrack : .behind }
        var x = area.x
        if let mark {
            x += mark.draw(on: &out.canvas, x: x, y: area.y, clip: area)
            x += 1
        }
        var label = c.t("chưa có mục tiêu", "no target")
        // No month of the year in the data: an empty bar that says so,
        // never "0 %" of the target.
        if ytd.monthsWithData == 0 {
            label = c.t("chưa có số liệu", "no data")
        } else if let f = ytd.fractionOfTarget {
            label = Formats.percent(fraction: f, c.lang, decimals: 1)
            // Say what the percentage is of when the bar has room to spare.
            if area.maxX - x >= 36 { label += c.t(" KH năm", " of target") }
        }
        Gauge(
            fraction: ytd.fractionOfTarget ?? 0, label: label,
            marker: ytd.target == nil || ytd.monthsWithData == 0 ? nil : expectedFraction,
            fillStyle: mark == .behind ? Style(.warn) : .barFill
        )
        .render(in: Rect(x: x, y: area.y, width: area.maxX - x, height: 1), on: &out.canvas)
    }

    /// The top of a target panel, as far as its height allows: the gauge,
    /// the year to date beside last year's, the projections, the monthly
    /// amount still needed, and one more line (`more`: wordings from the
    /// longest to the shortest). Returns the area left below them.
    func drawHeading(
        prefix: String, unit: String, more: [String], tableRows: Int, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) -> Rect {
        var lines: [(wordings: [String], style: Style)] = [
            (facts(c, prefix: prefix, unit: unit), .normal)
        ]
        let p = projections(c)
        if !p.isEmpty { lines.append((p, .normal)) }
        let r = required(c)
        if !r.isEmpty { lines.append((r, .dim)) }
        if !more.isEmpty { lines.append((more, .dim)) }
        var rest = area
        let shown = Panels.linesAbove(1 + lines.count, height: area.height, rows: tableRows)
        if shown >= 1 {
            let (g, below) = rest.splitTop(1)
            draw(c, in: g, &out)
            rest = below
        }
        for line in lines.prefix(max(0, shown - 1)) {
            let (f, below) = rest.splitTop(1)
            out.canvas.draw(Fit.first(line.wordings, width: f.width, c), x: f.x, y: f.y, style: line.style, clip: f)
            rest = below
        }
        return rest
    }

    /// The year to date, against the target, and the change on the same
    /// period last year: `XNK 2024: 704 tr / 4,50 tỷ USD · +92,6% so với
    /// cùng kỳ`. The unit always follows the first figures, so it is never
    /// the part cut off.
    func facts(_ c: Ctx, prefix: String, unit: String) -> [String] {
        // No month of the year in the data: no figure, not 0.
        let total = ytd.totalWithData.map(money) ?? "–"
        let a = ytd.target.map { total + " / " + money($0) + unit } ?? total + unit
        // The prefix names the period (`XNK T1–3/2024: `): kept before the
        // change on a year earlier is.
        guard let change = ytd.yoyPct else { return [prefix + a, a, total + unit] }
        let pct = Formats.change(change, c.lang)
        let long = c.t(" · \(pct) so với cùng kỳ", " · \(pct) on a year earlier")
        let short = c.t(" · \(pct) cùng kỳ", " · \(pct) y/y")
        return [prefix + a + long, prefix + a + short, prefix + a, a + long, a + short, a, total + unit]
    }

    /// Both year-end projections, the verdict's first with its share of
    /// the target and its method: `Ước cả năm 4,05 tỷ (90% KH, theo mùa
    /// vụ) · nhịp đều 2,82 tỷ`.
    func projections(_ c: Ctx) -> [String] {
        guard let verdict = ytd.verdictProjection else { return [] }
        let seasonal = verdict.method == .seasonal
        let method = seasonal ? c.t("theo mùa vụ", "seasonal") : c.t("nhịp đều", "straight line")
        let methodShort = seasonal ? c.t("mùa vụ", "seasonal") : c.t("nhịp đều", "straight-line")
        let reached = ytd.target.flatMap {
            $0 > 0 ? Formats.percent(fraction: verdict.value / $0, c.lang, decimals: 0) : nil
        }
        let first = money(verdict.value)
        let long = " (" + (reached.map { $0 + c.t(" KH, ", " of target, ") } ?? "") + method + ")"
        let short = " (" + (reached.map { $0 + ", " } ?? "") + methodShort + ")"
        var other = ""
        var otherShort = ""
        if seasonal, let straight = ytd.projected {
            other = c.t(" · nhịp đều ", " · straight line ") + money(straight)
            otherShort = c.t(" · nhịp đều ", " · straight-line ") + money(straight)
        }
        return [
            c.t("Ước cả năm ", "Year end ") + first + long + other,
            c.t("Ước ", "Pace ") + first + short + otherShort,
            c.t("Ước ", "Pace ") + first + short,
            c.t("Ước ", "Pace ") + first,
        ]
    }

    /// What each month left must bring to reach the target.
    func required(_ c: Ctx) -> [String] {
        guard let need = ytd.requiredMonthly, let target = ytd.target else { return [] }
        if ytd.total >= target {
            return [c.t("Đã đạt mục tiêu năm", "The year's target is reached")]
        }
        let left = 12 - ytd.month
        let amount = money(need)
        return [
            c.t(
                "Cần \(amount)/tháng trong \(left) tháng còn lại để đạt KH",
                "Needs \(amount) a month over the \(left) months left"),
            c.t("Cần \(amount)/tháng để đạt KH", "Needs \(amount) a month"),
            c.t("Cần \(amount)/tháng", "Needs \(amount)/month"),
        ]
    }

    /// The months a year to date covers: `T1–3/2024` (vi), `Jan–Mar 2024` (en).
    static func period(_ y: YearToDate, _ c: Ctx) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let m = max(1, min(12, y.month))
        if m == 1 { return c.t("T1/\(y.year)", "Jan \(y.year)") }
        return c.t("T1–\(m)/\(y.year)", "Jan–\(names[m - 1]) \(y.year)")
    }
}
