import KataPersona

/// `time_pressure`: from round `after_round` (default 3), "decide by round N". When true the buyer
/// really walks then.
enum TimePressure: Tactic {
    static let id = TacticID.timePressure
    static let moment = TacticMoment.counter
    static let isThreat = true
    static let defaultBluffRate: Double? = 0.5
    static let placeholders: Set<String> = ["deadline"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        turn.state.deadline == nil && turn.state.round >= turn.context.setting(id)?.afterRound ?? 3
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let deadline = turn.state.round + 2
        let truth = turn.truthful(self)
        turn.state.deadline = deadline
        if truth { turn.state.walkRound = min(turn.state.walkRound, deadline + 1) }
        var speech = turn.line(id, &turn.state)
        speech.deadline = deadline
        turn.use(id, speech: speech, truthful: truth, effect: .deadline(round: deadline), claimFrom: turn.state.demand)
        return true
    }
}
