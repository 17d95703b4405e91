import KataPersona

/// `higher_authority`: at the moment the buyer would accept, "my director will not sign this" and one
/// more step on its heaviest open term — said by the director in person when the persona names
/// colleagues.
enum HigherAuthority: Tactic {
    static let id = TacticID.higherAuthority
    static let moment = TacticMoment.acceptance
    static let defaultBluffRate: Double? = 0.5
    static let placeholders: Set<String> = ["term", "value"]

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        guard let index = turn.heaviestOpenTerm(withRoomAbove: turn.state.offer) else { return false }
        let before = turn.state.demand
        let truth = turn.truthful(self)
        turn.state.demand = turn.state.offer
        turn.state.demand[index] = turn.policy.stepTowardsBuyer(turn.state.offer[index], index: index)
        var speech = turn.colleagueLine(.colleagueAsks, for: id) ?? turn.line(id, &turn.state)
        let term = turn.context.ids[index]
        speech.term = term
        speech.value = turn.state.demand[index]
        turn.use(
            id, speech: speech, truthful: truth,
            effect: .raised(term: term, from: turn.state.offer[index], to: turn.state.demand[index]), claimFrom: before)
        return true
    }
}
