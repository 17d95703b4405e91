import KataPersona

/// `delist_threat`: after the trainee holds a while (`after_holds`, default 2), "we can take your
/// product off the shelf", and one more step on the heaviest open term. A true threat (1 − `bluff_rate`)
/// is carried out when the trainee's next move gives nothing: a promotion slot comes off the table.
enum DelistThreat: Tactic {
    static let id = TacticID.delistThreat
    static let moment = TacticMoment.counter
    static let isThreat = true
    static let defaultBluffRate: Double? = 0.5
    static let placeholders: Set<String> = ["term", "value"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        turn.state.holdsInARow >= turn.context.setting(id)?.afterHolds ?? 2
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let truth = turn.truthful(self)
        guard turn.raise(id, steps: 1, lean: 0, truthful: truth) else { return false }
        turn.state.threatPending = truth
        return true
    }
}
