import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where the programs under test are: next to the test runner, in the
/// build folder `swift build` filled (`.build/<triple>/debug/`).
public enum Binaries {
    public static var buildFolder: String? {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        var url = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The runner may sit inside an .xctest bundle folder.
        if url.lastPathComponent.hasSuffix(".xctest") { url.deleteLastPathComponent() }
        return url.path
    }

    /// The `ezboard` executable built with the tests.
    public static var ezboard: String? {
        guard let dir = buildFolder else { return nil }
        let path = dir + "/ezboard"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The package's root folder (where `Package.swift` and `Data/` are).
    public static func packageRoot(from file: String = #filePath) -> String {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }
}
