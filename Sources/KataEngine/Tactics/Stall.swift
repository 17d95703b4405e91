import KataPersona

/// `stall`: once, from round `after_round` (default 4), a settled term is reopened — by a colleague
/// from the persona's `colleagues:`, in their own voice, when it has any. With nothing settled, a
/// colleague asks one step more on the buyer's heaviest open term; a buyer alone simply postpones
/// (no counter: the round is lost).
enum Stall: Tactic {
    static let id = TacticID.stall
    static let moment = TacticMoment.counter
    static let placeholders: Set<String> = ["term"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        turn.state.round >= turn.context.setting(id)?.afterRound ?? 4 && turn.state.uses[id.ordinal] == 0
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let context = turn.context
        if let index = context.kinds.indices.first(where: { turn.state.agreed[$0] }) {
            turn.state.agreed[index] = false
            turn.state.demand[index] = context.scenario.persona.opening[index]
            turn.say(.reopened(term: context.ids[index]))
            var speech = turn.colleagueLine(.colleagueReopens, for: id) ?? turn.line(id, &turn.state)
            speech.term = context.ids[index]
            turn.use(id, speech: speech, effect: .reopened(term: context.ids[index]))
        } else if !context.scenario.persona.colleagues.isEmpty, turn.raise(id, steps: 1, lean: 0, speaking: .colleagueAsks) {
            return true
        } else {
            turn.state.demand = occasion.previous
            turn.use(id, speech: turn.line(id, &turn.state), effect: .postponed)
        }
        return true
    }
}
