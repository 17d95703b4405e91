import KataPersona
import KataScenario
import KataTerms

/// An example `plan` line drawn from the scenario itself, so every hint is on its terms' grids and
/// inside their ranges: for its first two terms with a last-year value, open two steps better for the
/// supplier than last year, aim one step better, walk away at last year's value.
enum PlanHint {
    static func text(_ scenario: Scenario, _ text: UIText) -> String {
        let entries = scenario.terms.filter { $0.lastYear != nil }.prefix(2).map { term -> String in
            let base = term.lastYear ?? term.low
            // The supplier's better end is the buyer's worse one, by the term's kind (public knowledge).
            let towardsSupplier = BuyerEnd.defaultEnd(for: term.kind) == .high ? -term.step : term.step
            let value = { (steps: Double) in
                Format.number(term.snapped(min(term.high, max(term.low, base + steps * towardsSupplier))))
            }
            let name = text.language == .zh ? term.name.text(.zh) : term.id
            return "\(name) \(value(2))/\(value(1))/\(value(0))"
        }
        return (text.language == .zh ? "计划 " : "plan ") + entries.joined(separator: ", ")
    }
}
