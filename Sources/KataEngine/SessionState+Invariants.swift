import KataPersona

#if DEBUG
    extension SessionState {
        /// What every move must keep true — offer and demand inside their ranges, an agreed term locked
        /// unless a colleague reopens it, the demand never going up on a term without a tactic beyond what
        /// the trainee itself offers — checked after each `Session.reduce` in debug builds (tests,
        /// `swift run`); release builds skip it. `previous` is the state before the move, `events` what the
        /// move produced.
        func checkInvariants(after previous: SessionState, events: [Event]) {
            let policy = context.policy
            let tactic = events.contains { if case .tactic = $0.kind { true } else { false } }
            let reopened = Set(
                events.compactMap { event -> String? in
                    if case .reopened(let term) = event.kind { term } else { nil }
                })
            for index in context.ids.indices {
                let term = context.ids[index]
                let range = (policy.lows[index] - 1e-9)...(policy.highs[index] + 1e-9)
                assert(range.contains(offer[index]), "offer on \(term) outside its range: \(offer[index])")
                assert(range.contains(demand[index]), "demand on \(term) outside its range: \(demand[index])")
                if previous.agreed[index] && !reopened.contains(term) {
                    assert(agreed[index] && offer[index] == previous.offer[index], "agreed term \(term) was changed")
                }
                // The demand may rise without a tactic only to take what the trainee itself now offers.
                let high = policy.better[index] == .high
                let cap = high ? max(previous.demand[index], offer[index]) : min(previous.demand[index], offer[index])
                let rise = high ? demand[index] - cap : cap - demand[index]
                assert(
                    tactic || rise <= 1e-9,
                    "demand on \(term) went up without a tactic: \(previous.demand[index]) → \(demand[index])")
                // Once its rule was cited, a term's demand never goes past it again (unless the trainee offers more).
                if cited[index] && previous.cited[index] {
                    assert(
                        demand[index] <= max(cap, context.lawfulMax[index]) + 1e-9,
                        "demand on \(term) broke its rule again after it was cited: \(demand[index])")
                }
            }
            assert(round >= previous.round, "the round went back")
        }
    }
#endif
