import ArgumentParser
import Foundation
import KataAnalysis
import KataEngine

/// `kata spar`: bots against the scenario's buyer, many times, to see whether the persona is too
/// soft, too hard or broken.
struct SparCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spar",
        abstract: "Run bot trainees against a scenario's buyer and summarise the deals and tactics.")

    @Argument(help: "A scenario id or a path to a YAML file.") var scenario: String
    @Option(help: "A bot (\(BotKind.allCases.map(\.rawValue).joined(separator: ", "))) or all.") var bot = "all"
    @Option(help: "Sessions per bot.") var runs = 200
    @Option(help: "Seed the sessions' seeds are derived from.") var seed: UInt64 = 1
    @Flag(help: "Print JSON for machines.") var json = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if bot != "all" && BotKind(rawValue: bot) == nil {
            throw ValidationError(
                "unknown bot '\(bot)'; bots: \(BotKind.allCases.map(\.rawValue).joined(separator: ", ")) or all")
        }
        if runs < 1 || runs > 10_000_000 { throw ValidationError("--runs must be between 1 and 10,000,000") }
    }

    func run() throws {
        let loaded = try loadScenario(scenario)
        let context = SessionContext(loaded.scenario)
        let bots = bot == "all" ? BotKind.allCases : BotKind(rawValue: bot).map { [$0] } ?? []
        var progress = ProgressBar(total: runs * bots.count, label: "spar")
        var reports: [SparReport] = []
        // Every session is scored as a debrief would score it; the ZOPA is worked out once.
        let zopaExists = !ZOPA(loaded.scenario).isEmpty
        for (position, kind) in bots.enumerated() {
            reports.append(
                Spar.run(
                    context, bot: kind, runs: runs, seed: seed,
                    scorer: { ScorecardBuilder(context: context, zopaExists: zopaExists) }
                ) { done in
                    progress.update(position * runs + done)
                })
        }
        progress.finish()
        if json {
            try printJSON(SparOutput(scenario: loaded.scenario.id, seed: seed, runs: runs, bots: reports))
        } else {
            print(
                SparTable(reports: reports, scenario: loaded.scenario).render(
                    text: language.text(for: loaded.scenario), style: .current))
        }
    }
}

/// `kata spar --json`.
struct SparOutput: Encodable {
    var scenario: String
    var seed: UInt64
    var runs: Int
    var bots: [SparReport]
}
