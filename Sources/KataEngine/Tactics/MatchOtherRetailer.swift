import KataPersona

/// `match_other_retailer`: "you gave {other_retailer} {value} on {term}; we want the same". When the
/// scenario gives the supplier's own terms elsewhere (`elsewhere:`), the buyer quotes one that beats
/// the trainee's offer — truly, or as a bluff one step too high (the trainee can check its own
/// contracts). Without them it claims one step more than its demand, a claim never true past a rule.
enum MatchOtherRetailer: Tactic {
    static let id = TacticID.matchOtherRetailer
    static let moment = TacticMoment.counter
    static let defaultBluffRate: Double? = 0.5
    static let placeholders: Set<String> = ["term", "value", "other_retailer"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        if let contracts = turn.context.setting(id)?.elsewhere, !contracts.isEmpty {
            return quotable(turn, contracts) != nil
        }
        guard let index = turn.hardestPush() else { return false }
        return turn.mayAsk(turn.policy.stepTowardsBuyer(turn.state.demand[index], index: index), on: index)
    }

    /// The first of the supplier's terms elsewhere that is better for the buyer than the trainee's
    /// offer, on an open term, and lawful.
    static func quotable(_ turn: Turn, _ contracts: [OtherContract]) -> OtherContract? {
        contracts.first { contract in
            let index = contract.term
            let beats =
                turn.policy.better[index] == .high
                ? contract.value > turn.state.offer[index] + 1e-9 : contract.value < turn.state.offer[index] - 1e-9
            return beats && !turn.state.agreed[index] && turn.isLawful(contract.value, on: index)
        }
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let before = turn.state.demand
        let index: Int
        let claimed: Double
        var truth = turn.truthful(self)
        let retailer: String
        var quoted: OtherContract?
        if let contracts = turn.context.setting(id)?.elsewhere, !contracts.isEmpty {
            guard let contract = quotable(turn, contracts) else { return false }
            index = contract.term
            retailer = contract.retailer
            quoted = contract
            let misquote = turn.policy.stepTowardsBuyer(contract.value, index: index)
            if !truth && misquote != contract.value && turn.isLawful(misquote, on: index) && turn.mayAsk(misquote, on: index) {
                claimed = misquote
            } else {
                claimed = contract.value
                truth = true
            }
            // The buyer asks at least what it quotes; it never lowers its demand for it.
            let high = turn.policy.better[index] == .high
            turn.state.demand[index] = high ? max(before[index], claimed) : min(before[index], claimed)
        } else {
            guard let push = turn.hardestPush() else { return false }
            index = push
            claimed = turn.policy.stepTowardsBuyer(turn.state.demand[index], index: index)
            truth = truth && turn.isLawful(claimed, on: index)
            turn.state.demand[index] = claimed
            retailer = turn.pickName(
                turn.context.setting(id)?.retailers ?? [],
                defaults: (zh: ["大润发", "沃尔玛", "华润万家"], en: ["RT-Mart", "Walmart", "CR Vanguard"]))
        }
        var speech = turn.line(id, &turn.state)
        let term = turn.context.ids[index]
        speech.term = term
        speech.value = claimed
        speech.otherRetailer = retailer
        let after = turn.state.demand[index]
        turn.use(
            id, speech: speech, truthful: truth,
            effect: after == before[index] ? .pressed : .raised(term: term, from: before[index], to: after), claimFrom: before)
        turn.state.openClaim?.quoted = quoted
        return true
    }
}
