import KataScenario
import KataTerms

/// Findings about a loaded scenario that need an analysis rather than the file alone; `kata scenario
/// check` runs them after loading. Today: an empty ZOPA, which is a warning (walking away is then right).
public enum ScenarioLint {
    /// Reads and checks the file at `path`, then adds the analysis findings when it loaded.
    public static func check(path: String) throws(ScenarioError) -> ScenarioCheck {
        lint(try ScenarioLoader.check(path: path))
    }

    /// Checks YAML text, then adds the analysis findings when it loaded.
    public static func check(yaml: String, file: String) -> ScenarioCheck {
        lint(ScenarioLoader.check(yaml: yaml, file: file))
    }

    private static func lint(_ check: ScenarioCheck) -> ScenarioCheck {
        guard let scenario = check.scenario, let location = check.reservationLocation else { return check }
        var result = check
        result.add(warnings(scenario, reservationAt: location))
        return result
    }

    /// The analysis warnings of `scenario`, reported at its reservation.
    public static func warnings(_ scenario: Scenario, reservationAt location: SourceLocation) -> [Diagnostic] {
        guard ZOPA(scenario).isEmpty else { return [] }
        return [Diagnostic(.warning, at: location, emptyZOPAMessage(scenario.targets))]
    }

    private static func emptyZOPAMessage(_ targets: Targets) -> String {
        "empty ZOPA: no package gives the buyer its reservation utility while keeping margin ≥ "
            + "\(Format.number(targets.marginFloor * 100))%, trade spend ≤ \(Format.number(targets.tradeSpendCap * 100))% "
            + "and promotions ≥ \(Format.number(targets.promotionsMinimum)); fine for a walk-away scenario, "
            + "where walking away is the right answer"
    }
}
