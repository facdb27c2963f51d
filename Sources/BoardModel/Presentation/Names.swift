/// Names of the enumerations in both languages, for screens and reports.
extension ProjectStatus {
    public func name(_ l: Lang) -> String {
        switch self {
        case .appraising: return l.pick("đang thẩm định", "appraising")
        case .licensed: return l.pick("cấp mới", "licensed")
        case .adjusted: return l.pick("điều chỉnh", "adjusted")
        case .operating: return l.pick("đang hoạt động", "operating")
        case .suspended: return l.pick("tạm dừng", "suspended")
        case .revoked: return l.pick("thu hồi", "revoked")
        }
    }
}

extension ProcedureStatus {
    public func name(_ l: Lang) -> String {
        switch self {
        case .missing: return l.pick("còn thiếu", "missing")
        case .inProgress: return l.pick("đang làm", "in progress")
        case .done: return l.pick("đã xong", "done")
        }
    }
}

extension ProjectProcedure {
    /// A procedure's name (`land` → "đất đai"); another id as written.
    public static func name(_ id: String, _ l: Lang) -> String {
        switch id {
        case "land": return l.pick("đất đai", "land")
        case "environment": return l.pick("môi trường", "environment")
        case "construction": return l.pick("xây dựng", "construction")
        case "fire-safety": return l.pick("phòng cháy chữa cháy", "fire safety")
        case "investment": return l.pick("đầu tư", "investment")
        default: return id
        }
    }
}

extension PlanStage {
    public func name(_ l: Lang) -> String {
        switch self {
        case .assigned: return l.pick("mới giao", "assigned")
        case .surveying: return l.pick("khảo sát", "surveying")
        case .drafting: return l.pick("lập đồ án", "drafting")
        case .appraising: return l.pick("thẩm định", "appraising")
        case .approved: return l.pick("đã phê duyệt", "approved")
        }
    }
}

extension WorkStatus {
    public func name(_ l: Lang) -> String {
        switch self {
        case .proposed: return l.pick("đề xuất", "proposed")
        case .preparing: return l.pick("chuẩn bị đầu tư", "preparing")
        case .underConstruction: return l.pick("đang thi công", "under construction")
        case .completed: return l.pick("hoàn thành", "completed")
        case .operating: return l.pick("đưa vào sử dụng", "operating")
        }
    }
}

extension TaskStatus {
    public func name(_ l: Lang) -> String {
        switch self {
        case .notStarted: return l.pick("chưa bắt đầu", "not started")
        case .inProgress: return l.pick("đang thực hiện", "in progress")
        case .done: return l.pick("hoàn thành", "done")
        case .blocked: return l.pick("vướng mắc", "blocked")
        }
    }
}

extension GateKind {
    public func name(_ l: Lang) -> String {
        switch self {
        case .international: return l.pick("quốc tế", "international")
        case .main: return l.pick("chính", "main")
        case .auxiliary: return l.pick("phụ", "auxiliary")
        case .crossingPoint: return l.pick("lối mở", "crossing point")
        }
    }
}

extension GateStatus {
    public func name(_ l: Lang) -> String {
        switch self {
        case .open: return l.pick("đang hoạt động", "open")
        case .suspended: return l.pick("tạm dừng", "suspended")
        case .reopenProposed: return l.pick("đề xuất mở lại", "reopen proposed")
        }
    }
}

extension ZoneKind {
    public func name(_ l: Lang) -> String {
        switch self {
        case .industrialZone: return l.pick("khu công nghiệp", "industrial zone")
        case .industrialCluster: return l.pick("cụm công nghiệp", "industrial cluster")
        case .economicZoneArea: return l.pick("khu chức năng KKT", "economic-zone area")
        case .other: return l.pick("ngoài khu, cụm", "outside the zones")
        }
    }
}

extension Direction {
    public func name(_ l: Lang) -> String {
        self == .export ? l.pick("xuất", "export") : l.pick("nhập", "import")
    }
}

extension TaskView.State {
    /// The derived state in words: "quá hạn 12 ngày" / "overdue 12 days".
    public func words(_ l: Lang) -> String {
        switch self {
        case .overdue(let d):
            // One language's words, joined without interpolation: the
            // brief words thousands of overdue assignments (make bench).
            return l == .vi ? "quá hạn " + String(d) + " ngày" : "overdue " + String(d) + (d == 1 ? " day" : " days")
        case .open(let d):
            if d == 0 { return l.pick("đến hạn hôm nay", "due today") }
            return l.pick("còn \(d) ngày", "\(d) day\(d == 1 ? "" : "s") left")
        case .standing: return l.pick("nhiệm vụ thường xuyên", "standing task")
        case .doneOnTime: return l.pick("hoàn thành đúng hạn", "done on time")
        case .doneLate(let d): return l.pick("hoàn thành chậm \(d) ngày", "done \(d) day\(d == 1 ? "" : "s") late")
        case .done: return l.pick("hoàn thành", "done")
        }
    }
}
