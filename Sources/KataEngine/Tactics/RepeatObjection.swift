import KataPersona

/// `repeat_objection`: on a hold (`after_holds`, default 1), the buyer repeats its last objection
/// word for word and does not move.
enum RepeatObjection: Tactic {
    static let id = TacticID.repeatObjection
    static let moment = TacticMoment.counter
    static let placeholders: Set<String> = ["term", "value"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        turn.state.holdsInARow >= turn.context.setting(id)?.afterHolds ?? 1 && turn.state.lastObjection != nil
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        turn.state.demand = occasion.previous
        var speech = turn.state.lastObjection ?? turn.line(id, &turn.state)
        if speech.key != .tactic(id) {
            let term = speech.term
            speech = turn.line(id, &turn.state)
            speech.term = term
            turn.state.lastObjection = speech
        }
        turn.use(id, speech: speech, effect: .pressed)
        return true
    }
}
