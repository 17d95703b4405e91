import KataPersona

/// `match_other_retailer`: "you gave {other_retailer} {value} on {term}; we want the same".
enum MatchOtherRetailer: Tactic {
    static let id = TacticID.matchOtherRetailer
    static let moment = TacticMoment.counter
    static let defaultBluffRate: Double? = 0.5
    static let placeholders: Set<String> = ["term", "value", "other_retailer"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        guard let index = turn.hardestPush() else { return false }
        return turn.mayAsk(turn.policy.stepTowardsBuyer(turn.state.demand[index], index: index), on: index)
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        guard let index = turn.hardestPush() else { return false }
        let truth = turn.truthful(self)
        let before = turn.state.demand
        let claimed = turn.policy.stepTowardsBuyer(turn.state.demand[index], index: index)
        turn.state.demand[index] = claimed
        var speech = turn.line(id, &turn.state)
        let term = turn.context.ids[index]
        speech.term = term
        speech.value = claimed
        speech.otherRetailer = turn.pickName(
            turn.context.setting(id)?.retailers ?? [],
            defaults: (zh: ["大润发", "沃尔玛", "华润万家"], en: ["RT-Mart", "Walmart", "CR Vanguard"]))
        turn.use(
            id, speech: speech, truthful: truth, effect: .raised(term: term, from: before[index], to: claimed), claimFrom: before)
        return true
    }
}
