import ArgumentParser
import KataScenario
import KataTerms

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`: the UI's language; a scenario's own language otherwise.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "UI language: zh or en (default: the scenario's language).")
    var lang: Language?

    func text(for scenario: Scenario) -> UIText {
        UIText(language: lang ?? scenario.language)
    }
}

/// Loads the scenario a SCENARIO argument names, printing its errors and throwing the exit code
/// (65 invalid, 66 not found) when it cannot.
func loadScenario(_ argument: String) throws -> (scenario: Scenario, path: String) {
    do throws(ScenarioError) {
        let path = try ScenarioLibrary().resolve(argument)
        return (try ScenarioLoader.load(path: path).scenario, path)
    } catch {
        throw report(error)
    }
}
