import BoardModel
import Testing

@testable import EzboardCLI

/// Each setting: flag > environment > config file > built-in default.
struct ConfigPrecedenceTests {
    let none = Environment([:])
    let empty = Config()
    let sample: () -> String? = { "/usr/share/ezboard/Data" }

    // MARK: Data folder

    @Test func dataFolder() {
        let config = Config(data: "/from/config")
        let env = Environment(["EZBOARD_DATA": "/from/env"])
        #expect(
            Settings.dataFolder(flag: "/from/flag", env: env, config: config, sample: sample)
                == Resolved(value: "/from/flag", source: .flag("--data")))
        #expect(
            Settings.dataFolder(flag: nil, env: env, config: config, sample: sample)
                == Resolved(value: "/from/env", source: .environment("EZBOARD_DATA")))
        #expect(
            Settings.dataFolder(flag: nil, env: none, config: config, sample: sample)
                == Resolved(value: "/from/config", source: .configFile))
        #expect(
            Settings.dataFolder(flag: nil, env: none, config: empty, sample: sample)
                == Resolved(value: "/usr/share/ezboard/Data", source: .builtIn))
        // No sample data found: the folder named Data where ezboard runs.
        #expect(Settings.dataFolder(flag: nil, env: none, config: empty, sample: { nil }).value == "Data")
    }

    @Test func anEmptyEnvironmentVariableIsUnset() {
        let env = Environment(["EZBOARD_DATA": "", "EZBOARD_LANG": "", "NO_COLOR": ""])
        #expect(
            Settings.dataFolder(flag: nil, env: env, config: Config(data: "/c"), sample: sample).source == .configFile)
        #expect(Settings.lang(flag: nil, env: env, config: Config(lang: .en)).source == .configFile)
        #expect(Settings.color(noColorFlag: false, env: env, config: empty).value == .auto)
    }

    // MARK: Language

    @Test func language() {
        let config = Config(lang: .en)
        let env = Environment(["EZBOARD_LANG": "vi"])
        #expect(
            Settings.lang(flag: .en, env: env, config: Config(lang: .vi))
                == Resolved(value: .en, source: .flag("--lang")))
        #expect(
            Settings.lang(flag: nil, env: env, config: config)
                == Resolved(value: .vi, source: .environment("EZBOARD_LANG")))
        #expect(Settings.lang(flag: nil, env: none, config: config) == Resolved(value: .en, source: .configFile))
        #expect(Settings.lang(flag: nil, env: none, config: empty) == Resolved(value: .vi, source: .builtIn))
    }

    @Test func aLanguageTheEnvironmentGetsWrongIsPassedOver() {
        let env = Environment(["EZBOARD_LANG": "fr"])
        #expect(
            Settings.lang(flag: nil, env: env, config: Config(lang: .en)) == Resolved(value: .en, source: .configFile))
        #expect(Settings.lang(flag: nil, env: Environment(["EZBOARD_LANG": "EN"]), config: empty).value == .en)
    }

    // MARK: Colour

    @Test func colour() {
        let env = Environment(["NO_COLOR": "1"])
        #expect(
            Settings.color(noColorFlag: true, env: none, config: Config(color: .auto))
                == Resolved(value: .never, source: .flag("--no-color")))
        #expect(
            Settings.color(noColorFlag: false, env: env, config: Config(color: .auto))
                == Resolved(value: .never, source: .environment("NO_COLOR")))
        #expect(
            Settings.color(noColorFlag: false, env: none, config: Config(color: .never))
                == Resolved(value: .never, source: .configFile))
        #expect(
            Settings.color(noColorFlag: false, env: none, config: Config(color: .auto))
                == Resolved(value: .auto, source: .configFile))
        #expect(
            Settings.color(noColorFlag: false, env: none, config: empty) == Resolved(value: .auto, source: .builtIn))
    }

    // MARK: ASCII

    @Test func ascii() {
        let never = Config(ascii: .never)
        let always = Config(ascii: .always)
        #expect(
            Settings.ascii(asciiFlag: true, utf8Flag: false, config: never)
                == Resolved(value: .always, source: .flag("--ascii")))
        #expect(
            Settings.ascii(asciiFlag: false, utf8Flag: true, config: always)
                == Resolved(value: .never, source: .flag("--utf8")))
        #expect(
            Settings.ascii(asciiFlag: false, utf8Flag: false, config: always)
                == Resolved(value: .always, source: .configFile))
        #expect(
            Settings.ascii(asciiFlag: false, utf8Flag: false, config: never)
                == Resolved(value: .never, source: .configFile))
        #expect(
            Settings.ascii(asciiFlag: false, utf8Flag: false, config: empty) == Resolved(value: .auto, source: .builtIn)
        )
    }

    // MARK: Stale thresholds

    @Test func staleThresholds() {
        let config = Config(monthlyDays: 60, crossingsDays: 0.25)
        #expect(Settings.monthlyDays(config: config) == Resolved(value: 60, source: .configFile))
        #expect(Settings.crossingsDays(config: config) == Resolved(value: 0.25, source: .configFile))
        #expect(Settings.staleThresholds(config: config) == StaleThresholds(monthlyDays: 60, crossingsDays: 0.25))
        #expect(Settings.monthlyDays(config: empty) == Resolved(value: 35, source: .builtIn))
        #expect(Settings.crossingsDays(config: empty) == Resolved(value: 1, source: .builtIn))
        #expect(Settings.staleThresholds(config: empty) == StaleThresholds())
        // Only one set: the other keeps its default.
        #expect(
            Settings.staleThresholds(config: Config(crossingsDays: 2))
                == StaleThresholds(monthlyDays: 35, crossingsDays: 2))
    }

    // MARK: From the file to the settings

    @Test func aParsedFileFeedsTheSettings() {
        let (config, problems) = ConfigFile.parse(
            Array(
                """
                data = "~/d"
                lang = "en"
                [display]
                color = false
                ascii = "never"
                [stale]
                monthly_days = 7
                """.utf8), file: "/home/u/.config/ezboard/config.toml", env: Environment(["HOME": "/home/u"]))
        #expect(problems.isEmpty)
        #expect(Settings.dataFolder(flag: nil, env: none, config: config, sample: sample).value == "/home/u/d")
        #expect(Settings.lang(flag: nil, env: none, config: config).value == .en)
        #expect(Settings.color(noColorFlag: false, env: none, config: config).value == .never)
        #expect(Settings.ascii(asciiFlag: false, utf8Flag: false, config: config).value == .never)
        #expect(Settings.staleThresholds(config: config) == StaleThresholds(monthlyDays: 7, crossingsDays: 1))
    }
}
