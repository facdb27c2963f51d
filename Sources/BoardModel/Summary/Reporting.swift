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

    /// Sets each view's days since its latest report, whether it is
    /// silent, and whether its latest report asks for direction.
    static func mark(_ views: inout [TaskView], asOf: Day, silentDays: Int) {
        for i in views.indices {
            let v = views[i]
            let last = v.updates.last?.on ?? v.task.assignedOn
            views[i].daysSinceReport = asOf - last
            views[i].isSilent = !v.isDone && asOf - last > silentDays
            views[i].asksDirection = !v.isDone && v.updates.last.map { CommitteeRequest.asks($0.note) } == true
        }
    }

    /// The summary's lists of silent, blocked and asking assignments, in
    /// urgency order, and its index by id.
    static func summarise(_ s: inout TaskSummary, silentDays: Int) {
        s.silentDays = silentDays
        var position: [String: Int] = [:]
        position.reserveCapacity(s.tasks.count)
        for (i, v) in s.tasks.enumerated() where position[v.task.id] == nil { position[v.task.id] = i }
        s.position = position
        let urgent = s.tasks.sorted(by: UnitReport.urgencyOrder)
        s.silentIDs = urgent.filter(\.isSilent).map(\.task.id)
        s.blockedIDs = urgent.filter { !$0.isDone && $0.status == .blocked }.map(\.task.id)
        s.askingIDs = urgent.filter(\.asksDirection).map(\.task.id)
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
        var sentence = ""
        for c in note.lowercased() + "." {
            if ".;!?\n\r".contains(c) {
                if matches(sentence + " ") { return true }
                sentence = ""
            } else {
                sentence.append(c)
            }
        }
        return false
    }

    private static func matches(_ s: String) -> Bool {
        committee.contains { s.contains($0) } && asking.contains { s.contains($0) }
    }
}
