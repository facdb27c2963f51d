import ArgumentParser
import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

/// `--data DIR`: the data folder, shared by every command.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder (default: $EZBOARD_DATA, else the config file's 'data', "
                + "else the sample data shipped with ezboard).",
            valueName: "dir"),
        completion: .directory)
    var data: String?

    /// The folder to read: the flag, the environment, the config file,
    /// else the sample data.
    func folder() -> String { Self.folder(flag: data) }

    static func folder(flag: String?) -> String {
        Settings.dataFolder(flag: flag).value
    }

    /// Reads the data folder; one that cannot be read at all is reported
    /// on standard error and ends the command with exit status 2.
    func load() throws -> DataFolder { try Self.load(flag: data) }

    static func load(flag: String?) throws -> DataFolder {
        let path = folder(flag: flag)
        do {
            return try DataFolder.load(path, today: Clock.dataToday())
        } catch {
            Output.error("ezboard: \(SafeText.oneLine(error.description))")
            throw ExitCode(2)
        }
    }
}

/// `--as-of DATE`.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Show figures as of this date (default: the latest observation in the data, not after today).",
            valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let d = Day(text) else {
                throw ValidationError("'\(text)' is not a date: write YYYY-MM-DD, e.g. 2024-03-31")
            }
            return d
        })
    var asOf: Day?

    /// The figures of `folder` as of this date, else its latest
    /// observation (not after today), else today. A date is always found,
    /// so there is always a summary; should that ever change, say so and
    /// exit 2 rather than trap.
    func summary(of folder: DataFolder, silentDays: Int) throws -> BoardSummary {
        try Self.summary(asOf: asOf, of: folder, silentDays: silentDays)
    }

    /// The date the figures are for: `asOf`, else the folder's latest
    /// observation (not after today), else today.
    static func day(_ asOf: Day?, of folder: DataFolder) -> Day {
        asOf ?? folder.latestObservation() ?? Clock.today()
    }

    static func summary(asOf: Day?, of folder: DataFolder, silentDays: Int) throws -> BoardSummary {
        let day = day(asOf, of: folder)
        guard
            let summary = BoardSummary.compute(
                folder.dataSet, asOf: day, problems: folder.problems, silentDays: silentDays)
        else {
            Output.error("ezboard: no date to compute the figures for; give one with --as-of YYYY-MM-DD")
            throw ExitCode(2)
        }
        return summary
    }
}

/// `--silent-days N`: after how many days without a progress report an
/// open assignment is silent.
struct SilentDaysOption: ParsableArguments {
    @Option(
        name: .customLong("silent-days"),
        help: ArgumentHelp(
            "An open assignment is silent after this many days without a progress report "
                + "(default: [brief] silent_days in the config file, else 30).",
            valueName: "N"),
        transform: { text in
            guard let n = parse(text) else {
                throw ValidationError(
                    "'\(text)' is not a number of days: --silent-days takes a whole number from "
                        + "\(Reporting.silentDaysRange.lowerBound) to \(Reporting.silentDaysRange.upperBound), e.g. 30")
            }
            return n
        })
    var silentDays: Int?

    /// The flag's value, nil when it is not a number of days.
    static func parse(_ text: String) -> Int? {
        guard let n = Int(text), Reporting.silentDaysRange.contains(n) else { return nil }
        return n
    }

    /// The flag, else the config file, else 30.
    var value: Int { Self.value(flag: silentDays) }

    static func value(flag: Int?) -> Int { Settings.silentDays(flag: flag).value }
}

/// `--lang vi|en`.
enum LangOption: String, ExpressibleByArgument, CaseIterable {
    case vi, en
    var lang: Lang { self == .vi ? .vi : .en }

    /// The flag, else `EZBOARD_LANG`, else the config file, else Vietnamese.
    static func resolve(_ flag: LangOption?) -> Lang {
        Settings.lang(flag: flag?.lang).value
    }
}

/// Where the sample data set shipped with ezboard is: next to an installed
/// binary (`PREFIX/share/ezboard/Data`), or in the source tree the binary
/// was built in (`.build/…/ezboard` → the package's `Data/`).
public enum SampleData {
    public static func location() -> String? {
        guard let exe = executablePath() else { return nil }
        var dir = parent(exe)
        let installed = parent(dir) + "/share/ezboard/Data"
        if FileIO.isDirectory(installed) { return installed }
        for _ in 0..<6 {
            if FileIO.fingerprint(dir + "/Package.swift") != nil, FileIO.isDirectory(dir + "/Data") {
                return dir + "/Data"
            }
            dir = parent(dir)
        }
        return nil
    }

    static func executablePath() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
