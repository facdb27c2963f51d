import BoardModel
import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

/// A deterministic data set for the benchmarks: the sample data's small
/// files (copied as they are) and a big crossing log made by a fixed
/// pseudo-random sequence, so every run measures the same bytes.
enum BenchData {
    struct Failure: Error, CustomStringConvertible { var description: String }

    // Quoted in the log (they hold commas), as a spreadsheet export would.
    static let cargo = [
        "Nông sản, rau quả: chuối tiêu xanh đóng thùng carton", "Trái cây tươi, ướp lạnh: dưa hấu ruột đỏ",
        "Trái cây tươi, ướp lạnh: thanh long ruột trắng", "Lạc nhân, bóc vỏ, đóng bao 50 kg",
        "Mây tre đan, hàng thủ công mỹ nghệ", "Bánh kẹo, đồ uống các loại đóng thùng",
        "Hóa chất công nghiệp, axit sunfuric", "Máy móc, thiết bị cơ khí nông nghiệp",
        "Phân bón DAP, đóng bao 50 kg", "Linh kiện điện tử, phụ tùng thay thế",
    ]

    /// What is wrong with every row of a generated log (for the
    /// many-problems figures): nothing, an unknown gate, or five bad
    /// values (time, gate, direction, tonnes, value).
    enum Damage: String {
        case none, gate, five
    }

    static func generate(into dir: String, rows: Int, damage: Damage = .none) throws {
        guard let sample = SampleData.location() else { throw Failure(description: "sample Data/ not found") }
        mkdir(dir, 0o755)
        mkdir(dir + "/crossings", 0o755)
        for file in DataFile.allCases {
            guard case .success(let bytes) = FileIO.read(sample + "/" + file.rawValue) else { continue }
            try write(dir + "/" + file.rawValue, bytes)
        }
        var out = [UInt8]()
        out.reserveCapacity(rows * 135)
        out += Array("time,gate_id,direction,plate,cargo,tonnes,value_usd\n".utf8)
        out += makeRows(rows, seed: 0x9E37_79B9_7F4A_7C15, damage: damage)
        try write(dir + "/crossings/log.csv", out)
        print("ezbench: wrote \(dir) with \(rows) crossings (\(out.count / 1_000_000) MB)")
    }

    /// `rows` crossings spread over the 90 days ending 2024-03-31 22:00
    /// local time, from a fixed pseudo-random sequence.
    static func makeRows(_ rows: Int, seed: UInt64, damage: Damage = .none) -> [UInt8] {
        let gates = ["KIMTHANH", "KIMTHANH", "KIMTHANH", "HOKIEU", "LAOCAIDS", "MUONGKHUONG", "BANVUOC"]
        var state: UInt64 = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let end = LocalTime.parse("2024-03-31T22:00:00")!
        let start = end - 90 * 86400
        let step = Double(end - start) / Double(max(rows, 1))
        var out = [UInt8]()
        out.reserveCapacity(rows * 135)
        for i in 0..<rows {
            let t = start + Int64(Double(i) * step)
            let day = LocalTime.day(ofEpochSeconds: t)
            let secs = Int((t + 7 * 3600) % 86400)
            let r = next()
            let exportRow = r % 3 == 0
            let plateNo = 10000 + Int(next() % 90000)
            var line = "\(day)T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))+07:00,"
            if damage == .five { line = "\(day) \(secs / 3600)h," }
            let gate = gates[Int(next() % UInt64(gates.count))]
            line += damage == .none ? gate + "," : "NO" + gate + ","
            line += damage == .five ? "sideways," : exportRow ? "export," : "import,"
            line += "24C-\(plateNo / 100).\(two(plateNo % 100)),"
            let c = cargo[Int(next() % UInt64(cargo.count))]
            line += "\"\(c), tại bãi\","
            line += "\(5 + next() % 30).\(two(Int(next() % 100)))\(damage == .five ? "t" : ""),"
            line += "\(damage == .five ? "-" : "")\(1000 + next() % 90000).\(two(Int(next() % 100)))\n"
            out += Array(line.utf8)
        }
        return out
    }

    /// Extra rows for appending (a different seed: different vehicles).
    static func printRows(_ n: Int) {
        let rows = makeRows(n, seed: 0x1234_5678)
        rows.withUnsafeBytes { _ = Glibc.write(1, $0.baseAddress!, $0.count) }
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    static func write(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot write \(path)") }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            guard n > 0 else { throw Failure(description: "cannot write \(path)") }
            done += n
        }
    }
}
