import Testing

@testable import BoardModel

/// `Reporting.mark` remembers the answer for each note it read last
/// (`NoteAnswers`): every view still gets `CommitteeRequest.asks` of its
/// own latest note, for repeated notes, notes one byte apart, and notes
/// canonically equal but written apart, on one core and on two.
struct NoteAnswersTests {
    static let notes =
        [
            "Đề nghị Ban Chỉ đạo cho ý kiến chỉ đạo tháo gỡ.",
            // The same words decomposed: canonically equal, read on its own.
            "Đe\u{0302}\u{0300} nghi\u{0323} Ban Chi\u{0309} đa\u{0323}o cho y\u{0301} kie\u{0302}\u{0301}n.",
            "Đề nghị Bộ Ngoại giao hỗ trợ.",
            "Đề nghị Ban Chỉ đạo cho ý kiến chỉ đạo tháo gỡ!",
            "Hoàn thành khối lượng theo kế hoạch quý.",
            "de nghi BCD cho y kien", "", "ban", "Kính đề nghị Trưởng Ban cho ý kiến.",
        ] + (0..<20).map { "Ghi chú \($0): đề nghị Ban Chỉ đạo xem xét \($0 % 3 == 0 ? "cho ý kiến" : "sau")." }

    @Test("Each view's answer is its own note's", arguments: [50, 5_000])
    func answers(count: Int) {
        let asOf = Day("2024-03-31")!
        var views: [TaskView] = []
        for i in 0..<count {
            let task = BoardTask(
                id: "T\(i)", title: "t", leadID: "U", supportIDs: [], assignedOn: Day("2024-01-01")!,
                dueOn: Day("2024-06-30")!, status: i % 11 == 0 ? .done : .inProgress,
                doneOn: i % 11 == 0 ? Day("2024-02-01")! : nil)
            // Notes in a pattern that no short memory follows exactly.
            let note = Self.notes[(i * 7 + i / 13) % Self.notes.count]
            let update = TaskUpdate(taskID: "T\(i)", on: Day("2024-03-01")!, note: note)
            views.append(TaskView(task: task, asOf: asOf, updates: i % 17 == 0 ? [] : [update]))
        }
        Reporting.mark(&views, asOf: asOf, silentDays: 30)
        for v in views {
            let expected = !v.isDone && !v.updates.isEmpty && CommitteeRequest.asks(v.updates[0].note)
            #expect(v.asksDirection == expected, "\(v.task.id)")
        }
        #expect(CommitteeRequest.asks(Self.notes[0]))
        #expect(views.contains { $0.asksDirection } && views.contains { !$0.asksDirection && !$0.isDone })
    }
}
