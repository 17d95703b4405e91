import KataPersona
import KataScenario

/// The negotiation engine: one pure reducer decides everything the buyer does. The REPL, bots,
/// replay, resume and verify all drive it; the same scenario, seed and moves always give the same
/// events, because all chance comes from the generator held in the state.
public enum Session {
    /// A new session: the buyer greets the trainee and states its opening demand.
    public static func start(_ scenario: Scenario, seed: UInt64) -> (state: SessionState, events: [Event]) {
        start(SessionContext(scenario), seed: seed)
    }

    /// A new session on a context already built (bots and benchmarks run many sessions on one).
    public static func start(_ context: SessionContext, seed: UInt64) -> (state: SessionState, events: [Event]) {
        var state = SessionState(context: context, seed: seed)
        let greet = speech(.reply(.greet), &state)
        return (
            state,
            [
                Event(round: 0, actor: .system, kind: .started(scenario: context.scenario.id, seed: seed)),
                Event(round: 0, actor: .buyer, kind: .demand(package: state.demand, speech: greet)),
            ]
        )
    }

    /// Applies `move` and returns the new state with what happened.
    public static func reduce(_ state: SessionState, _ move: Move, eager: Bool = false) -> (state: SessionState, events: [Event])
    {
        var next = state
        let events = reduce(into: &next, move, eager: eager)
        return (next, events)
    }

    /// Applies `move` to `state` in place and returns what happened. A refused move changes nothing
    /// but adds a `rejected` event, and costs no round. `eager`: the trainee sounded keen to close.
    public static func reduce(into state: inout SessionState, _ move: Move, eager: Bool = false) -> [Event] {
        if state.isOver { return [reject(move, .sessionOver, state)] }
        if let reason = problem(with: move, in: state) { return [reject(move, reason, state)] }
        if case .plan(let entries) = move {
            state.plan = entries
            return [Event(round: state.round, actor: .trainee, kind: .planned(entries: entries))]
        }
        // Move the state into the turn, leaving a placeholder without storage, so the arrays the
        // turn changes are uniquely owned and change in place instead of being copied.
        #if DEBUG
            let previous = state
        #endif
        var taken = SessionState(placeholderFor: state.context)
        swap(&taken, &state)
        var turn = Turn(state: consume taken)
        turn.play(move, eager: eager)
        state = turn.state
        #if DEBUG
            state.checkInvariants(after: previous, events: turn.events)
        #endif
        return turn.events
    }

    private static func reject(_ move: Move, _ reason: Rejection, _ state: SessionState) -> Event {
        Event(round: state.round, actor: .system, kind: .rejected(move: move, reason: reason))
    }

    /// Why `move` cannot be played now, if it cannot.
    static func problem(with move: Move, in state: SessionState) -> Rejection? {
        let context = state.context
        let scenario = context.scenario
        func check(_ values: [TermValue]) -> Rejection? {
            if values.isEmpty { return .emptyOffer }
            var seen = [Bool](repeating: false, count: state.agreed.count)
            for item in values {
                guard let index = context.termIndex(item.term) else { return .unknownTerm(item.term) }
                if seen[index] { return .termTwice(item.term) }
                seen[index] = true
                if state.agreed[index] { return .alreadyAgreed(item.term) }
                if !context.policy.isValid(item.value, index), let problem = scenario.terms[index].problem(with: item.value) {
                    return .invalidValue(term: item.term, problem: problem)
                }
            }
            return nil
        }
        switch move {
        case .plan(let entries):
            if state.round > 0 { return .planTooLate }
            for entry in entries {
                guard let term = scenario.terms.first(where: { $0.id == entry.term }) else { return .unknownTerm(entry.term) }
                for value in [entry.opening, entry.target, entry.walkAway] {
                    if let problem = term.problem(with: value) { return .invalidValue(term: entry.term, problem: problem) }
                }
            }
            return nil
        case .offer(let terms):
            return check(terms)
        case .conditional(let give, let get):
            if give.isEmpty || get.isEmpty { return .emptyOffer }
            return check(give + get)
        case .meso(let options):
            if options.count < 2 { return .mesoNeedsTwoOptions }
            for option in options { if let problem = check(option) { return problem } }
            return nil
        case .agree(let term):
            guard let index = state.context.termIndex(term) else { return .unknownTerm(term) }
            if state.agreed[index] { return .alreadyAgreed(term) }
            return state.demand[index] > context.lawfulMax[index] + 1e-9 ? .unlawfulAgreement(term) : nil
        case .challenge:
            return state.openClaim == nil ? .nothingToChallenge : nil
        case .final(let terms):
            return terms.isEmpty ? nil : check(terms)
        case .cite(let term):
            guard let index = context.termIndex(term) else { return .unknownTerm(term) }
            return state.demand[index] > context.lawfulMax[index] + 1e-9 ? nil : .nothingToCite(term)
        case .escalate:
            return state.escalated ? .alreadyEscalated : nil
        case .accept, .hold, .ask, .walk:
            return nil
        }
    }

    /// A line for `key`, its variant drawn from the session's generator.
    /// A line for `key`, its variant drawn from the session's generator, never the one the buyer used
    /// for this situation last time (DESIGN §6: lines vary).
    static func speech(_ key: LineKey, _ state: inout SessionState) -> Speech {
        let ordinal = key.ordinal
        let count = state.context.lineCounts[ordinal]
        let last = state.lastVariant[ordinal]
        var variant: Int
        if count > 1 && last >= 0 {
            variant = state.rng.nextIndex(count - 1)
            if variant >= last { variant += 1 }
        } else {
            variant = state.rng.nextIndex(count)
        }
        state.lastVariant[ordinal] = variant
        return Speech(key: key, variant: variant)
    }
}
