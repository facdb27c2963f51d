/// The two languages of every label and number (`--lang`, `L` on screen).
public enum Lang: String, CaseIterable, Sendable {
    /// Vietnamese, the users' language and the default.
    case vi
    case en

    public var toggled: Lang { self == .vi ? .en : .vi }

    /// The label in this language: labels live next to their use as
    /// (Vietnamese, English) pairs, so no label can exist in one only.
    @inline(__always)
    public func pick(_ vi: String, _ en: String) -> String { self == .vi ? vi : en }
}

/// Numbers as people read them: `42.564 tỷ đồng`, `2,1 tỷ USD` in
/// Vietnamese; `42,564 bn VND`, `2.1 bn USD` in English. Never uses the C
/// locale (under vi_VN, C formatting would change `.` to `,` behind our back).
public enum Formats {
    /// Digits with thousands grouped: `42.564` (vi), `42,564` (en).
    public static func integer(_ v: Int, _ lang: Lang) -> String {
        let sep: Character = lang == .vi ? "." : ","
        let digits = String(v.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(sep) }
            out.append(c)
        }
        return v < 0 ? "-" + out : out
    }

    /// A number with `decimals` places (trailing zeros kept), grouped:
    /// `1.234,5` (vi), `1,234.5` (en).
    ///
    /// Any finite value is formatted, never trapped on: data values stop at
    /// 10^15 (`NumberParsing.maxMagnitude`), but a share of a tiny target
    /// or a sum need not. Up to 2^53 the digits are exact; beyond, whole
    /// numbers up to Int's range are shown whole, and past it in
    /// scientific form (`1,23e+20`).
    public static func decimal(_ v: Double, _ decimals: Int, _ lang: Lang) -> String {
        guard v.isFinite else { return "–" }
        let places = min(max(decimals, 0), 15)
        let scale = NumberParsing.powersOfTen[places]
        let scaled = (v.magnitude * scale).rounded()
        guard scaled < 9.007_199_254_740_992e15 else { return large(v, places, lang) }
        let whole = Int((scaled / scale).rounded(.down))
        var frac = Int(scaled - Double(whole) * scale)
        if frac < 0 { frac = 0 }
        var text = integer(whole, lang)
        if places > 0 {
            let f = String(frac)
            text += (lang == .vi ? "," : ".") + String(repeating: "0", count: max(0, places - f.count)) + f
        }
        return (v < 0 && scaled > 0 ? "-" : "") + text
    }

    /// A value too large for `places` exact decimals: whole (its decimals
    /// would be noise) while it fits an Int, else `1,23e+20`.
    private static func large(_ v: Double, _ places: Int, _ lang: Lang) -> String {
        let m = v.magnitude
        let sign = v < 0 ? "-" : ""
        let point = lang == .vi ? "," : "."
        if m < 9.2e18 {
            let zeros = places > 0 ? point + String(repeating: "0", count: places) : ""
            return sign + integer(Int(m.rounded()), lang) + zeros
        }
        var exponent = 0
        var mantissa = m
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        var hundredths = Int((mantissa * 100).rounded())
        if hundredths >= 1000 {
            hundredths /= 10
            exponent += 1
        }
        let frac = hundredths % 100
        return sign + "\(hundredths / 100)" + point + (frac < 10 ? "0" : "") + "\(frac)e+\(exponent)"
    }

    /// A whole number from a Double, grouped (`decimal` with no places).
    public static func whole(_ v: Double, _ lang: Lang) -> String { decimal(v, 0, lang) }

    /// USD amounts: `2,1 tỷ USD` / `2.1 bn USD`, `704 triệu USD` / `704 M USD`.
    public static func usd(_ v: Double, _ lang: Lang) -> String {
        let a = v.magnitude
        if a >= 1e9 { return decimal(v / 1e9, a >= 1e11 ? 0 : 1, lang) + (lang == .vi ? " tỷ USD" : " bn USD") }
        if a >= 1e6 { return decimal(v / 1e6, a >= 1e8 ? 0 : 1, lang) + (lang == .vi ? " triệu USD" : " M USD") }
        return whole(v, lang) + " USD"
    }

    /// Compact USD for narrow columns: `2,1 tỷ`, `704 tr`, `12.345` (vi);
    /// `2.1 bn`, `704 M`, `12,345` (en).
    public static func usdShort(_ v: Double, _ lang: Lang) -> String {
        let a = v.magnitude
        if a >= 1e9 {
            return decimal(v / 1e9, a >= 1e11 ? 0 : (a >= 1e10 ? 1 : 2), lang) + (lang == .vi ? " tỷ" : " bn")
        }
        if a >= 1e6 { return decimal(v / 1e6, a >= 1e8 ? 0 : 1, lang) + (lang == .vi ? " tr" : " M") }
        if a >= 1e3 { return decimal(v / 1e3, a >= 1e5 ? 0 : 1, lang) + (lang == .vi ? " nghìn" : " k") }
        return whole(v, lang)
    }

    /// Billions of VND: `42.564 tỷ đồng` / `42,564 bn VND`; below 1,000 with
    /// one decimal: `94,7 tỷ đồng`.
    public static func bnVND(_ v: Double, _ lang: Lang) -> String {
        bnVNDShort(v, lang) + (lang == .vi ? " tỷ đồng" : " bn VND")
    }

    /// The number part of `bnVND`.
    public static func bnVNDShort(_ v: Double, _ lang: Lang) -> String {
        v.magnitude >= 1000 ? whole(v, lang) : decimal(v, 1, lang)
    }

    /// An amount that may not exist: `–` when it does not, never 0.
    public static func usd(_ v: Double?, _ lang: Lang) -> String { v.map { usd($0, lang) } ?? "–" }
    public static func usdShort(_ v: Double?, _ lang: Lang) -> String { v.map { usdShort($0, lang) } ?? "–" }
    public static func bnVND(_ v: Double?, _ lang: Lang) -> String { v.map { bnVND($0, lang) } ?? "–" }
    public static func bnVNDShort(_ v: Double?, _ lang: Lang) -> String { v.map { bnVNDShort($0, lang) } ?? "–" }

    /// A fraction as a percentage: `69,3%` / `69.3%`.
    public static func percent(fraction: Double?, _ lang: Lang, decimals: Int = 1) -> String {
        guard let f = fraction, f.isFinite else { return "–" }
        return decimal(f * 100, decimals, lang) + "%"
    }

    /// A percentage value (0–100): `67%`.
    public static func percent(_ pct: Double?, _ lang: Lang, decimals: Int = 0) -> String {
        guard let p = pct, p.isFinite else { return "–" }
        return decimal(p, decimals, lang) + "%"
    }

    /// A change in percent, signed: `+92,6%`, `-4,1%` (vi); `+92.6%` (en);
    /// `–` for no figure.
    public static func change(_ pct: Double?, _ lang: Lang, decimals: Int = 1) -> String {
        guard let p = pct, p.isFinite else { return "–" }
        let text = decimal(p, decimals, lang) + "%"
        return text.hasPrefix("-") || text == decimal(0, decimals, lang) + "%" ? text : "+" + text
    }

    /// A date as its readers write it: `31/03/2024` (vi), `2024-03-31` (en).
    public static func date(_ d: Day, _ lang: Lang) -> String {
        let c = d.civil
        // Ten digits and separators written in place (a brief writes
        // thousands of dates); years of other widths as before.
        guard (1000...9999).contains(c.year) else {
            guard lang == .vi else { return d.description }
            return "\(c.day < 10 ? "0" : "")\(c.day)/\(c.month < 10 ? "0" : "")\(c.month)/\(c.year)"
        }
        return String(unsafeUninitializedCapacity: 10) { out in
            func two(_ v: Int, at i: Int) {
                out[i] = UInt8(ascii: "0") + UInt8(v / 10)
                out[i + 1] = UInt8(ascii: "0") + UInt8(v % 10)
            }
            if lang == .vi {
                two(c.day, at: 0)
                out[2] = UInt8(ascii: "/")
                two(c.month, at: 3)
                out[5] = UInt8(ascii: "/")
                two(c.year / 100, at: 6)
                two(c.year % 100, at: 8)
            } else {
                two(c.year / 100, at: 0)
                two(c.year % 100, at: 2)
                out[4] = UInt8(ascii: "-")
                two(c.month, at: 5)
                out[7] = UInt8(ascii: "-")
                two(c.day, at: 8)
            }
            return 10
        }
    }

    /// A month: `03/2024` (vi), `2024-03` (en).
    public static func month(_ m: YearMonth, _ lang: Lang) -> String {
        lang == .vi ? "\(m.month < 10 ? "0" : "")\(m.month)/\(m.year)" : m.description
    }

    /// Numbers for machines (JSON, CSV): `.` decimal point, no grouping,
    /// rounded to 6 decimals so that float noise (2100000000.0000002)
    /// never shows; whole numbers without a fraction.
    public static func machine(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        // From 10^15 on a Double has no fraction worth rounding, and
        // multiplying by 10^6 could overflow to infinity.
        if v.magnitude >= 1e15 { return v.magnitude < 9e18 ? String(Int(v.rounded())) : String(v) }
        let r = (v * 1e6).rounded() / 1e6
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }
}

extension LocalTime {
    /// A moment in the province's local time, short: `29/11 19:32` (vi),
    /// `11-29 19:32` (en). For "changed at" in the header and wherever a
    /// time of day within the year is enough.
    public static func formatShort(epochSeconds t: Int64, _ lang: Lang) -> String {
        let c = day(ofEpochSeconds: t).civil
        let s = Int(((t + Int64(offsetSeconds)) % 86400 + 86400) % 86400)
        let hm = pad(s / 3600, 2) + ":" + pad(s / 60 % 60, 2)
        // English: ISO (`2024-03-31 01:30`), never the ambiguous `03-31`.
        return lang == .vi
            ? "\(pad(c.day, 2))/\(pad(c.month, 2)) \(hm)" : "\(c.year)-\(pad(c.month, 2))-\(pad(c.day, 2)) \(hm)"
    }
}
