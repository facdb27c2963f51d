/// Reporting discipline: how long the committee has heard nothing about
/// each open assignment, and which assignments are *silent*.
///
/// An open assignment is silent when its latest progress report (or, with
/// none, its `assigned_on`) is more than `silentDays` days before the as-of
/// date. With the default 30, an assignment last reported on 1 March is
/// not silent on 31 March (30 days), one last reported on 29 February is
/// (31 days). Done assignments are never silent.
public enum Reporting {
    /// The committee's rhythm: a unit reports at least monthly.
    public static let defaultSilentDays = 30

    /// The range `--silent-days` and `[brief] silent_days` accept: a day
    /// at least, and no more than 100 years (like the stale thresholds).
    public static let silentDaysRange: ClosedRange<Int> = 1...36_500

    /// Reports oldest first, in file order on the same day (a stable sort);
    /// most files list them so already, and then nothing is copied.
    static func inDateOrder(_ updates: [TaskUpdate]) -> [TaskUpdate] {
        var sorted = true
        for i in updates.indices.dropFirst() where updates[i].on < updates[i - 1].on {
            sorted = false
            break
        }
        if sorted { return updates }
        // Positions sorted, then each report copied once: sorting the
        // reports themselves copies each (four strings) many times.
        return updates.indices.sorted { (updates[$0].on, $0) < (updates[$1].on, $1) }.map { updates[$0] }
    }

    /// Positions of `updates` oldest first, in file order on the same day:
    /// `inDateOrder` without copying a report (the positions are sorted on
    /// their days alone).
    static func dateOrder(_ updates: [TaskUpdate]) -> [Int] {
        var sorted = true
        for i in updates.indices.dropFirst() where updates[i].on < updates[i - 1].on {
            sorted = false
            break
        }
        if sorted { return Array(updates.indices) }
        let days = updates.map { $0.on.daysSinceEpoch }
        let low = days.min() ?? 0
        let span = (days.max() ?? 0) - low + 1
        // A few years of days: counted into buckets, positions in file
        // order within each (stable, and no comparison sort of 50,000
        // positions); a span of centuries (a mistyped year) is sorted.
        guard span <= 1 << 17 else { return updates.indices.sorted { (days[$0], $0) < (days[$1], $1) } }
        var start = [Int](repeating: 0, count: span + 1)
        for d in days { start[d - low + 1] += 1 }
        for i in 1...span { start[i] += start[i - 1] }
        var order = [Int](repeating: 0, count: days.count)
        for (i, d) in days.enumerated() {
            order[start[d - low]] = i
            start[d - low] += 1
        }
        return order
    }

    /// Sets each view's days since its latest report, whether it is
    /// silent, and whether its latest report asks for direction. Field by
    /// field: a copy of a whole view would copy its task and reports.
    static func mark(_ views: inout [TaskView], asOf: Day, silentDays: Int) {
        // The notes read first, on two cores for thousands of assignments
        // (the copy of the list they are read from is gone before a view
        // is changed: no view is copied).
        // Each half remembers the answers for the notes it read last: a
        // file repeats its notes (make bench, brief).
        let asks: [Bool?] = {
            let all = views
            return TwoHalves.map(all.count, twoCoresFrom: 2_000, fill: nil, start: { NoteAnswers() }) { seen, i in
                guard all[i].status != .done, let note = all[i].updates.last?.note else { return nil }
                if let known = seen.answer(note) { return known }
                let answer = CommitteeRequest.asks(note)
                seen.keep(note, answer)
                return answer
            }
        }()
        for i in views.indices {
            // The stored status, not `isDone`: reading a computed property
            // of an element copied the whole view.
            let isDone = views[i].status == .done
            let last = views[i].updates.last?.on ?? views[i].task.assignedOn
            views[i].daysSinceReport = asOf - last
            views[i].isSilent = !isDone && asOf - last > silentDays
            if let a = asks[i] { views[i].asksDirection = a }
        }
    }

    /// Positions of `views` in `UnitReport.urgencyOrder`, sorted on keys
    /// made once (sorting the views themselves copies each one many times).
    static func urgencyOrder(_ views: [TaskView]) -> [Int] {
        var keys: [(Int, Int)] = []
        var ids: [String] = []
        keys.reserveCapacity(views.count)
        ids.reserveCapacity(views.count)
        for i in views.indices {
            keys.append(UnitReport.urgency(views[i]))
            ids.append(views[i].task.id)
        }
        return views.indices.sorted { (keys[$0].0, keys[$0].1, ids[$0]) < (keys[$1].0, keys[$1].1, ids[$1]) }
    }

    /// The summary's lists of silent, blocked and asking assignments, in
    /// urgency order, and its index by id.
    /// `urgency` and `position`, when given, are `urgencyOrder` and the
    /// index by id of `s.tasks`, made already.
    static func summarise(
        _ s: inout TaskSummary, silentDays: Int, urgency: [Int]? = nil, position: IDIndex? = nil
    ) {
        s.silentDays = silentDays
        // Read field by field: a key path copies each whole view.
        s.position = position ?? IDIndex(s.tasks.map { $0.task.id })
        s.urgencyOrder = urgency ?? urgencyOrder(s.tasks)
        let urgent = s.urgencyOrder
        let tasks = s.tasks
        s.silentPositions = urgent.filter { tasks[$0].isSilent }
        // `status == .blocked` is not done (`isDone` would copy each view).
        s.blockedPositions = urgent.filter { tasks[$0].status == .blocked }
        s.askingPositions = urgent.filter { tasks[$0].asksDirection }
        s.silentIDs = s.silentPositions.map { tasks[$0].task.id }
        s.blockedIDs = s.blockedPositions.map { tasks[$0].task.id }
        s.askingIDs = s.askingPositions.map { tasks[$0].task.id }
    }
}

/// `CommitteeRequest.asks` of the last few distinct notes read, found
/// again by their exact bytes (canonically equal notes written apart may
/// read differently).
struct NoteAnswers {
    private var notes: [String] = []
    private var answers: [Bool] = []
    private var next = 0
    static let size = 16

    func answer(_ note: String) -> Bool? {
        for i in notes.indices where NoteAnswers.sameBytes(notes[i], note) { return answers[i] }
        return nil
    }

    mutating func keep(_ note: String, _ answer: Bool) {
        if notes.count < NoteAnswers.size {
            notes.append(note)
            answers.append(answer)
            return
        }
        notes[next] = note
        answers[next] = answer
        next = (next + 1) % NoteAnswers.size
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                // The same storage (a file's repeated note is one text).
                if x.baseAddress == y.baseAddress { return true }
                for j in 0..<x.count where x[j] != y[j] { return false }
                return true
            }
        }.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
    }
}

/// Whether a progress report asks the committee for its direction
/// ("Đề nghị Ban Chỉ đạo cho ý kiến chỉ đạo tháo gỡ"): a sentence that
/// names the committee and asks it something. A request to someone else
/// ("Đề nghị Bộ Ngoại giao hỗ trợ") is not one.
///
/// Matched on the note in small letters, with or without diacritics,
/// sentence by sentence (split at `.`, `;`, `!`, `?` and line ends).
public enum CommitteeRequest {
    /// Names of the committee (or its head) as reports write them.
    static let committee = [
        "ban chỉ đạo", "ban chi dao", "bcđ", "bcd ", "trưởng ban", "truong ban", "steering committee",
    ]
    /// Words that ask: request, propose, ask for an opinion or a decision.
    static let asking = [
        "đề nghị", "de nghi", "kiến nghị", "kien nghi", "đề xuất", "de xuat", "xin ý kiến", "xin y kien",
        "xin chủ trương", "xin chu truong", "cho ý kiến", "cho y kien", "request", "ask", "propose",
    ]

    public static func asks(_ note: String) -> Bool {
        // Every name of the committee holds "ban", "bc" or "steering": a
        // note without any of them in ASCII letters of either case names
        // it nowhere, and is not made small (no other letter becomes one
        // of these in small letters). Most notes stop here.
        guard mayNameCommittee(note) else { return false }
        // On the note's UTF-8 in small letters, sentence by sentence: a
        // byte search, as thousands of notes are read at every load.
        let bytes = smallLetters(note)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || isBreak(bytes[i]) {
            if i > start, matches(bytes[start..<i]) { return true }
            start = i + 1
        }
        return false
    }

    /// `note.lowercased()` as UTF-8. Vietnamese text is Latin letters
    /// with marks, whose small letters are a fixed offset away
    /// (`smallLetter`): mapped here scalar by scalar, as `lowercased()`
    /// does, at a fraction of its cost; a note with any other scalar that
    /// could have a capital is left to `lowercased()`.
    static func smallLetters(_ note: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(note.utf8.count)
        for scalar in note.unicodeScalars {
            guard let v = smallLetter(scalar.value) else { return Array(note.lowercased().utf8) }
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | v >> 6))
                out.append(UInt8(0x80 | v & 0x3F))
            } else {
                // Every scalar `smallLetter` maps is below U+10000.
                out.append(UInt8(0xE0 | v >> 12))
                out.append(UInt8(0x80 | v >> 6 & 0x3F))
                out.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return out
    }

    /// The small letter of scalar `v` where it is one scalar a fixed
    /// offset away (or `v` itself), in the blocks Vietnamese is written
    /// in: ASCII, Latin-1, Latin Extended-A, ơ and ư, combining marks,
    /// Latin Extended Additional, general punctuation. Nil elsewhere,
    /// and for the few letters of these blocks whose small letter is
    /// irregular (İ, Ÿ, ẞ …). `CommitteeRequestTests` checks every scalar
    /// against `lowercased()`.
    static func smallLetter(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return v + 0x20
        case 0x00...0xBF, 0xD7, 0xDF...0xFF: return v
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177, 0x1E00...0x1E95, 0x1EA0...0x1EFF:
            return v | 1
        case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? v + 1 : v
        case 0x131, 0x138, 0x149, 0x17F, 0x1A1, 0x1B0: return v
        case 0x1A0, 0x1AF: return v + 1
        case 0x300...0x36F, 0x2000...0x206F: return v
        default: return nil
        }
    }

    /// Whether `note` holds "ban", "bc" or "steering", ASCII letters in
    /// any case.
    static func mayNameCommittee(_ note: String) -> Bool {
        note.utf8.withContiguousStorageIfAvailable { mayNameCommittee($0) }
            ?? mayNameCommittee(Array(note.utf8))
    }

    static func mayNameCommittee(_ bytes: some Sequence<UInt8>) -> Bool {
        var window: UInt64 = 0
        for b in bytes {
            // The last eight bytes, ASCII capitals made small.
            window = window << 8 | UInt64((0x41...0x5A).contains(b) ? b | 0x20 : b)
            if window & 0xFF_FFFF == 0x62_616E || window & 0xFFFF == 0x6263 || window == 0x7374_6565_7269_6E67 {
                return true
            }
        }
        return false
    }

    static func isBreak(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
            || b == 0x0A || b == 0x0D
    }

    private static let committeeBytes = committee.map { Array($0.utf8) }
    private static let askingBytes = asking.map { Array($0.utf8) }

    private static func matches(_ sentence: ArraySlice<UInt8>) -> Bool {
        // A trailing space, so that "bcd " matches at the sentence's end.
        let s = Array(sentence) + [0x20]
        return committeeBytes.contains { contains(s, $0) } && askingBytes.contains { contains(s, $0) }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
