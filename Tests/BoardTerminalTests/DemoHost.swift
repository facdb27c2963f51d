import BoardTerminal
import Foundation
import Testing

/// How the end-to-end tests run `BoardTerminalDemo` in a real terminal.
/// The demo is test code (it has a crash key), so it ships in no binary:
/// tmux starts this very test binary with `EZBOARD_TERMINAL_DEMO_HOST=1`,
/// filtered to `hostedDemo`, which then runs the demo on the pane's
/// terminal.
enum DemoHost {
    static let variable = "EZBOARD_TERMINAL_DEMO_HOST"
    static var isRequested: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// This test binary, as the kernel knows it.
    static var executable: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    }

    /// The shell command for the pane: marks the screen first (to check it
    /// comes back after the demo), runs the demo, then reports its status
    /// and the tty's modes, and keeps the pane open to be inspected.
    static func command(term: String = "tmux-256color", lang: String = "C.UTF-8", extraEnv: String = "") -> String? {
        guard let exe = executable else { return nil }
        return
            "echo before-demo; timeout --foreground 120 env -u LC_ALL -u LC_CTYPE -u NO_COLOR LANG=\(lang) TERM=\(term) \(variable)=1 SWIFT_BACKTRACE=enable=no \(extraEnv) "
            + "'\(exe)' --testing-library swift-testing --filter 'DemoHostTests/hostedDemo'; "
            + "echo runner-exit=$?; "
            + "echo \"tty: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -e '-?echo' -e '-?icanon' -e '-?ixon' | tr '\\n' ' ')\"; sleep 60"
    }
}

@Suite struct DemoHostTests {
    @Test(.enabled(if: DemoHost.isRequested, "runs only inside a tmux pane, started by the end-to-end tests"))
    func hostedDemo() {
        #expect(BoardTerminalDemo.run() == 0)
    }
}
