import KataPersona

/// `competitor_claim`: "{competitor} gives us {value} on {term}". A bluff names more than the buyer's
/// demand and raises it; a true claim names the demand itself.
enum CompetitorClaim: Tactic {
    static let id = TacticID.competitorClaim
    static let moment = TacticMoment.counter
    static let defaultBluffRate: Double? = 0.6
    static let placeholders: Set<String> = ["term", "value", "competitor"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { turn.hardestPush() != nil }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        guard let index = turn.hardestPush() else { return false }
        // A true claim names the demand itself: never true when the demand breaks a rule.
        let truth = turn.truthful(self) && turn.isLawful(turn.state.demand[index], on: index)
        let before = turn.state.demand
        let asked = turn.policy.stepTowardsBuyer(turn.state.demand[index], index: index, steps: 2)
        let claimed = truth || !turn.mayAsk(asked, on: index) ? turn.state.demand[index] : asked
        turn.state.demand[index] = claimed
        var speech = turn.line(id, &turn.state)
        let term = turn.context.ids[index]
        speech.term = term
        speech.value = claimed
        speech.competitor = turn.pickName(
            turn.context.setting(id)?.competitors ?? [],
            defaults: (zh: ["竞品", "同行", "另一家大品牌"], en: ["your competitor", "a rival brand", "another supplier"]))
        turn.use(
            id, speech: speech, truthful: truth,
            effect: claimed == before[index] ? .pressed : .raised(term: term, from: before[index], to: claimed), claimFrom: before
        )
        return true
    }
}
