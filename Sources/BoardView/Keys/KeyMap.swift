import BoardModel

/// One key binding: the keys, what they do, and how help and the footer
/// describe them. Bindings are data: the same table drives key handling,
/// the footer hints and the `?` help screen, so they cannot disagree.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// Vietnamese and English descriptions.
    public var vi: String
    public var en: String
    /// Shown in the footer (the most useful few), not only in help.
    public var hint: Bool
    /// How the keys are written, when listing them one by one would be
    /// too long (`1–4`).
    public var label: String?
    /// What the footer says instead when its hints do not all fit (help
    /// keeps the full words): a long hint gives way before another key's
    /// hint is dropped.
    public var brief: (vi: String, en: String)?

    public init(
        _ keys: [Key], _ action: Action, vi: String, en: String, hint: Bool = false, label: String? = nil,
        brief: (vi: String, en: String)? = nil
    ) {
        self.keys = keys
        self.action = action
        self.vi = vi
        self.en = en
        self.hint = hint
        self.label = label
        self.brief = brief
    }

    public func text(_ lang: Lang) -> String { lang.pick(vi, en) }
    /// The footer's short words, or the full ones when it has none.
    public func briefText(_ lang: Lang) -> String { brief.map { lang.pick($0.vi, $0.en) } ?? text(lang) }

    /// The keys as the footer and help write them: `↑/k`, `Tab`, `q`.
    public func keyLabel(_ charset: Charset) -> String {
        if let label { return charset == .ascii ? AsciiFold.fold(label) : label }
        return keys.map { KeyMap.name(of: $0, charset) }.joined(separator: "/")
    }
}

/// Where the user is, for choosing a binding table.
public enum KeyContext: String, CaseIterable, Sendable {
    case overview
    /// A screen with a list: gate, zone, works, units.
    case list
    /// One unit's assignments: the list with its filters.
    case unit
    /// One assignment.
    case task
    /// One assignment where writing is off: no form key.
    case taskReadOnly
    /// The progress-report form over an assignment (`u`).
    case form
    /// One work.
    case detail
    /// Every project, with its filters.
    case projects
    /// One project.
    case project
    /// The detailed plans.
    case plans
    case help
    case problems
    /// Typing a filter.
    case filter
    /// Every assignment: the list with the unit screen's filters, grouped.
    case assignments
    /// Typing into the `:` prompt.
    case jump
}

public enum KeyMap {
    /// The binding table of a context, most important first (the footer
    /// shows hints in this order, dropping from the end when narrow).
    /// `panels`: how many panels the overview has (its digit keys).
    public static func bindings(_ context: KeyContext, panels: Int = PanelRegistry.standard.count) -> [Binding] {
        switch context {
        case .overview:
            return [
                open("xem chi tiết", "open"),
                Binding([.tab], .nextPanel, vi: "khung tiếp theo", en: "next panel", hint: true),
                Binding([.char("a")], .openAssignments, vi: "mọi nhiệm vụ", en: "all assignments", hint: true),
                // Screens of a panel beyond its rows: they work from any
                // panel; the footer shows each while its panel is focused
                // (`OverviewPanel.links`). `K`: kế hoạch.
                Binding([.char("P")], .openScreen(.projects), vi: "mọi dự án", en: "all projects", hint: true),
                Binding([.char("K")], .openScreen(.plans), vi: "quy hoạch chi tiết", en: "detailed plans", hint: true),
                Binding([.backTab], .previousPanel, vi: "khung trước", en: "previous panel"),
                digits(panels),
            ] + moves(withSideways: true) + filterAndSort + [
                // Not in the footer: `a` (every assignment) took its room; `?` lists it.
                Binding([.char("U")], .openUnits, vi: "mọi đơn vị", en: "all units"),
                Binding([.char("W")], .openWorks, vi: "mọi công trình", en: "all works"),
                Binding([.char("z")], .zoom, vi: "phóng to khung", en: "zoom panel"),
                Binding([.escape, .backspace], .back, vi: "thu nhỏ khung, bỏ bộ lọc", en: "unzoom, clear the filter"),
            ] + common
        case .list:
            return [
                open("xem chi tiết", "open"), back,
                Binding(
                    [.tab], .nextPanel, vi: "danh sách khác (công trình, đồ án của cửa khẩu, khu)",
                    en: "the other list (a gate's or zone's works, plans)"),
            ] + moves(withSideways: false) + filterAndSort
                + stepping(("mục tiếp theo", "next item"), ("mục trước", "previous item"), hint: false) + common
        case .unit:
            return [
                open("xem nhiệm vụ", "open"), back,
                Binding([.char("o")], .overdueOnly, vi: "chỉ việc quá hạn", en: "overdue only", hint: true),
            ] + moves(withSideways: false) + filterAndSort + [
                Binding([.char("t")], .cycleStatusFilter, vi: "lọc trạng thái", en: "status filter"),
                Binding([.char("c")], .cycleSourceFilter, vi: "lọc nguồn giao", en: "source filter"),
                Binding([.char("w")], .cycleDueWindow, vi: "lọc thời hạn", en: "due window"),
                Binding(
                    [.tab], .nextPanel, vi: "danh sách khác (công trình làm chủ đầu tư)",
                    en: "the other list (the works it owns)"),
            ] + stepping(("đơn vị tiếp theo", "next unit"), ("đơn vị trước", "previous unit"), hint: false) + common
        case .assignments:
            return [
                open("xem nhiệm vụ", "open"), back,
                Binding([.char("o")], .overdueOnly, vi: "chỉ việc quá hạn", en: "overdue only", hint: true),
                Binding([.char("v")], .cycleGrouping, vi: "nhóm theo", en: "group by", hint: true),
            ] + moves(withSideways: false) + filterAndSort + [
                Binding([.char("t")], .cycleStatusFilter, vi: "lọc trạng thái", en: "status filter"),
                Binding([.char("c")], .cycleSourceFilter, vi: "lọc nguồn giao", en: "source filter"),
                Binding([.char("w")], .cycleDueWindow, vi: "lọc thời hạn", en: "due window"),
            ] + common
        case .task:
            return [
                openLink, back,
                Binding(
                    [.char("u")], .openReportForm, vi: "ghi báo cáo tiến độ", en: "record a progress report",
                    hint: true),
            ] + Array(bindings(.taskReadOnly, panels: panels).dropFirst(2))
        case .taskReadOnly:
            return [openLink, back]
                + stepping(
                    ("nhiệm vụ tiếp theo", "next assignment"), ("nhiệm vụ trước", "previous assignment"), hint: true)
                + moves(withSideways: false) + common
        case .detail:
            return [open("mở mục đã chọn", "open the selected row"), back]
                + stepping(("mục tiếp theo", "next item"), ("mục trước", "previous item"), hint: true)
                + moves(withSideways: false) + common
        case .projects:
            return [open("xem dự án", "open"), back] + moves(withSideways: false) + filterAndSort + [
                Binding([.char("z")], .cycleZoneFilter, vi: "lọc khu", en: "zone filter", hint: true),
                Binding([.char("t")], .cycleStatusFilter, vi: "lọc trạng thái", en: "status filter", hint: true),
                Binding(
                    [.char("m")], .cycleMissingFilter, vi: "lọc thiếu thủ tục", en: "missing procedure", hint: true),
            ] + common
        case .project:
            return [open("mở khu, nhiệm vụ", "open zone or assignment"), back]
                + stepping(("dự án tiếp theo", "next project"), ("dự án trước", "previous project"), hint: true)
                + moves(withSideways: false) + common
        case .plans:
            return [
                open("xem nhiệm vụ", "open the assignment"), back,
                Binding([.char("u")], .openLead, vi: "xem đơn vị lập", en: "open the lead unit", hint: true),
                Binding([.char("z")], .openPlanZone, vi: "xem khu", en: "open the zone", hint: true),
            ] + moves(withSideways: false) + filterAndSort + common
        case .help:
            return [
                Binding(
                    [.escape, .char("?"), .char("q"), .enter], .back, vi: "đóng trợ giúp", en: "close help",
                    hint: true, label: "Esc/?")
            ]
                + scrolling + [Binding([.char("L")], .toggleLanguage, vi: "English", en: "Tiếng Việt", hint: true)]
        case .problems:
            return [
                Binding([.escape, .char("e"), .char("q")], .back, vi: "đóng", en: "close", hint: true, label: "Esc/e")
            ]
                + scrolling + [
                    Binding([.char("r")], .reload, vi: "đọc lại dữ liệu", en: "reload", hint: true),
                    Binding([.char("L")], .toggleLanguage, vi: "English", en: "Tiếng Việt"),
                ]
        case .form:
            return [
                Binding([.tab, .down], .formNextField, vi: "ô tiếp theo", en: "next field", hint: true, label: "Tab"),
                Binding(
                    [.enter], .formEnter, vi: "chọn · xuống dòng trong ghi chú", en: "choose · new line in the note",
                    hint: true, label: "Enter"),
                Binding(
                    [.escape], .formCancel, vi: "hủy, không ghi gì", en: "cancel, write nothing", hint: true,
                    label: "Esc"),
                Binding([.backTab, .up], .formPreviousField, vi: "ô trước", en: "previous field", label: "S-Tab"),
                Binding([.backspace], .formErase, vi: "xóa ký tự", en: "erase", label: "Bksp"),
                Binding([.left], .formLeft, vi: "trạng thái trước", en: "previous status"),
                Binding([.right], .formRight, vi: "trạng thái sau", en: "next status"),
            ]
        case .jump:
            return [
                Binding(
                    [.enter], .filterAccept, vi: "mở mục đã chọn", en: "open the chosen one", hint: true, label: "Enter"
                ),
                Binding([.escape], .filterCancel, vi: "đóng", en: "close", hint: true, label: "Esc"),
                Binding([.backspace], .filterErase, vi: "xóa ký tự", en: "erase", hint: true, label: "Bksp"),
                Binding([.up], .up, vi: "lên (vẫn gõ tiếp)", en: "up (keep typing)"),
                Binding([.down], .down, vi: "xuống (vẫn gõ tiếp)", en: "down (keep typing)"),
                Binding([.pageUp], .pageUp, vi: "trang trước", en: "page up"),
                Binding([.pageDown], .pageDown, vi: "trang sau", en: "page down"),
            ]
        case .filter:
            return [
                Binding([.enter], .filterAccept, vi: "giữ bộ lọc", en: "keep the filter", hint: true, label: "Enter"),
                Binding([.escape], .filterCancel, vi: "bỏ lọc", en: "clear the filter", hint: true, label: "Esc"),
                Binding([.backspace], .filterErase, vi: "xóa ký tự", en: "erase", hint: true, label: "Bksp"),
                Binding([.up], .up, vi: "lên (vẫn gõ tiếp)", en: "up (keep typing)"),
                Binding([.down], .down, vi: "xuống (vẫn gõ tiếp)", en: "down (keep typing)"),
                Binding([.pageUp], .pageUp, vi: "trang trước", en: "page up"),
                Binding([.pageDown], .pageDown, vi: "trang sau", en: "page down"),
            ]
        }
    }

    // Pieces several contexts share.

    /// `1`…`n`: a panel each. Made once (every key and every frame reads
    /// the overview's table).
    static func digits(_ panels: Int) -> Binding { digitBindings[min(max(1, panels), 9) - 1] }

    static let digitBindings: [Binding] = (1...9).map { n in
        let range = "1–\(n)"
        return Binding(
            (1...n).map { Key.char(Character(String($0))) }, .focusPanel(-1), vi: "chọn khung " + range,
            en: "panel " + range, label: range)
    }

    static func open(_ vi: String, _ en: String) -> Binding {
        Binding([.enter], .enter, vi: vi, en: en, hint: true, label: "Enter")
    }

    /// An assignment's Enter: its units, works (and their places), plan
    /// and meeting are rows of one list.
    static let openLink = Binding(
        [.enter], .enter, vi: "mở đơn vị, công trình, phiên họp", en: "open unit, work or meeting", hint: true,
        label: "Enter", brief: ("mở mục đã chọn", "open the selected row"))

    static let back = Binding([.escape, .backspace], .back, vi: "quay lại", en: "back", hint: true, label: "Esc")

    static let filterAndSort = [
        Binding([.char("/")], .startFilter, vi: "lọc", en: "filter", hint: true),
        Binding([.char("s")], .sort, vi: "sắp xếp", en: "sort", hint: true),
        Binding([.char("S")], .reverseSort, vi: "đảo thứ tự", en: "reverse the order"),
    ]

    /// `n`/`]` and `p`/`[`: the next and previous item of the same kind.
    static func stepping(_ next: (String, String), _ previous: (String, String), hint: Bool) -> [Binding] {
        [
            Binding([.char("n"), .char("]")], .nextItem, vi: next.0, en: next.1, hint: hint),
            Binding([.char("p"), .char("[")], .previousItem, vi: previous.0, en: previous.1, hint: hint),
        ]
    }

    /// Scrolling a text (help, problems).
    static let scrolling = [
        Binding([.up, .char("k")], .up, vi: "cuộn lên", en: "scroll up", hint: true),
        Binding([.down, .char("j")], .down, vi: "cuộn xuống", en: "scroll down", hint: true),
        Binding([.pageUp], .pageUp, vi: "trang trước", en: "page up"),
        Binding([.pageDown, .char(" ")], .pageDown, vi: "trang sau", en: "page down"),
        Binding([.home, .char("g")], .home, vi: "đầu", en: "top"),
        Binding([.end, .char("G")], .end, vi: "cuối", en: "bottom"),
    ]

    /// Keys every screen shares.
    static let common: [Binding] =
        [
            Binding([.char("?"), .function(1)], .help, vi: "trợ giúp", en: "help", hint: true, label: "?"),
            Binding([.char("q")], .quit, vi: "thoát", en: "quit", hint: true),
            Binding(
                [.char(":")], .startJump, vi: "đi tới: cửa khẩu, khu, công trình, đơn vị, nhiệm vụ, dự án",
                en: "jump to a gate, zone, work, unit, assignment or project"),
            Binding([.char("r")], .reload, vi: "đọc lại dữ liệu", en: "reload"),
            Binding([.char("e")], .problems, vi: "lỗi dữ liệu", en: "data problems"),
            Binding([.char("L")], .toggleLanguage, vi: "English", en: "Tiếng Việt", hint: true),
        ] + walking + terminal

    /// Keys the terminal layer handles (`DashboardLoop`): Ctrl-L repaints
    /// the whole screen; Ctrl-Z and Ctrl-C are signals (the terminal is
    /// given back, and taken again on `fg`; Ctrl-C ends the program with
    /// the terminal restored, as `q` does).
    static let terminal: [Binding] = [
        Binding([.ctrl("l")], .redraw, vi: "vẽ lại màn hình", en: "redraw the screen"),
        Binding(
            [.ctrl("z")], .suspend, vi: "tạm dừng, về dòng lệnh (fg để quay lại)",
            en: "suspend to the shell (fg to return)"),
        Binding([.ctrl("c")], .quit, vi: "thoát", en: "quit"),
    ]

    /// Walking the as-of date (`AsOfWalk`).
    static let walking: [Binding] = [
        Binding(
            [.char("<"), .char(",")], .asOfBack, vi: "lùi ngày xem 1 tháng (cửa khẩu: 1 ngày)",
            en: "as of a month earlier (a day on a gate)"),
        Binding(
            [.char(">"), .char(".")], .asOfForward, vi: "tiến ngày xem 1 tháng (cửa khẩu: 1 ngày)",
            en: "as of a month later (a day on a gate)"),
        Binding([.char("=")], .asOfLatest, vi: "về ngày có dữ liệu mới nhất", en: "as of the latest data"),
    ]

    static func moves(withSideways: Bool) -> [Binding] {
        var b = [
            Binding([.up, .char("k")], .up, vi: "lên", en: "up"),
            Binding([.down, .char("j")], .down, vi: "xuống", en: "down"),
        ]
        if withSideways {
            b += [
                Binding([.left, .char("h")], .left, vi: "khung bên trái", en: "panel to the left"),
                Binding([.right, .char("l")], .right, vi: "khung bên phải", en: "panel to the right"),
            ]
        }
        return b + [
            Binding([.pageUp], .pageUp, vi: "trang trước", en: "page up"),
            Binding([.pageDown], .pageDown, vi: "trang sau", en: "page down"),
            Binding([.home, .char("g")], .home, vi: "đầu danh sách", en: "first"),
            Binding([.end, .char("G")], .end, vi: "cuối danh sách", en: "last"),
        ]
    }

    /// The action a key asks for in a context, if any. Digits pick their
    /// panel; in the filter context every printable character is typed.
    public static func action(
        for key: Key, in context: KeyContext, panels: Int = PanelRegistry.standard.count
    ) -> Action? {
        if context == .filter || context == .jump, case .char(let c) = key { return .filterType(c) }
        if context == .form, case .char(let c) = key { return .formType(c) }
        switch key {
        case .mouse(let m):
            switch m.kind {
            case .press: return .click(x: m.x, y: m.y)
            case .wheelUp: return .wheel(up: true, x: m.x, y: m.y)
            case .wheelDown: return .wheel(up: false, x: m.x, y: m.y)
            }
        case .resize: return .resize
        default: break
        }
        for b in bindings(context, panels: panels) where b.keys.contains(key) {
            if case .focusPanel = b.action, case .char(let c) = key, let n = c.wholeNumberValue {
                return .focusPanel(n - 1)
            }
            return b.action
        }
        return nil
    }

    /// How a key is written in hints and help.
    public static func name(of key: Key, _ charset: Charset) -> String {
        let ascii = charset == .ascii
        switch key {
        case .char(" "): return ascii ? "Space" : "␣"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return ascii ? "Up" : "↑"
        case .down: return ascii ? "Down" : "↓"
        case .left: return ascii ? "Left" : "←"
        case .right: return ascii ? "Right" : "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        case .mouse: return ascii ? "mouse" : "chuột"
        case .resize: return "resize"
        }
    }
}
