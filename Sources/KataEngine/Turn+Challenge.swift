import KataPersona
import KataTerms

/// The buyer's answers to the trainee's pressure: a challenge of its last claim, and the trainee's
/// manager at the table.
extension Turn {
    /// `boss_squeeze` when the trainee brings in its manager; a buyer without that tactic softens a
    /// little, one with it never does (it may simply not squeeze this time).
    mutating func escalate() {
        if attempt(BossSqueeze.self, TacticOccasion(previous: state.demand)) == .used { return }
        if context.setting(.bossSqueeze) != nil {
            sayDemand()
            return
        }
        state.shiftLean(by: 0.05)
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
            let speech =
                claim.quoted.map { quote(.quoteConfirmed, $0) } ?? speechNamingHardestPush(.reply(.claimBacked))
            say(.challenged(tactic: claim.tactic, truthful: true, speech: speech))
            return
        }
        state.shiftLean(by: 0.1)
        var speech: Speech
        if let contract = claim.quoted {
            speech = quote(.quoteCorrected, contract)
        } else {
            speech = Session.speech(.reply(.bluffCalled), &state)
            speech.term = hardestPush().map { context.ids[$0] }
        }
        say(.challenged(tactic: claim.tactic, truthful: false, speech: speech))
        switch claim.tactic {
        case .higherAuthority:
            close(state.offer, buyerAccepts: true)
        case .timePressure:
            state.deadline = nil
            state.walkRound = context.policy.patience + SessionState.patienceJitter(seed: state.seed)
        default:
            let counter = policy.counter(
                to: state.offer, aspiration: policy.aspiration(round: state.round, lean: state.lean),
                locked: state.agreed, ceiling: state.demand)
            let utility = policy.utility
            // Caught bluffing, the buyer ends up asking less than before its claim.
            state.demand =
                utility.utility(of: counter) < utility.utility(of: claim.demandBefore) ? counter : lowered(claim.demandBefore)
            sayDemand()
        }
    }

    /// A line about the supplier's own contract with another retailer: its true value.
    private mutating func quote(_ key: LineKey.Reply, _ contract: OtherContract) -> Speech {
        var speech = Session.speech(.reply(key), &state)
        speech.term = context.ids[contract.term]
        speech.value = contract.value
        speech.otherRetailer = contract.retailer
        return speech
    }

    /// `package` one grid step better for the trainee on the buyer's lightest open term that has room.
    private func lowered(_ package: Package) -> Package {
        var result = package
        for index in policy.byWeight.reversed() where !state.agreed[index] && policy.weights[index] > 0 {
            let step = policy.steps[index]
            let moved = policy.better[index] == .high ? package[index] - step : package[index] + step
            if moved >= policy.lows[index] - 1e-9 && moved <= policy.highs[index] + 1e-9
                && policy.utility.change(ofTerm: index, to: package[index], in: state.offer) > 0
            {
                result[index] = moved
                return result
            }
        }
        return result
    }
}
