import KataPersona

/// `volume_promise`: from round 2, more volume for a deeper rebate or discount, unverifiable.
enum VolumePromise: Tactic {
    static let id = TacticID.volumePromise
    static let moment = TacticMoment.counter
    static let defaultBluffRate: Double? = 0.7
    static let placeholders: Set<String> = ["term", "value", "volume"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { turn.state.round >= 2 }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let (state, context, policy) = (turn.state, turn.context, turn.policy)
        let percentTerms = policy.byWeight.filter {
            !state.agreed[$0] && context.kinds[$0].unit == .percent
                && policy.stepTowardsBuyer(state.demand[$0], index: $0) != state.demand[$0]
                && turn.mayAsk(policy.stepTowardsBuyer(state.demand[$0], index: $0, steps: 2), on: $0)
        }
        guard let index = percentTerms.first else { return false }
        let truth = turn.truthful(self)
        let before = turn.state.demand
        turn.state.demand[index] = policy.stepTowardsBuyer(turn.state.demand[index], index: index, steps: 2)
        var speech = turn.line(id, &turn.state)
        let term = context.ids[index]
        speech.term = term
        speech.value = turn.state.demand[index]
        speech.volume = Double(10 + 5 * turn.state.rng.nextIndex(5))
        turn.use(
            id, speech: speech, truthful: truth,
            effect: .raised(term: term, from: before[index], to: turn.state.demand[index]), claimFrom: before)
        return true
    }
}
