import KataPersona

/// `first_offer_flinch`: a loud "you must be joking" at the first value on a term; no movement.
enum FirstOfferFlinch: Tactic {
    static let id = TacticID.firstOfferFlinch
    static let moment = TacticMoment.firstValue
    static let placeholders: Set<String> = ["term", "value"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { occasion.newlyNamed }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        var speech = turn.line(id, &turn.state)
        let (state, context, policy) = (turn.state, turn.context, turn.policy)
        if let index = context.kinds.indices.first(where: {
            state.named[$0] && !state.agreed[$0] && policy.utility.change(ofTerm: $0, to: state.demand[$0], in: state.offer) > 0
        }) {
            speech.term = context.ids[index]
            speech.value = state.offer[index]
        }
        turn.use(id, speech: speech, effect: .refused)
        return true
    }
}
