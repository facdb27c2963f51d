// swift-tools-version:6.0
import PackageDescription

// One executable, `ezboard`, over four modules that depend on each other in
// one direction only: BoardModel ← BoardView ← BoardTerminal ← EzboardCLI.
// See ARCHITECTURE.md.

// Concrete types' metadata through the compiler's accessor functions, not
// by mangled name: a mangled name is decoded at run time, and each generic
// requirement in it (a Dictionary's key: Hashable) is looked up by a scan
// of every conformance record in the static binary (~250 K instructions
// the first time each). Before the dashboard's first frame on the sample
// that was a fifth of all instructions (make bench: tty).
let metadataByAccessor: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

let package = Package(
    name: "ezboard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ezboard", targets: ["ezboard"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // ncursesw (the wide-character build) and a shim for the macros and
        // globals Swift cannot import.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // glibc's malloc settings (mallopt), which the Glibc module does not
        // import: the one-shot commands' heap (EzboardCLI/OneShotHeap.swift).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),

        // Records, CSV reader, loader, validation and summaries. Knows
        // nothing of terminals.
        .target(name: "BoardModel", swiftSettings: metadataByAccessor),

        // Canvas, widgets, layout, screens, navigation state and key map.
        // Never imports curses: rendering is a pure function of state.
        .target(name: "BoardView", dependencies: ["BoardModel"], swiftSettings: metadataByAccessor),

        // The only code that touches the terminal.
        .target(
            name: "BoardTerminal", dependencies: ["BoardView", "CNcursesw"], swiftSettings: metadataByAccessor),

        // Commands (check, report, snapshot, the dashboard) and the event loop.
        .target(
            name: "EzboardCLI",
            dependencies: [
                "BoardModel", "BoardView", "BoardTerminal", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")] + metadataByAccessor),
        .executableTarget(name: "ezboard", dependencies: ["EzboardCLI"], swiftSettings: metadataByAccessor),

        // Benchmarks and the deterministic data generator behind `make bench`.
        .executableTarget(name: "ezbench", dependencies: ["BoardModel", "BoardView", "EzboardCLI"]),

        // Helpers shared by the end-to-end tests: spawning with clean
        // signal masks, a private tmux server to drive a real terminal.
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "BoardModelTests", dependencies: ["BoardModel", "TestSupport"]),
        .testTarget(name: "BoardViewTests", dependencies: ["BoardView", "BoardModel", "TestSupport"]),
        .testTarget(name: "BoardTerminalTests", dependencies: ["BoardTerminal", "BoardView", "TestSupport"]),
        .testTarget(name: "EzboardTests", dependencies: ["EzboardCLI", "BoardModel", "BoardView", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
