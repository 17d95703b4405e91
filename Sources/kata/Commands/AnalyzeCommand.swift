import ArgumentParser
import KataAnalysis
import KataEngine
import KataScenario

extension ScenarioCommand {
    /// `kata scenario analyze`: is the scenario winnable, how hard, what the best lawful deal is.
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Analyse a scenario: lawful ZOPA, Pareto frontier, Nash point, terms worth trading, what the law costs, difficulty.",
            discussion:
                "Exact over every lawful package on the terms' steps (never sampled). The difficulty comes from sparring every bot against the buyer (--runs sessions each). For trainers: it shows the buyer's hidden limits."
        )

        @Argument(help: "A scenario id or a path to a YAML file.") var scenario: String
        @Flag(help: "Print JSON for machines.") var json = false
        @Option(help: "Also write the analysis as one self-contained HTML file (SVG charts, no scripts).") var html: String?
        @Option(help: "Spar sessions per bot for the difficulty rating (0 skips it).") var runs = 200
        @Option(help: "Seed of the spar.") var seed: UInt64 = 1
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if runs < 0 || runs > 1_000_000 { throw ValidationError("--runs must be between 0 and 1,000,000") }
        }

        func run() throws {
            let loaded = try loadScenario(scenario)
            let analysis = ScenarioAnalysis(loaded.scenario)
            let context = SessionContext(loaded.scenario)
            let zopaExists = analysis.zopaExists
            let difficulty =
                runs == 0
                ? []
                : BotKind.allCases.map { kind in
                    Spar.run(
                        context, bot: kind, runs: runs, seed: seed,
                        scorer: { ScorecardBuilder(context: context, zopaExists: zopaExists) })
                }
            let report = AnalysisReport(scenario: loaded.scenario, analysis: analysis, difficulty: difficulty)
            let text = language.text(for: loaded.scenario)
            if let html { try HTMLPage.write(report.html(text: text), to: html) }
            if json {
                try printJSON(report)
            } else {
                print(report.render(text: text, style: .current))
            }
        }
    }
}
