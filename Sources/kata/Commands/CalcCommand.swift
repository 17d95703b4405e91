import ArgumentParser
import KataLanguage

/// `kata calc`: a what-if calculator: what a package means in money for both sides and against the
/// supplier's targets. Terms not named keep last year's value (else the middle of their range).
struct CalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Compute a package's economics for both sides and check it against your targets.",
        discussion:
            "TERM is a term id, name or alias (Chinese too): kata calc carrefour-annual rebate=5 返利=5 DM档期=6. Unnamed terms take last year's value, else the middle of their range."
    )

    @Argument(help: "A scenario id or a path to a YAML file.") var scenario: String
    @Argument(help: "TERM=VALUE what-ifs, e.g. rebate=5 listing_fee=8000 payment_days=60 返利=五个点 进场费=2千5 账期=两个月.")
    var assignments: [String] = []
    @Flag(help: "Print JSON for machines.") var json = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let loaded = try loadScenario(scenario)
        var package = loaded.scenario.referencePackage
        var problems: [String] = []
        for text in assignments {
            do throws(TermAssignment.Problem) {
                let assignment = try TermAssignment.parse(text, in: loaded.scenario)
                package[assignment.term] = assignment.value
            } catch {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else {
            for problem in problems { printError("error: \(problem)") }
            throw ExitStatus.usage
        }
        let report = EconomicsReport(package, in: loaded.scenario)
        if json {
            try printJSON(report)
        } else {
            let text = language.text(for: loaded.scenario)
            print(
                Style.current.bold("\(loaded.scenario.title.text(text.language))")
                    + Style.current.dim("  [\(loaded.scenario.id)] calc"))
            print(report.render(text: text, style: .current))
        }
    }
}
