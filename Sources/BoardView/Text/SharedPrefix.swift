import BoardModel
import Synchronization

/// Titles that begin alike ("Lập quy hoạch chi tiết khu chức năng …", eight
/// times) cut at the end all read the same. Where a title shares its first
/// words with another title of its kind, a table too narrow for it shows
/// its distinguishing tail instead — `…dân cư – dịch vụ Bản Vược` — with as
/// many of the shared words before it as fit; the list's strip of the
/// selected row (`ListView.fullText`) gives the whole title.
enum SharedPrefix {
    /// Per title, where its distinguishing tail starts (a UTF-8 offset at
    /// the start of a word), 0 when it shares no leading words with another
    /// title (or is the same as another: an id tells those apart). One sort
    /// and one pass: the longest prefix a title shares with any other is
    /// the one it shares with a neighbour in sorted order.
    static func tails(_ titles: [String]) -> [Int] {
        let bytes = titles.map { Array($0.utf8) }
        let order = bytes.indices.sorted { precedes(bytes[$0], bytes[$1]) }
        var shared = [Int](repeating: 0, count: titles.count)
        for k in order.indices.dropFirst() {
            let a = order[k - 1]
            let b = order[k]
            let n = commonPrefix(bytes[a], bytes[b])
            shared[a] = max(shared[a], n)
            shared[b] = max(shared[b], n)
        }
        return bytes.indices.map { i in
            let b = bytes[i]
            // The same title twice: nothing of it tells them apart.
            guard shared[i] < b.count else { return 0 }
            var start = shared[i]
            while start > 0 && b[start - 1] != 0x20 { start -= 1 }
            // Four syllables or more in common ("Nhà máy sản xuất "): a
            // Vietnamese word is often two or three ("Hạ tầng", "Nhà liên
            // ngành"), and a title reads better cut at its end than
            // without its first word.
            let syllables = b[..<start].reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
            return syllables >= minimumShared ? start : 0
        }
    }

    /// The fewest shared leading syllables worth eliding.
    static let minimumShared = 4

    /// `a.lexicographicallyPrecedes(b)`, over the arrays' storage: the
    /// generic comparison, element by element through iterators, was most
    /// of drawing the overview's projects panel the first time (193
    /// titles sorted: 0.48 M instructions, now a fifth of that).
    static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let n = min(pa.count, pb.count)
                var i = 0
                while i < n {
                    if pa[i] != pb[i] { return pa[i] < pb[i] }
                    i += 1
                }
                return pa.count < pb.count
            }
        }
    }

    static func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var n = 0
        let m = min(a.count, b.count)
        while n < m && a[n] == b[n] { n += 1 }
        return n
    }

    /// `text` in at most `width` columns, keeping its tail from `tailFrom`
    /// (a UTF-8 offset at a word start; see `tails`): `…` and the longest
    /// run of whole words ending the title that fits. Nil when the text
    /// fits whole, or has no shared words to elide (cut it at its end).
    /// When even the tail alone is too long, it is shown from its start
    /// and cut at its end. Costs a few measures of the one text, so it is
    /// done only for the rows drawn.
    /// `headKept` bytes at the start (a tag) stay before the `…`.
    static func elided(_ text: String, tailFrom: Int, headKept: Int = 0, width: Int, charset: Charset) -> String? {
        guard tailFrom > headKept, width > 1, TextLayout.width(text, charset: charset) > width else { return nil }
        let utf8 = Array(text.utf8)
        guard tailFrom < utf8.count else { return nil }
        let head = String(decoding: utf8[..<headKept], as: UTF8.self)
        let ellipsis = head + TextLayout.ellipsis(charset).text
        let room = width - TextLayout.width(head, charset: charset)
        func suffix(_ from: Int) -> String { String(decoding: utf8[from...], as: UTF8.self) }
        var best = suffix(tailFrom)
        guard TextLayout.width(best, charset: charset) + 1 <= room else { return ellipsis + best }
        // Word starts before the tail, nearest first: add shared words back while they fit.
        var i = tailFrom - 1
        while i > headKept {
            if utf8[i - 1] == 0x20 {
                let longer = suffix(i)
                if TextLayout.width(longer, charset: charset) + 1 > room { break }
                best = longer
            }
            i -= 1
        }
        return ellipsis + best
    }
}

/// The distinguishing tails (`SharedPrefix.tails`) of every title of a
/// kind, by id, made once per data set the first time a list needs them,
/// not for every frame: a list of thousands of assignments only looks up
/// the rows it draws.
final class TitleTails: Sendable {
    enum Kind: Hashable, Sendable {
        case tasks, works, projects, plans
    }

    private let built = Mutex<[Kind: [String: Int]]>([:])
    private let widths = Mutex<[Kind: Int]>([:])

    /// The display width of the widest title of a kind.
    func widest(_ kind: Kind, _ d: DataSet) -> Int {
        widths.withLock { cache in
            if let w = cache[kind] { return w }
            let titles: [String]
            switch kind {
            case .tasks: titles = d.tasks.map(\.title)
            case .works: titles = d.works.map(\.name)
            case .projects: titles = d.projects.map(\.name)
            case .plans: titles = d.plans.map(\.name)
            }
            let w = titles.reduce(0) { max($0, TextLayout.width($1)) }
            cache[kind] = w
            return w
        }
    }

    /// Id → tail start, for the titles that have one.
    func get(_ kind: Kind, _ d: DataSet) -> [String: Int] {
        built.withLock { cache in
            if let t = cache[kind] { return t }
            let pairs: [(String, String)]
            switch kind {
            case .tasks: pairs = d.tasks.map { ($0.id, $0.title) }
            case .works: pairs = d.works.map { ($0.id, $0.name) }
            case .projects: pairs = d.projects.map { ($0.id, $0.name) }
            case .plans: pairs = d.plans.map { ($0.id, $0.name) }
            }
            var t: [String: Int] = [:]
            for (k, tail) in SharedPrefix.tails(pairs.map(\.1)).enumerated() where tail > 0 { t[pairs[k].0] = tail }
            cache[kind] = t
            return t
        }
    }
}
