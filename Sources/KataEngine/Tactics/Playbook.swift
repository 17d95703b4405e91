import KataPersona
import KataTerms

/// The buyer's playbook: every tactic, in priority order. Within a moment the first that fires wins;
/// adding a tactic is one file and one line here (and its id and lines in KataPersona).
enum Playbook {
    static let tactics: [any Tactic.Type] = [
        FirstOfferFlinch.self,
        HigherAuthority.self,
        EasyGiveProbe.self,
        DelistThreat.self,
        RepeatObjection.self,
        CompetitorClaim.self,
        MatchOtherRetailer.self,
        VolumePromise.self,
        OwnCalculation.self,
        PromotionPush.self,
        TimePressure.self,
        Stall.self,
        RenamedFee.self,
        FinalNibble.self,
        BossSqueeze.self,
    ]

    /// The tactics that ride on a counter, in priority order.
    static let onCounter = tactics.filter { $0.moment == .counter }

    /// Each tactic by its `TacticID.ordinal`.
    static let byOrdinal: [any Tactic.Type] = TacticID.allCases.map { id in
        tactics.first { $0.id == id } ?? FirstOfferFlinch.self
    }
}

extension TacticID {
    /// A threat (delisting, the boss, a deadline): giving ground straight after one is poor discipline
    /// (the scorecard), and a disciplined trainee holds (the give-get bot).
    public var isThreat: Bool { Playbook.byOrdinal[ordinal].isThreat }

    /// The share of its claims that are bluffs unless the persona says otherwise; `nil` when it claims nothing.
    public var defaultBluffRate: Double? { Playbook.byOrdinal[ordinal].defaultBluffRate }

    /// The placeholders its lines may use (beyond `buyer`, `retailer`, `product`).
    public var placeholders: Set<String> { Playbook.byOrdinal[ordinal].placeholders }
}

/// What every tactic does the same way: the draw, the truth of a claim, saying it, and the terms it
/// aims at. A tactic fires when its trigger holds and a draw from the session's generator falls under
/// its weight; it rests at least one round between uses, except `repeat_objection`.
extension Turn {
    /// Tries `tactic` at `occasion`: its trigger, the draw, then its effect.
    mutating func attempt(_ tactic: any Tactic.Type, _ occasion: TacticOccasion) -> TacticAttempt {
        guard tactic.triggers(self, occasion), fires(tactic.id) else { return .passed }
        return tactic.effect(&self, occasion) ? .used : .fizzled
    }

    /// The tactics that ride on a counter; at most one per round. Returns whether one fired (and
    /// spoke the demand).
    mutating func useTactic(previous: Package) -> Bool {
        let occasion = TacticOccasion(previous: previous)
        for tactic in Playbook.onCounter {
            switch attempt(tactic, occasion) {
            case .passed: continue
            case .used: return true
            case .fizzled: return false
            }
        }
        return false
    }

    /// Whether `tactic` is in the persona's playbook, rested, and wins its draw.
    mutating func fires(_ tactic: TacticID) -> Bool {
        let ordinal = tactic.ordinal
        let weight = context.tacticWeights[ordinal]
        guard weight >= 0 else { return false }
        if tactic != .repeatObjection && state.round - state.lastUsed[ordinal] < 2 { return false }
        guard state.rng.nextUnit() < weight else { return false }
        state.lastUsed[ordinal] = state.round
        state.uses[ordinal] += 1
        return true
    }

    /// Whether a claim by `tactic` is true this time (false with the persona's `bluff_rate`, else the
    /// tactic's default).
    mutating func truthful(_ tactic: any Tactic.Type) -> Bool {
        let rate = context.setting(tactic.id)?.bluffRate ?? tactic.defaultBluffRate ?? 0
        return state.rng.nextUnit() >= rate
    }

    mutating func use(
        _ tactic: TacticID, speech: Speech, truthful: Bool? = nil, effect: TacticEffect, claimFrom before: Package? = nil
    ) {
        if let truthful, let before {
            state.openClaim = OpenClaim(tactic: tactic, truthful: truthful, demandBefore: before)
        }
        say(.tactic(TacticUse(tactic: tactic, speech: speech, truthful: truthful, effect: effect, demand: state.demand)))
    }

    func line(_ tactic: TacticID, _ state: inout SessionState) -> Speech {
        Session.speech(.tactic(tactic), &state)
    }

    /// A line for `key` spoken by one of the persona's colleagues: the first listed approves
    /// (`higher_authority`), the last listed checks and reopens (`stall`); nil when the buyer has no
    /// colleagues.
    mutating func colleagueLine(_ key: LineKey.Reply, for tactic: TacticID) -> Speech? {
        let colleagues = context.scenario.persona.colleagues
        guard !colleagues.isEmpty else { return nil }
        var speech = Session.speech(.reply(key), &state)
        speech.speaker = tactic == .higherAuthority ? 0 : colleagues.count - 1
        return speech
    }

    /// The unlocked term of most weight whose value in `package` can still move towards the buyer.
    func heaviestOpenTerm(withRoomAbove package: Package) -> Int? {
        policy.byWeight.first { index in
            let next = policy.stepTowardsBuyer(package[index], index: index)
            return !state.agreed[index] && policy.weights[index] > 0 && next != package[index] && mayAsk(next, on: index)
        }
    }

    /// Whether the buyer may still ask `value` on term `index`: not past the rule once the trainee
    /// cited it.
    func mayAsk(_ value: Double, on index: Int) -> Bool {
        !state.cited[index] || value <= context.lawfulMax[index] + 1e-9
    }

    /// Whether `value` on term `index` breaks no rule (`legal_max`, `prohibited`): where money moved by
    /// the buyer's own tactics (`renamed_fee`, `final_nibble`) may go.
    func isLawful(_ value: Double, on index: Int) -> Bool {
        value <= context.lawfulMax[index] + 1e-9
    }

    /// Asks `steps` more on the buyer's heaviest open term and shifts its lean by `lean`: the effect of
    /// the pressure tactics; with `truthful`, it is a claim the trainee may challenge. Only a tactic the trainee provoked (an easy give, bringing in its
    /// manager) shifts the lean; the buyer's reading follows the trainee's answers, not its own moves.
    /// With `speaking`, a colleague says it in that situation's words (the buyer's own line when it has
    /// no colleagues).
    mutating func raise(
        _ tactic: TacticID, steps: Int, lean: Double, truthful: Bool? = nil, speaking colleague: LineKey.Reply? = nil
    ) -> Bool {
        guard let index = heaviestOpenTerm(withRoomAbove: state.demand) else { return false }
        let before = state.demand
        let from = state.demand[index]
        state.demand[index] = policy.stepTowardsBuyer(from, index: index, steps: steps)
        state.shiftLean(by: lean)
        var speech = colleague.flatMap { colleagueLine($0, for: tactic) } ?? line(tactic, &state)
        speech.term = context.ids[index]
        speech.value = state.demand[index]
        use(
            tactic, speech: speech, truthful: truthful,
            effect: .raised(term: context.ids[index], from: from, to: state.demand[index]),
            claimFrom: truthful == nil ? nil : before)
        return true
    }

    /// RMB a year per unit of each term's value, at the trainee's standing offer (0 for non-fees).
    func feeRates() -> [Double] {
        context.kinds.indices.map { context.economics.feeRate($0, state.offer) }
    }

    /// One of the persona's names for a tactic, else one of the defaults in the scenario's language.
    mutating func pickName(_ names: [String], defaults: (zh: [String], en: [String])) -> String {
        let pool = names.isEmpty ? (context.scenario.language == .zh ? defaults.zh : defaults.en) : names
        return pool[state.rng.nextIndex(pool.count)]
    }
}
