import KataPersona
import KataTerms

/// `final_nibble`: at the close, once a session, one more step on the fee that costs the supplier
/// least; the trainee may give it, refuse it (the deal stands as it was) or walk.
enum FinalNibble: Tactic {
    static let id = TacticID.finalNibble
    static let moment = TacticMoment.closing
    static let placeholders: Set<String> = ["term", "value"]

    /// The open fee term one step of which costs the supplier least at `package`.
    private static func cheapestFee(_ turn: Turn, _ package: Package) -> Int? {
        let (context, policy) = (turn.context, turn.policy)
        let rates = turn.feeRates()
        let open = context.kinds.indices.filter {
            let next = policy.stepTowardsBuyer(package[$0], index: $0)
            return context.kinds[$0].isFee && policy.weights[$0] > 0 && next != package[$0] && turn.isLawful(next, on: $0)
        }
        return open.min { rates[$0] * policy.steps[$0] < rates[$1] * policy.steps[$1] }
    }

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        guard !turn.state.nibbled, let package = occasion.closing else { return false }
        return cheapestFee(turn, package) != nil
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        guard let package = occasion.closing, let index = cheapestFee(turn, package) else { return false }
        var extra = package
        extra[index] = turn.policy.stepTowardsBuyer(package[index], index: index)
        var speech = turn.line(id, &turn.state)
        speech.term = turn.context.ids[index]
        speech.value = extra[index]
        let demand = turn.state.demand
        turn.state.demand = extra
        turn.use(id, speech: speech, effect: .nibbled(term: turn.context.ids[index], from: package[index], to: extra[index]))
        turn.state.demand = demand
        turn.state.nibbled = true
        turn.state.phase = .nibble(base: package, extra: extra)
        return true
    }
}
