import KataEngine
import KataLanguage
import KataPersona
import KataScenario
import KataTerms

/// Example moves drawn from the scenario itself, written as the session's language writes them, so
/// that `help` and the "not understood" hint show this negotiation's own terms and values, on their
/// grids, in one language.
struct MoveExamples {
    let scenario: Scenario
    let language: Language

    /// A term with a last-year value (the first), a promotion term or else the second, and a term a
    /// rule governs, for the examples.
    private var first: Term? { scenario.terms.first { $0.lastYear != nil } }
    private var second: Term? {
        scenario.terms.first { $0.kind == .promoSlots && $0.id != first?.id }
            ?? scenario.terms.first { $0.id != first?.id && $0.lastYear != nil }
    }
    private var ruled: Term? { scenario.terms.first { $0.prohibited || $0.legalMax != nil } }

    /// Last year's value moved `steps` steps towards the supplier's better end, on the grid.
    private func value(_ term: Term, _ steps: Double) -> Double {
        let towardsSupplier = BuyerEnd.defaultEnd(for: term.kind) == .high ? -term.step : term.step
        return term.snapped(min(term.high, max(term.low, (term.lastYear ?? term.low) + steps * towardsSupplier)))
    }

    private func say(_ move: Move) -> String { MoveText.echo(move, scenario: scenario, language: language) }

    var offer: String {
        guard let first, let second else { return say(.hold) }
        return say(.offer(terms: [TermValue(first.id, value(first, 1)), TermValue(second.id, value(second, 0))]))
    }

    var conditional: String {
        guard let first, let second else { return say(.hold) }
        return say(.conditional(give: [TermValue(first.id, value(first, 0))], get: [TermValue(second.id, value(second, 1))]))
    }

    var meso: String {
        guard let first, let second else { return say(.hold) }
        return say(
            .meso(options: [
                [TermValue(first.id, value(first, 0)), TermValue(second.id, value(second, 1))],
                [TermValue(first.id, value(first, 1)), TermValue(second.id, value(second, 0))],
            ]))
    }

    var agree: String { say(.agree(term: second?.id ?? first?.id ?? "")) }
    var final: String { say(.final(terms: first.map { [TermValue($0.id, value($0, 1))] } ?? [])) }
    var cite: String { say(.cite(term: ruled?.id ?? first?.id ?? "")) }
    var intents: String {
        [Move.hold, .ask(question: .why), .ask(question: .priorities), .challenge, .escalate, .walk].map(say).joined(
            separator: " | ")
    }
}
