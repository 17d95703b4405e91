import KataPersona

/// `own_calculation`: from round 2, a specific, wrong (too high) margin for the supplier's standing
/// offer, which `kata calc` disproves. Always a bluff: it draws no truth.
enum OwnCalculation: Tactic {
    static let id = TacticID.ownCalculation
    static let moment = TacticMoment.counter
    static let defaultBluffRate: Double? = 1
    static let placeholders: Set<String> = ["margin"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { turn.state.round >= 2 }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let actual = turn.context.economics.economics(turn.state.offer).margin * 100
        let claimed = ((actual + 4 + Double(turn.state.rng.nextIndex(41)) / 10) * 10).rounded() / 10
        var speech = turn.line(id, &turn.state)
        speech.margin = claimed
        turn.use(
            id, speech: speech, truthful: false, effect: .miscalculated(claimed: claimed, actual: actual),
            claimFrom: turn.state.demand)
        return true
    }
}
