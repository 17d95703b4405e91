import ArgumentParser
import KataCore

/// `kata play`: the trainee's session. Until the negotiation REPL lands it shows what a trainee
/// prepares from: the brief, the terms with last year's values, and the targets.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Negotiate against a buyer persona (default scenario: carrefour-annual).")

    @Argument(help: "A scenario id or a path to a YAML file.") var scenario: String = ScenarioLibrary.defaultID
    @OptionGroup var language: LanguageOption

    func run() throws {
        let loaded = try loadScenario(scenario)
        let text = language.text(for: loaded.scenario)
        print(ScenarioSheet(loaded.scenario, path: loaded.path).render(text: text, style: .current))
        print("")
        print(text(
            "The live negotiation with the buyer is coming next. Prepare now: try packages with `kata calc \(loaded.scenario.id) TERM=VALUE …`.",
            "与采购的实时谈判即将上线。现在请做准备:用 `kata calc \(loaded.scenario.id) 条款=数值 …` 测算方案。"))
    }
}
