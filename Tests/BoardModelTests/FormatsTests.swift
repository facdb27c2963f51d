// Numbers, dates and percentages as people read them, and text made safe
// to print.

import Testing

@testable import BoardModel

@Suite("Formats")
struct FormatsTests {
    @Test func billionsOfDong() {
        #expect(Formats.bnVND(42564, .vi) == "42.564 tỷ đồng")
        #expect(Formats.bnVND(42564, .en) == "42,564 bn VND")
        #expect(Formats.bnVND(94.7, .vi) == "94,7 tỷ đồng")
        #expect(Formats.bnVND(94.7, .en) == "94.7 bn VND")
        #expect(Formats.bnVND(52200, .vi) == "52.200 tỷ đồng")
        #expect(Formats.bnVND(0, .en) == "0.0 bn VND")
    }

    @Test func dollars() {
        #expect(Formats.usd(2_104_265_830, .vi) == "2,1 tỷ USD")
        #expect(Formats.usd(2_104_265_830, .en) == "2.1 bn USD")
        #expect(Formats.usd(4_500_000_000, .vi) == "4,5 tỷ USD")
        #expect(Formats.usd(704_078_280, .vi) == "704 triệu USD")
        #expect(Formats.usd(704_078_280, .en) == "704 M USD")
        #expect(Formats.usd(95_300_000, .en) == "95.3 M USD")
        #expect(Formats.usd(12_345, .vi) == "12.345 USD")
        #expect(Formats.usd(12_345, .en) == "12,345 USD")
    }

    @Test func groupedIntegers() {
        #expect(Formats.integer(0, .vi) == "0")
        #expect(Formats.integer(999, .vi) == "999")
        #expect(Formats.integer(1000, .vi) == "1.000")
        #expect(Formats.integer(1_234_567, .en) == "1,234,567")
        #expect(Formats.integer(-1_234_567, .vi) == "-1.234.567")
    }

    // Hand-aligned: kept as written.
    // swift-format-ignore
    @Test func decimals() {
        #expect(Formats.decimal(1234.5, 1, .vi) == "1.234,5")
        #expect(Formats.decimal(1234.5, 1, .en) == "1,234.5")
        #expect(Formats.decimal(0.05, 2, .en) == "0.05")
        #expect(Formats.decimal(-2.25, 1, .en) == "-2.3")   // half away from zero
        #expect(Formats.decimal(-0.04, 1, .en) == "0.0")    // no "-0.0"
        #expect(Formats.decimal(.nan, 1, .en) == "–")
    }

    @Test func percentages() {
        // 29,475 / 42,564 = 0.69248… → 69.2 % with one decimal.
        #expect(Formats.percent(fraction: 29475.0 / 42564.0, .vi) == "69,2%")
        #expect(Formats.percent(fraction: 29475.0 / 42564.0, .en) == "69.2%")
        #expect(Formats.percent(fraction: 0.75, .en) == "75.0%")
        #expect(Formats.percent(fraction: nil, .en) == "–")
        #expect(Formats.percent(50, .vi) == "50%")
        #expect(Formats.percent(200.0 / 3.0, .en) == "67%")
        #expect(Formats.percent(nil, .vi) == "–")
    }

    @Test func dates() {
        #expect(Formats.date(day("2024-03-31"), .vi) == "31/03/2024")
        #expect(Formats.date(day("2024-03-31"), .en) == "2024-03-31")
        #expect(Formats.date(day("2023-01-05"), .vi) == "05/01/2023")
        #expect(Formats.month(YearMonth(year: 2024, month: 3), .vi) == "03/2024")
        #expect(Formats.month(YearMonth(year: 2024, month: 3), .en) == "2024-03")
        #expect(day("2024-03-31").description == "2024-03-31")
        #expect(LocalTime.format(epochSeconds: 1_711_823_400) == "2024-03-31 01:30")  // 2024-03-30T18:30Z
    }

    @Test func shortTimesInLocalTime() {
        // 2024-03-30T18:30Z is 01:30 on the 31st in Lào Cai.
        #expect(LocalTime.formatShort(epochSeconds: 1_711_823_400, .vi) == "31/03 01:30")
        #expect(LocalTime.formatShort(epochSeconds: 1_711_823_400, .en) == "2024-03-31 01:30")
        // 2024-11-29T12:32:59Z: 19:32 local, seconds dropped.
        #expect(LocalTime.formatShort(epochSeconds: 1_732_883_579, .vi) == "29/11 19:32")
        // Before 1970 the day and time still come out right.
        #expect(LocalTime.formatShort(epochSeconds: -3600, .en) == "1970-01-01 06:00")
    }

    @Test func machineNumbers() {
        #expect(Formats.machine(2_104_265_830) == "2104265830")
        #expect(Formats.machine(0.1 + 0.2) == "0.3")
        #expect(Formats.machine(42564.000000001) == "42564")
        #expect(Formats.machine(-1.5) == "-1.5")
        #expect(Formats.machine(.infinity) == "null")
    }
}

@Suite("Calendar")
struct CalendarTests {
    @Test func dayArithmetic() {
        // 2024-01-01 is day 19723 since 1970-01-01 (54 years, 13 leap days).
        #expect(day("2024-01-01").daysSinceEpoch == 19723)
        #expect(day("1970-01-01").daysSinceEpoch == 0)
        #expect(day("2024-03-31") - day("2024-02-01") == 59)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)  // divisible by 400
        #expect(Day(year: 1900, month: 2, day: 29) == nil)  // divisible by 100
        #expect(YearMonth(year: 2024, month: 2).lastDay == day("2024-02-29"))
        #expect(YearMonth(year: 2023, month: 12).lastDay == day("2023-12-31"))
    }

    // Hand-aligned: kept as written.
    // swift-format-ignore
    @Test func localDateOfInstants() {
        // 2024-03-31T00:00:00Z = 1,711,843,200.
        #expect(LocalTime.day(ofEpochSeconds: 1_711_843_200 - 7 * 3600) == day("2024-03-31"))     // 17:00Z the 30th = 00:00 local
        #expect(LocalTime.day(ofEpochSeconds: 1_711_843_200 - 7 * 3600 - 1) == day("2024-03-30"))
        #expect(LocalTime.hour(ofEpochSeconds: 1_711_843_200) == 7)
        #expect(LocalTime.parse("2024-03-31T00:00:00Z") == 1_711_843_200)
        #expect(LocalTime.parse("2024-03-31T07:00") == 1_711_843_200)
        #expect(LocalTime.parse("2024-03-31T07:00:00.250+07:00") == 1_711_843_200) // fractions dropped
        #expect(LocalTime.parse("2024-03-30T19:00:00-05:00") == 1_711_843_200)
    }
}

@Suite("Safe text")
struct SafeTextTests {
    @Test func escapeBecomesAVisibleSymbol() {
        #expect(SafeText.clean("a\u{1B}[31mb") == "a␛[31mb")
    }

    @Test func bidiOverrideBecomesReplacementCharacter() {
        #expect(SafeText.clean("x\u{202E}y") == "x\u{FFFD}y")
        #expect(SafeText.clean("x\u{2066}y\u{2069}") == "x\u{FFFD}y\u{FFFD}")
    }

    @Test func otherControls() {
        #expect(SafeText.clean("a\u{7F}b") == "a␡b")
        #expect(SafeText.clean("a\u{85}b\u{9F}") == "a\u{FFFD}b\u{FFFD}")
        #expect(SafeText.clean("a\u{0}b") == "a␀b")
        #expect(SafeText.clean("a\tb") == "a b")
    }

    /// Everything printed passes `multiline` (issue 16): a CSV report's
    /// CRLF stays, a lone CR (which writes over its line) becomes LF, and
    /// control characters are stand-ins.
    @Test func multilineKeepsLineBreaksAndNothingElse() {
        #expect(SafeText.multiline("a,b\r\nc\nd") == "a,b\r\nc\nd")
        #expect(SafeText.multiline("ok\rFAKE") == "ok\nFAKE")
        #expect(SafeText.multiline("X\u{1B}]0;T\u{7}\n\u{9B}") == "X␛]0;T␇\n\u{FFFD}")
        #expect(SafeText.multiline("Lào Cai\n") == "Lào Cai\n")
    }

    /// `isSafe` and `multiline` read bytes, not scalars: on every scalar at
    /// the edges of the unsafe ranges, alone and between letters, they
    /// agree with `isUnsafe` scalar by scalar.
    @Test func byteChecksAgreeWithTheScalarRule() {
        let edges: [UInt32] = [
            0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xBF, 0xC0, 0x2013, 0x2026,
            0x2029, 0x202A, 0x202C, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x20AC, 0x1EA1, 0xFFFD, 0x1F600,
        ]
        let scalars = edges.compactMap(Unicode.Scalar.init)
        var samples: [String] = []
        for a in scalars {
            samples.append(String(Character(a)))
            samples.append("x\(Character(a))y")
            for b in scalars { samples.append("\(Character(a))\(Character(b))") }
        }
        samples += ["a\r\nb", "a\rb", "a\r", "\r\n\r\n", "\n\r"]
        for text in samples {
            #expect(
                SafeText.isSafe(text) == !text.unicodeScalars.contains(where: SafeText.isUnsafe),
                "\(text.debugDescription)")
            var reference = String.UnicodeScalarView()
            let all = Array(text.unicodeScalars)
            for (i, s) in all.enumerated() {
                if s == "\n" {
                    reference.append(s)
                } else if s == "\r" {
                    reference.append(i + 1 < all.count && all[i + 1] == "\n" ? "\r" : "\n")
                } else {
                    reference.append(SafeText.isUnsafe(s) ? SafeText.replacement(for: s) : s)
                }
            }
            #expect(SafeText.multiline(text) == String(reference), "\(text.debugDescription)")
        }
    }

    @Test func vietnameseAndWideTextAreKept() {
        let text = "Cửa khẩu Kim Thành – Hồ Kiều, Tằng Loỏng: 云G·12345 “ngoặc” ©"
        #expect(SafeText.clean(text) == text)
        #expect(SafeText.isSafe(text))
    }

    @Test func problemMessagesCarryNoControlCharacters() throws {
        // A bad kind holding ESC and U+202E: the message shows ␛ and U+FFFD instead.
        let f = try load(
            Minimal.with([
                "units.csv": unitsHeader + "U1,Ban,,bo\u{1B}[2Jard\u{202E}\nU2,Sở,,department\nU3,Huyện,,district\n"
            ]))
        let p = f.problems(of: "units.csv")
        #expect(
            p.map(\.description) == [
                "units.csv:2:9: error: 'bo␛[2Jard\u{FFFD}' is not one of board, department, district, city, agency, other"
            ])
    }

    @Test func oneLineJoinsLineBreaks() {
        #expect(SafeText.oneLine("a\r\nb\nc\rd") == "a b c d")
        #expect(SafeText.lines("a\r\nb\u{1B}\rc") == ["a", "b␛", "c"])
    }
}
