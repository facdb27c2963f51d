// Helpers shared by the BoardModel tests: temporary data folders, a
// minimal valid data set to mutate one file at a time, the sample data
// set's location, and a tiny JSON reader to check the report's shape.

import Testing

@testable import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - Temporary folders

/// Writes `files` (relative path → bytes) into a fresh folder under /tmp,
/// calls `body` with its path, and removes the folder afterwards.
func withTempFolder<T>(bytes files: [String: [UInt8]], _ body: (String) throws -> T) rethrows -> T {
    var template = Array("/tmp/ezboard-tests-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(made != nil, "mkdtemp failed")
    let root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { removeTree(root) }
    for (rel, data) in files {
        let parts = rel.split(separator: "/")
        var dir = root
        for part in parts.dropLast() {
            dir += "/" + part
            mkdir(dir, 0o755)
        }
        writeFile(root + "/" + rel, data)
    }
    return try body(root)
}

/// Text variant of `withTempFolder(bytes:_:)`.
func withTempFolder<T>(_ files: [String: String], _ body: (String) throws -> T) rethrows -> T {
    try withTempFolder(bytes: files.mapValues { Array($0.utf8) }, body)
}

func writeFile(_ path: String, _ data: [UInt8], append: Bool = false) {
    let fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
    precondition(fd >= 0, "cannot open \(path)")
    defer { close(fd) }
    data.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            precondition(n > 0, "write failed")
            done += n
        }
    }
}

func makeFolder(_ path: String) { mkdir(path, 0o755) }

func appendFile(_ path: String, _ text: String) { writeFile(path, Array(text.utf8), append: true) }

func removeTree(_ path: String) {
    var st = stat()
    guard lstat(path, &st) == 0 else { return }
    if (st.st_mode & S_IFMT) == S_IFDIR {
        if let dir = opendir(path) {
            var names: [String] = []
            while let e = readdir(dir) {
                let name = withUnsafePointer(to: e.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(dir)
            for n in names { removeTree(path + "/" + n) }
        }
        rmdir(path)
    } else {
        unlink(path)
    }
}

func readBytes(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    precondition(fd >= 0, "cannot open \(path)")
    defer { close(fd) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress!, 65536) }
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}

// MARK: - Loading

/// Loads a data folder written from `files` (the folder is gone afterwards;
/// the returned value holds everything read).
func load(_ files: [String: String]) throws -> DataFolder {
    try withTempFolder(files) { try DataFolder.load($0) }
}

func load(bytes files: [String: [UInt8]]) throws -> DataFolder {
    try withTempFolder(bytes: files) { try DataFolder.load($0) }
}

extension DataFolder {
    /// `LINE:COLUMN severity` of every problem in `file`, in listing order.
    func locations(_ file: String) -> [String] {
        problems.filter { $0.file == file }.map { "\($0.line):\($0.column) \($0.severity.rawValue)" }
    }

    /// Problems of `file` only.
    func problems(of file: String) -> [Problem] { problems.filter { $0.file == file } }

    /// Every problem as `FILE:LINE:COLUMN: severity: message`.
    var lines: [String] { problems.map(\.description) }
}

// MARK: - The minimal valid data set

/// A small data set without a single problem. Tests replace one file (or
/// remove it with nil) and check what the loader says about that file.
enum Minimal {
    static let units = """
        id,name,short_name,kind
        U1,Ban Quản lý Khu Kinh tế tỉnh,BQL KKT,board
        U2,Sở Công Thương,,department
        U3,Huyện Bát Xát,,district

        """
    static let gates = """
        id,name,short_name,kind,district,counterpart,status
        G1,Cửa khẩu Quốc tế đường bộ số II Kim Thành,Kim Thành,international,Thành phố Lào Cai,Bắc Sơn,open
        G2,Cửa khẩu Quốc tế Lào Cai – cầu Hồ Kiều,Hồ Kiều,international,Thành phố Lào Cai,,open

        """
    static let zones = """
        id,name,short_name,kind,district,area_ha,leased_ha
        Z1,Khu công nghiệp Tằng Loỏng,KCN Tằng Loỏng,industrial-zone,Bảo Thắng,100,50
        Z2,Ngoài khu công nghiệp,,other,,,
        Z3,Cụm công nghiệp Bản Qua,,industrial-cluster,Bát Xát,20,

        """
    static let targets = """
        year,metric,value
        2024,trade_usd,1000
        2024,output_bn_vnd,500

        """
    static let trade = """
        month,gate_id,export_usd,import_usd,border_trade_usd
        2024-01,G1,100,200,10

        """
    static let output = """
        month,zone_id,output_bn_vnd,export_usd,workers
        2024-01,Z1,30,,
        2024-01,Z2,10,,

        """
    static let projects = """
        id,name,zone_id,investor,capital_bn_vnd,status,status_on
        P1,Nhà máy phân bón,Z1,Công ty A,120.5,operating,2023-05-01

        """
    static let works = """
        id,name,zone_id,gate_id,owner_id,budget_bn_vnd,disbursed_bn_vnd,progress_pct,status,start_on,due_on
        W1,Bãi kiểm hóa,,G1,U1,10,5,50,under-construction,2023-01-01,2024-06-30

        """
    static let tasks = """
        id,title,lead_id,support_ids,source,assigned_on,due_on,status,done_on
        T1,Lập kế hoạch năm 2024,U1,U2;U3,Kết luận hội nghị,2024-01-10,2024-06-28,in-progress,

        """
    static let taskUpdates = """
        task_id,on,progress_pct,note
        T1,2024-01-20,10,Đã khởi động

        """

    static let files: [String: String] = [
        "units.csv": units, "gates.csv": gates, "zones.csv": zones, "targets.csv": targets,
        "trade_monthly.csv": trade, "output_monthly.csv": output, "projects.csv": projects,
        "works.csv": works, "tasks.csv": tasks, "task_updates.csv": taskUpdates,
    ]

    /// The minimal set with some files replaced (nil removes the file).
    static func with(_ changes: [String: String?]) -> [String: String] {
        var f = files
        for (k, v) in changes { f[k] = v }
        return f
    }

    /// The minimal set with some files replaced by raw bytes.
    static func with(bytes changes: [String: [UInt8]]) -> [String: [UInt8]] {
        var f = files.mapValues { Array($0.utf8) }
        for (k, v) in changes { f[k] = v }
        return f
    }
}

/// `YYYY-MM-DD` → Day (test input only; fails the test on a typo).
func day(_ s: String) -> Day { Day(s)! }

// MARK: - The sample data set

/// `Data/` of this checkout, found from this file's path.
let sampleDataPath: String = {
    var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Support.swift, BoardModelTests, Tests
    return parts.joined(separator: "/") + "/Data"
}()

// MARK: - A tiny JSON reader (enough to check the report parses)

indirect enum JValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JValue])
    case object([String: JValue], keys: [String])

    subscript(key: String) -> JValue? {
        if case .object(let m, _) = self { return m[key] }
        return nil
    }
    subscript(index: Int) -> JValue? {
        if case .array(let a) = self, index < a.count { return a[index] }
        return nil
    }
    var keys: [String] { if case .object(_, let k) = self { return k } else { return [] } }
    var number: Double? { if case .number(let v) = self { return v } else { return nil } }
    var string: String? { if case .string(let v) = self { return v } else { return nil } }
    var array: [JValue]? { if case .array(let v) = self { return v } else { return nil } }
    var isNull: Bool { self == .null }
}

struct JSONReader {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "invalid JSON at scalar \(offset)" }
    }
    private let s: [Unicode.Scalar]
    private var i = 0

    static func parse(_ text: String) throws -> JValue {
        var r = JSONReader(s: Array(text.unicodeScalars))
        let v = try r.value()
        r.space()
        guard r.i == r.s.count else { throw Failure(offset: r.i) }
        return v
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private mutating func space() { while i < s.count, " \n\r\t".unicodeScalars.contains(s[i]) { i += 1 } }

    private mutating func expect(_ word: String) throws {
        for c in word.unicodeScalars {
            guard i < s.count, s[i] == c else { throw Failure(offset: i) }
            i += 1
        }
    }

    private mutating func value() throws -> JValue {
        space()
        guard i < s.count else { throw Failure(offset: i) }
        switch s[i] {
        case "n":
            try expect("null")
            return .null
        case "t":
            try expect("true")
            return .bool(true)
        case "f":
            try expect("false")
            return .bool(false)
        case "\"": return .string(try string())
        case "[":
            i += 1
            var items: [JValue] = []
            space()
            if i < s.count, s[i] == "]" {
                i += 1
                return .array(items)
            }
            while true {
                items.append(try value())
                space()
                guard i < s.count else { throw Failure(offset: i) }
                if s[i] == "," {
                    i += 1
                    continue
                }
                if s[i] == "]" {
                    i += 1
                    return .array(items)
                }
                throw Failure(offset: i)
            }
        case "{":
            i += 1
            var members: [String: JValue] = [:]
            var keys: [String] = []
            space()
            if i < s.count, s[i] == "}" {
                i += 1
                return .object(members, keys: keys)
            }
            while true {
                space()
                guard i < s.count, s[i] == "\"" else { throw Failure(offset: i) }
                let k = try string()
                space()
                try expect(":")
                guard members[k] == nil else { throw Failure(offset: i) }  // duplicate key
                members[k] = try value()
                keys.append(k)
                space()
                guard i < s.count else { throw Failure(offset: i) }
                if s[i] == "," {
                    i += 1
                    continue
                }
                if s[i] == "}" {
                    i += 1
                    return .object(members, keys: keys)
                }
                throw Failure(offset: i)
            }
        default:
            return .number(try number())
        }
    }

    private mutating func number() throws -> Double {
        let start = i
        if i < s.count, s[i] == "-" { i += 1 }
        while i < s.count, ("0"..."9").contains(s[i]) || ".eE+-".unicodeScalars.contains(s[i]) { i += 1 }
        var text = ""
        text.unicodeScalars.append(contentsOf: s[start..<i])
        guard let v = Double(text) else { throw Failure(offset: start) }
        return v
    }

    private mutating func string() throws -> String {
        i += 1  // opening quote
        var out = String.UnicodeScalarView()
        while i < s.count {
            let c = s[i]
            i += 1
            if c == "\"" { return String(out) }
            // Raw control characters are not allowed in JSON strings.
            guard c.value >= 0x20 else { throw Failure(offset: i - 1) }
            if c != "\\" {
                out.append(c)
                continue
            }
            guard i < s.count else { break }
            let e = s[i]
            i += 1
            switch e {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "b": out.append("\u{8}")
            case "f": out.append("\u{C}")
            case "u":
                guard i + 4 <= s.count else { throw Failure(offset: i) }
                var hex = ""
                hex.unicodeScalars.append(contentsOf: s[i..<(i + 4)])
                i += 4
                guard let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else { throw Failure(offset: i) }
                out.append(u)
            default: throw Failure(offset: i - 1)
            }
        }
        throw Failure(offset: i)
    }
}
