import KataPersona
import KataTerms

/// `renamed_fee`: once a fee term is settled (agreed, conceded to within a step of the offer, or refused
/// by citing its rule), half the money the buyer gave up is asked for again on another lawful money
/// fee, which the line names.
enum RenamedFee: Tactic {
    static let id = TacticID.renamedFee
    static let moment = TacticMoment.settlement
    static let placeholders: Set<String> = ["term", "value", "fee"]

    /// The settled fee, the money to ask again, the fee term to ask it on, and the fee rates.
    private static func target(_ turn: Turn, _ occasion: TacticOccasion) -> (
        source: Int, amount: Double, target: Int, rates: [Double]
    )? {
        let (state, context, policy) = (turn.state, turn.context, turn.policy)
        let opening = context.scenario.persona.opening
        let candidates =
            occasion.settled.map { [$0] }
            ?? context.kinds.indices.filter { index in
                !state.renamed[index] && context.kinds[index].isFee
                    && abs(state.demand[index] - state.offer[index]) <= policy.steps[index] + 1e-9
                    && policy.utility.change(ofTerm: index, to: opening[index], in: state.offer) > 1e-12
            }
        guard let source = candidates.first(where: { context.kinds[$0].isFee && !state.renamed[$0] }) else { return nil }
        let rates = turn.feeRates()
        let amount = abs(opening[source] - state.offer[source]) * rates[source] / 2
        // Onto another money fee (not a percentage), never a barred one nor past a legal maximum.
        let targets = context.kinds.indices.filter {
            $0 != source && context.kinds[$0].isFee && context.kinds[$0].unit == .rmb && !state.agreed[$0] && rates[$0] > 0
                && turn.isLawful(policy.snapTowardsBuyer(state.demand[$0] + amount / rates[$0], index: $0), on: $0)
        }
        guard amount > 0, let target = targets.first(where: { context.kinds[$0] == .fixed }) ?? targets.first else { return nil }
        return (source, amount, target, rates)
    }

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { target(turn, occasion) != nil }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        guard let (source, amount, target, rates) = target(turn, occasion) else { return false }
        let context = turn.context
        turn.state.renamed[source] = true
        let from = turn.state.demand[target]
        let raised = turn.policy.snapTowardsBuyer(from + amount / rates[target], index: target)
        turn.state.demand[target] = raised
        var speech = turn.line(id, &turn.state)
        speech.term = context.ids[source]
        speech.value = (raised - from) * rates[target]
        // The line names the term the money moves onto; a lump-sum fee goes by one of the persona's names.
        speech.fee =
            context.kinds[target] == .fixed
            ? turn.pickName(
                context.setting(id)?.fees ?? [],
                defaults: (
                    zh: ["赞助费", "小报费", "新店开业费", "节庆费"],
                    en: ["sponsorship fee", "flyer insert fee", "new-store fee", "festival fee"]
                ))
            : context.scenario.terms[target].name.text(context.scenario.language)
        turn.use(
            id, speech: speech,
            effect: .renamed(
                settled: context.ids[source], term: context.ids[target], from: from, to: raised, amount: speech.value ?? 0))
        return true
    }
}
