import KataPersona

/// `promotion_push`: the buyer keeps selling paid promotion space: two steps more of the fee per slot
/// on a promotion the trainee is in. Its line names that fee and the new fee; without a per-slot fee
/// there is nothing to sell (more slots would be the buyer giving, not asking) and it does not fire.
enum PromotionPush: Tactic {
    static let id = TacticID.promotionPush
    static let moment = TacticMoment.counter
    static let placeholders: Set<String> = ["term", "value"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { paidSlot(turn) != nil }

    /// The fee term of the first open promotion the trainee is in whose fee can still rise lawfully.
    static func paidSlot(_ turn: Turn) -> Int? {
        let (state, context, policy) = (turn.state, turn.context, turn.policy)
        return context.kinds.indices.lazy.compactMap { slot -> Int? in
            guard context.kinds[slot] == .promoSlots, !state.agreed[slot], state.offer[slot] > 0,
                let fee = context.slotFee[slot], !state.agreed[fee],
                policy.stepTowardsBuyer(state.demand[fee], index: fee) != state.demand[fee],
                turn.mayAsk(policy.stepTowardsBuyer(state.demand[fee], index: fee, steps: 2), on: fee)
            else { return nil }
            return fee
        }.first
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        guard let fee = paidSlot(turn) else { return false }
        let from = turn.state.demand[fee]
        turn.state.demand[fee] = turn.policy.stepTowardsBuyer(from, index: fee, steps: 2)
        var speech = turn.line(id, &turn.state)
        speech.term = turn.context.ids[fee]
        speech.value = turn.state.demand[fee]
        turn.use(id, speech: speech, effect: .raised(term: turn.context.ids[fee], from: from, to: turn.state.demand[fee]))
        return true
    }
}
