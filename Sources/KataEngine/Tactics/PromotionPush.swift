import KataPersona

/// `promotion_push`: the buyer keeps selling paid promotion space: a higher fee per slot on a
/// promotion the trainee is in, or, with no per-slot fee, one more slot.
enum PromotionPush: Tactic {
    static let id = TacticID.promotionPush
    static let moment = TacticMoment.counter
    static let placeholders: Set<String> = ["term", "value"]

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        let (state, context, policy) = (turn.state, turn.context, turn.policy)
        let slots = context.kinds.indices.filter { context.kinds[$0] == .promoSlots && !state.agreed[$0] }
        let paid = slots.compactMap { slot -> (slot: Int, fee: Int)? in
            guard let fee = context.slotFee[slot], !state.agreed[fee], state.offer[slot] > 0,
                policy.stepTowardsBuyer(state.demand[fee], index: fee) != state.demand[fee],
                turn.mayAsk(policy.stepTowardsBuyer(state.demand[fee], index: fee, steps: 2), on: fee)
            else { return nil }
            return (slot, fee)
        }
        let index: Int
        let slot: Int
        let from: Double
        if let first = paid.first {
            (slot, index) = (first.slot, first.fee)
            from = state.demand[index]
            turn.state.demand[index] = policy.stepTowardsBuyer(from, index: index, steps: 2)
        } else if let open = slots.first(where: { state.demand[$0] + policy.steps[$0] <= policy.highs[$0] + 1e-9 }) {
            (slot, index) = (open, open)
            from = state.demand[index]
            turn.state.demand[index] = from + policy.steps[index]
        } else {
            return false
        }
        var speech = turn.line(id, &turn.state)
        speech.term = context.ids[slot]
        speech.value = turn.state.demand[slot]
        turn.use(id, speech: speech, effect: .raised(term: context.ids[index], from: from, to: turn.state.demand[index]))
        return true
    }
}
