import KataPersona
import KataTerms

/// The buyer's playbook (seed 001, DESIGN §6): when each tactic fires and what it does to the session.
/// A tactic fires when its trigger holds and a draw from the session's generator falls under its
/// weight; a tactic rests at least one round between uses, except `repeat_objection`.
extension Turn {
    /// Whether `tactic` is in the persona's playbook, rested, and wins its draw.
    mutating func fires(_ tactic: TacticID) -> Bool {
        let weight = context.tacticWeights[tactic.ordinal]
        guard weight >= 0 else { return false }
        if tactic != .repeatObjection && state.round - state.lastUsed[tactic.ordinal] < 2 { return false }
        guard state.rng.nextUnit() < weight else { return false }
        state.lastUsed[tactic.ordinal] = state.round
        state.uses[tactic.ordinal] += 1
        return true
    }

    /// Whether a claim by `tactic` is true this time (false with the persona's `bluff_rate`).
    mutating func truthful(_ tactic: TacticID, defaultBluffRate: Double) -> Bool {
        let rate = context.setting(tactic)?.bluffRate ?? defaultBluffRate
        return state.rng.nextUnit() >= rate
    }

    mutating func use(_ tactic: TacticID, speech: Speech, truthful: Bool? = nil, effect: TacticEffect, claimFrom before: Package? = nil) {
        if let truthful, let before {
            state.openClaim = OpenClaim(tactic: tactic, truthful: truthful, demandBefore: before)
        }
        say(.tactic(TacticUse(tactic: tactic, speech: speech, truthful: truthful, effect: effect, demand: state.demand)))
    }

    func line(_ tactic: TacticID, _ state: inout SessionState) -> Speech {
        Session.speech(.tactic(tactic), &state)
    }

    /// `first_offer_flinch`: a loud "you must be joking" at the first value on a term; no movement.
    mutating func flinchAtFirstOffer() {
        var speech = line(.firstOfferFlinch, &state)
        if let index = context.kinds.indices.first(where: { state.named[$0] && !state.agreed[$0] && policy.utility.slopes[$0] * (state.demand[$0] - state.offer[$0]) > 0 }) {
            speech.term = context.ids[index]
            speech.value = state.offer[index]
        }
        use(.firstOfferFlinch, speech: speech, effect: .refused)
    }

    /// `higher_authority`: at the moment the buyer would accept, "my director will not sign this"
    /// and one more step on its heaviest open term. Returns whether it fired.
    mutating func demandMoreFromAbove() -> Bool {
        guard fires(.higherAuthority), let index = heaviestOpenTerm(withRoomAbove: state.offer) else { return false }
        let before = state.demand
        let truth = truthful(.higherAuthority, defaultBluffRate: 0.5)
        state.demand = state.offer
        state.demand[index] = policy.stepTowardsBuyer(state.offer[index], index: index)
        var speech = line(.higherAuthority, &state)
        speech.term = context.ids[index]
        speech.value = state.demand[index]
        use(.higherAuthority, speech: speech, truthful: truth,
            effect: .raised(term: context.ids[index], from: state.offer[index], to: state.demand[index]), claimFrom: before)
        return true
    }

    /// The tactics that ride on a counter, in priority order; at most one per round. Returns whether
    /// one fired (and spoke the demand).
    mutating func useTactic(previous: Package) -> Bool {
        let lastGive = state.concessions.last ?? 0
        let gaveEasily = events.contains { event in
            guard case .moved(let move, let gave, let eager) = event.kind else { return false }
            if eager { return true }
            guard case .offer = move else { return false }
            return gave > 0 && (lastGive >= 0.02 || state.round <= 2)
        }
        let context = self.context
        let afterHolds = { (tactic: TacticID, fallback: Int) in context.setting(tactic)?.afterHolds ?? fallback }
        let afterRound = { (tactic: TacticID, fallback: Int) in context.setting(tactic)?.afterRound ?? fallback }

        if gaveEasily, fires(.easyGiveProbe) { return raise(.easyGiveProbe, steps: 1, lean: -0.03) }
        if state.holdsInARow >= afterHolds(.delistThreat, 2), fires(.delistThreat) { return raise(.delistThreat, steps: 1, lean: -0.04) }
        if state.holdsInARow >= afterHolds(.repeatObjection, 1), state.lastObjection != nil, fires(.repeatObjection) {
            state.demand = previous
            var speech = state.lastObjection ?? line(.repeatObjection, &state)
            if speech.key != .tactic(.repeatObjection) {
                let term = speech.term
                speech = line(.repeatObjection, &state)
                speech.term = term
                state.lastObjection = speech
            }
            state.lean = max(-0.3, state.lean - 0.02)
            use(.repeatObjection, speech: speech, effect: .pressed)
            return true
        }
        if hardestPush() != nil, fires(.competitorClaim) { return claimCompetitor() }
        if hardestPush() != nil, fires(.matchOtherRetailer) { return claimOtherRetailer() }
        if state.round >= 2, fires(.volumePromise) { return promiseVolume() }
        if state.round >= 2, fires(.ownCalculation) { return miscalculate() }
        if fires(.promotionPush) { return pushPromotion() }
        if state.deadline == nil, state.round >= afterRound(.timePressure, 3), fires(.timePressure) { return setDeadline() }
        if state.round >= afterRound(.stall, 4), state.uses[TacticID.stall.ordinal] == 0, fires(.stall) { return stall(previous: previous) }
        return false
    }

    /// The unlocked term of most weight whose value in `package` can still move towards the buyer.
    func heaviestOpenTerm(withRoomAbove package: Package) -> Int? {
        policy.byWeight.first { index in
            !state.agreed[index] && policy.weights[index] > 0
                && policy.stepTowardsBuyer(package[index], index: index) != package[index]
        }
    }

    /// A tactic that asks `steps` more on the buyer's heaviest open term and hardens it by `lean`.
    private mutating func raise(_ tactic: TacticID, steps: Int, lean: Double) -> Bool {
        guard let index = heaviestOpenTerm(withRoomAbove: state.demand) else { return false }
        let from = state.demand[index]
        state.demand[index] = policy.stepTowardsBuyer(from, index: index, steps: steps)
        state.lean = max(-0.3, state.lean + lean)
        var speech = line(tactic, &state)
        speech.term = context.ids[index]
        speech.value = state.demand[index]
        use(tactic, speech: speech, effect: .raised(term: context.ids[index], from: from, to: state.demand[index]))
        return true
    }

    /// `competitor_claim`: "{competitor} gives us {value} on {term}". A bluff names more than the
    /// buyer's demand and raises it; a true claim names the demand itself.
    private mutating func claimCompetitor() -> Bool {
        guard let index = hardestPush() else { return false }
        let setting = context.setting(.competitorClaim)
        let truth = truthful(.competitorClaim, defaultBluffRate: 0.6)
        let before = state.demand
        let claimed = truth ? state.demand[index] : policy.stepTowardsBuyer(state.demand[index], index: index, steps: 2)
        state.demand[index] = claimed
        state.lean = max(-0.3, state.lean - 0.03)
        var speech = line(.competitorClaim, &state)
        speech.term = context.ids[index]
        speech.value = claimed
        speech.competitor = pickName(setting?.competitors ?? [], defaults: context.scenario.language == .zh ? ["竞品", "同行", "另一家大品牌"] : ["your competitor", "a rival brand", "another supplier"])
        use(.competitorClaim, speech: speech, truthful: truth,
            effect: claimed == before[index] ? .pressed : .raised(term: context.ids[index], from: before[index], to: claimed), claimFrom: before)
        return true
    }

    /// `match_other_retailer`: "you gave {other_retailer} {value} on {term}; we want the same".
    private mutating func claimOtherRetailer() -> Bool {
        guard let index = hardestPush() else { return false }
        let truth = truthful(.matchOtherRetailer, defaultBluffRate: 0.5)
        let before = state.demand
        let claimed = policy.stepTowardsBuyer(state.demand[index], index: index)
        state.demand[index] = claimed
        var speech = line(.matchOtherRetailer, &state)
        speech.term = context.ids[index]
        speech.value = claimed
        speech.otherRetailer = pickName(context.setting(.matchOtherRetailer)?.retailers ?? [], defaults: context.scenario.language == .zh ? ["大润发", "沃尔玛", "华润万家"] : ["RT-Mart", "Walmart", "CR Vanguard"])
        use(.matchOtherRetailer, speech: speech, truthful: truth,
            effect: .raised(term: context.ids[index], from: before[index], to: claimed), claimFrom: before)
        return true
    }

    /// `volume_promise`: more volume for a deeper rebate or discount, unverifiable.
    private mutating func promiseVolume() -> Bool {
        let percentTerms = policy.byWeight.filter {
            !state.agreed[$0] && context.kinds[$0].unit == .percent && policy.stepTowardsBuyer(state.demand[$0], index: $0) != state.demand[$0]
        }
        guard let index = percentTerms.first else { return false }
        let truth = truthful(.volumePromise, defaultBluffRate: 0.7)
        let before = state.demand
        state.demand[index] = policy.stepTowardsBuyer(state.demand[index], index: index, steps: 2)
        var speech = line(.volumePromise, &state)
        speech.term = context.ids[index]
        speech.value = state.demand[index]
        speech.volume = Double(10 + 5 * state.rng.nextIndex(5))
        use(.volumePromise, speech: speech, truthful: truth,
            effect: .raised(term: context.ids[index], from: before[index], to: state.demand[index]), claimFrom: before)
        return true
    }

    /// `own_calculation`: a specific, wrong (too high) margin for the supplier's standing offer, which
    /// `kata calc` disproves.
    private mutating func miscalculate() -> Bool {
        let actual = context.economics.economics(state.offer).margin * 100
        let claimed = ((actual + 4 + Double(state.rng.nextIndex(41)) / 10) * 10).rounded() / 10
        state.lean = max(-0.3, state.lean - 0.02)
        var speech = line(.ownCalculation, &state)
        speech.margin = claimed
        use(.ownCalculation, speech: speech, truthful: false, effect: .miscalculated(claimed: claimed, actual: actual), claimFrom: state.demand)
        return true
    }

    /// `promotion_push`: the buyer keeps selling paid promotion space: a higher fee per slot on a
    /// promotion the trainee is in, or, with no per-slot fee, one more slot.
    private mutating func pushPromotion() -> Bool {
        let slots = context.kinds.indices.filter { context.kinds[$0] == .promoSlots && !state.agreed[$0] }
        let paid = slots.compactMap { slot -> (slot: Int, fee: Int)? in
            guard let fee = context.slotFee[slot], !state.agreed[fee], state.offer[slot] > 0,
                  policy.stepTowardsBuyer(state.demand[fee], index: fee) != state.demand[fee] else { return nil }
            return (slot, fee)
        }
        let index: Int
        let slot: Int
        let from: Double
        if let first = paid.first {
            (slot, index) = (first.slot, first.fee)
            from = state.demand[index]
            state.demand[index] = policy.stepTowardsBuyer(from, index: index, steps: 2)
        } else if let open = slots.first(where: { state.demand[$0] + policy.steps[$0] <= policy.highs[$0] + 1e-9 }) {
            (slot, index) = (open, open)
            from = state.demand[index]
            state.demand[index] = from + policy.steps[index]
        } else {
            return false
        }
        var speech = line(.promotionPush, &state)
        speech.term = context.ids[slot]
        speech.value = state.demand[slot]
        use(.promotionPush, speech: speech, effect: .raised(term: context.ids[index], from: from, to: state.demand[index]))
        return true
    }

    /// `time_pressure`: "decide by round N". When true the buyer really walks then.
    private mutating func setDeadline() -> Bool {
        let deadline = state.round + 2
        let truth = truthful(.timePressure, defaultBluffRate: 0.5)
        state.deadline = deadline
        if truth { state.walkRound = min(state.walkRound, deadline + 1) }
        var speech = line(.timePressure, &state)
        speech.deadline = deadline
        use(.timePressure, speech: speech, truthful: truth, effect: .deadline(round: deadline), claimFrom: state.demand)
        return true
    }

    /// `stall`: a colleague reopens a settled term, or the buyer simply postpones (no counter: the
    /// round is lost).
    private mutating func stall(previous: Package) -> Bool {
        if let index = context.kinds.indices.first(where: { state.agreed[$0] }) {
            state.agreed[index] = false
            state.demand[index] = context.scenario.persona.opening[index]
            say(.reopened(term: context.ids[index]))
            var speech = line(.stall, &state)
            speech.term = context.ids[index]
            use(.stall, speech: speech, effect: .reopened(term: context.ids[index]))
        } else {
            state.demand = previous
            use(.stall, speech: line(.stall, &state), effect: .postponed)
        }
        return true
    }

    /// `renamed_fee`: once a fee term is settled (agreed, or conceded to within a step of the offer),
    /// half the money the buyer gave up is asked for again on another fee term, under another name.
    /// Returns whether it fired.
    mutating func askAgainUnderAnotherName(previous: Package, settled: Int? = nil) -> Bool {
        let opening = context.scenario.persona.opening
        let candidates = settled.map { [$0] } ?? context.kinds.indices.filter { index in
            !state.renamed[index] && context.kinds[index].isFee && abs(state.demand[index] - state.offer[index]) <= policy.steps[index] + 1e-9
                && policy.utility.slopes[index] * (opening[index] - state.offer[index]) > 1e-12
        }
        guard let source = candidates.first(where: { context.kinds[$0].isFee && !state.renamed[$0] }) else { return false }
        let rates = feeRates()
        let amount = abs(opening[source] - state.offer[source]) * rates[source] / 2
        let targets = context.kinds.indices.filter { $0 != source && context.kinds[$0].isFee && !state.agreed[$0] && rates[$0] > 0 }
        let target = targets.first { context.kinds[$0] == .fixed } ?? targets.first
        guard amount > 0, let target, fires(.renamedFee) else { return false }
        state.renamed[source] = true
        let from = state.demand[target]
        let raised = policy.snapTowardsBuyer(from + amount / rates[target], index: target)
        state.demand[target] = raised
        var speech = line(.renamedFee, &state)
        speech.term = context.ids[source]
        speech.value = (raised - from) * rates[target]
        speech.fee = pickName(context.setting(.renamedFee)?.fees ?? [], defaults: context.scenario.language == .zh ? ["赞助费", "小报费", "新店开业费", "节庆费"] : ["sponsorship fee", "flyer insert fee", "new-store fee", "festival fee"])
        use(.renamedFee, speech: speech, effect: .renamed(settled: context.ids[source], term: context.ids[target], from: from, to: raised, amount: speech.value ?? 0))
        return true
    }

    /// RMB a year per unit of each term's value, at the trainee's standing offer (0 for non-fees).
    func feeRates() -> [Double] {
        context.kinds.indices.map { context.economics.feeRate($0, state.offer) }
    }

    /// `boss_squeeze` when the trainee brings in its manager; without it, the buyer softens a little.
    mutating func escalate() {
        if fires(.bossSqueeze), let index = heaviestOpenTerm(withRoomAbove: state.demand) {
            let from = state.demand[index]
            state.demand[index] = policy.stepTowardsBuyer(from, index: index, steps: 2)
            state.lean = max(-0.3, state.lean - 0.04)
            var speech = line(.bossSqueeze, &state)
            speech.term = context.ids[index]
            speech.value = state.demand[index]
            use(.bossSqueeze, speech: speech, effect: .raised(term: context.ids[index], from: from, to: state.demand[index]))
            return
        }
        state.lean = min(0.3, state.lean + 0.05)
        state.demand = policy.counter(
            to: state.offer, aspiration: policy.aspiration(round: state.round, lean: state.lean),
            locked: state.agreed, ceiling: state.demand)
        sayDemand()
    }

    /// A challenge of the buyer's last claim. A bluff is dropped and weakens the buyer (it concedes
    /// sooner from now on); a true claim is backed with evidence and the demand stands.
    mutating func resolve(_ claim: OpenClaim) {
        state.openClaim = nil
        if claim.truthful {
            var speech = Session.speech(.reply(.claimBacked), &state)
            if let index = hardestPush() {
                speech.term = context.ids[index]
                speech.value = state.demand[index]
            }
            say(.challenged(tactic: claim.tactic, truthful: true, speech: speech))
            return
        }
        state.lean = min(0.3, state.lean + 0.1)
        var speech = Session.speech(.reply(.bluffCalled), &state)
        speech.term = hardestPush().map { context.ids[$0] }
        say(.challenged(tactic: claim.tactic, truthful: false, speech: speech))
        switch claim.tactic {
        case .higherAuthority:
            close(state.offer, buyerAccepts: true)
        case .timePressure:
            state.deadline = nil
            state.walkRound = context.policy.patience
        default:
            let counter = policy.counter(
                to: state.offer, aspiration: policy.aspiration(round: state.round, lean: state.lean),
                locked: state.agreed, ceiling: state.demand)
            let utility = policy.utility
            // Caught bluffing, the buyer ends up asking less than before its claim.
            state.demand = utility.utility(of: counter) < utility.utility(of: claim.demandBefore) ? counter : lowered(claim.demandBefore)
            sayDemand()
        }
    }

    /// `package` one grid step better for the trainee on the buyer's lightest open term that has room.
    private func lowered(_ package: Package) -> Package {
        var result = package
        for index in policy.byWeight.reversed() where !state.agreed[index] && policy.weights[index] > 0 {
            let step = policy.steps[index]
            let moved = policy.better[index] == .high ? package[index] - step : package[index] + step
            if moved >= policy.lows[index] - 1e-9 && moved <= policy.highs[index] + 1e-9 && policy.utility.slopes[index] * (package[index] - state.offer[index]) > 0 {
                result[index] = moved
                return result
            }
        }
        return result
    }

    /// `final_nibble`: the deal with one more step on the fee that costs the supplier least, if the
    /// tactic fires.
    mutating func nibble(_ package: Package) -> Package? {
        let rates = feeRates()
        let open = context.kinds.indices.filter {
            context.kinds[$0].isFee && policy.weights[$0] > 0 && policy.stepTowardsBuyer(package[$0], index: $0) != package[$0]
        }
        guard let index = open.min(by: { rates[$0] * policy.steps[$0] < rates[$1] * policy.steps[$1] }), fires(.finalNibble) else { return nil }
        var extra = package
        extra[index] = policy.stepTowardsBuyer(package[index], index: index)
        var speech = line(.finalNibble, &state)
        speech.term = context.ids[index]
        speech.value = extra[index]
        let demand = state.demand
        state.demand = extra
        use(.finalNibble, speech: speech, effect: .nibbled(term: context.ids[index], from: package[index], to: extra[index]))
        state.demand = demand
        return extra
    }

    private mutating func pickName(_ names: [String], defaults: [String]) -> String {
        let pool = names.isEmpty ? defaults : names
        return pool[state.rng.nextIndex(pool.count)]
    }
}
