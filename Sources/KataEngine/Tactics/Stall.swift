import KataPersona

/// `stall`: once, from round `after_round` (default 4), a colleague reopens a settled term, or the
/// buyer simply postpones (no counter: the round is lost).
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
            var speech = turn.line(id, &turn.state)
            speech.term = context.ids[index]
            turn.use(id, speech: speech, effect: .reopened(term: context.ids[index]))
        } else {
            turn.state.demand = occasion.previous
            turn.use(id, speech: turn.line(id, &turn.state), effect: .postponed)
        }
        return true
    }
}
