import KataPersona
import KataTerms

/// One round: the trainee's move lands on the table, then the buyer answers — it accepts, counters,
/// uses a tactic, or walks. Built and consumed inside `Session.reduce`.
struct Turn {
    var state: SessionState
    var events: [Event] = []
    /// This move was an insulting first proposal: the buyer flinches whatever its playbook.
    var insulted = false

    init(state: SessionState) { self.state = state }

    var context: SessionContext { state.context }
    var policy: BuyerPolicy { state.context.policy }

    mutating func play(_ move: Move, eager: Bool) {
        if case .nibble(let base, let extra) = state.phase {
            state.round += 1
            events.append(
                Event(
                    round: state.round, actor: .trainee,
                    kind: .moved(move: move, gave: gave(from: base, to: move == .accept ? extra : base), eager: eager)))
            settleNibble(move, base: base, extra: extra)
            return
        }
        if case .lastPackage(let package) = state.phase {
            answerLastPackage(move, package: package, eager: eager)
            return
        }
        state.round += 1
        let before = state.offer
        let claim = state.openClaim
        if move != .challenge { state.openClaim = nil }
        let (newlyNamed, picked) = placeValues(of: move)
        if move.isProposal { state.proposals += 1 }
        let given = gave(from: before, to: state.offer)
        events.append(Event(round: state.round, actor: .trainee, kind: .moved(move: move, gave: given, eager: eager)))
        if given > 1e-9 {
            state.lastGiveRound = state.round
            // Giving ground after an ultimatum spends its credibility.
            if state.finalRound != nil { state.finalBroken = true }
        }
        if eager { state.shiftLean(by: -0.05) }
        if let picked { say(.picked(option: picked, speech: Session.speech(.reply(.counter), &state))) }
        read(move, gave: given)
        // This move answers a true threat made last round.
        let answersThreat = state.threatPending
        state.threatPending = false

        switch move {
        case .walk:
            end(.traineeWalked, package: nil)
        case .accept:
            close(state.demand)
        case .challenge:
            if let claim { resolve(claim) }
        case .ask(let question):
            answer(question)
        case .escalate:
            state.escalated = true
            escalate()
        case .agree(let id):
            if let index = context.termIndex(id) { settle(index) }
        case .final:
            ultimatum()
        case .cite(let id):
            if let index = context.termIndex(id) { cite(index) }
        case .offer, .conditional, .meso, .hold:
            respond(to: move, newlyNamed: newlyNamed)
        case .plan:
            break
        }
        if answersThreat && given <= 1e-9 && !state.isOver { carryOutThreat() }
        if !state.isOver { watchTheClock() }
    }

    /// A true `delist_threat` the trainee answered by giving nothing: the buyer takes a promotion slot
    /// off the table — the open promotion term with the most slots offered loses one step, in the
    /// offer and the demand alike.
    private mutating func carryOutThreat() {
        let candidates = context.kinds.indices.filter {
            context.kinds[$0] == .promoSlots && !state.agreed[$0] && state.offer[$0] - policy.steps[$0] >= policy.lows[$0] - 1e-9
        }
        guard let index = candidates.max(by: { (state.offer[$0], $1) < (state.offer[$1], $0) }) else { return }
        let from = state.offer[index]
        let to = from - policy.steps[index]
        state.offer[index] = to
        state.demand[index] = min(state.demand[index], to)
        var speech = Session.speech(.reply(.threatCarriedOut), &state)
        speech.term = context.ids[index]
        speech.value = to
        use(.delistThreat, speech: speech, truthful: true, effect: .cut(term: context.ids[index], from: from, to: to))
    }

    // MARK: - The trainee's side

    /// Puts the values a move names on the table (a MESO's: the option the buyer picks); returns
    /// whether a term was named for the first time, and the option picked.
    private mutating func placeValues(of move: Move) -> (newlyNamed: Bool, picked: Int?) {
        switch move {
        case .offer(let values), .final(let values):
            return (place(values), nil)
        case .conditional(let give, let get):
            return (place(give + get), nil)
        case .meso(let options):
            guard let picked = pick(options) else { return (false, nil) }
            return (place(options[picked]), picked)
        case .agree, .accept, .cite, .hold, .ask, .challenge, .escalate, .walk, .plan:
            return (false, nil)
        }
    }

    /// Puts values on the table; returns whether a term was named for the first time.
    private mutating func place(_ values: [TermValue]) -> Bool {
        var first = false
        for item in values {
            guard let index = context.termIndex(item.term) else { continue }
            state.offer[index] = item.value
            if !state.named[index] { first = true }
            state.named[index] = true
        }
        return first
    }

    /// The MESO option the buyer values most, applied to the standing offer.
    private func pick(_ options: [[TermValue]]) -> Int? {
        var best: (index: Int, utility: Double)?
        for (position, option) in options.enumerated() {
            var package = state.offer
            for item in option {
                if let index = context.termIndex(item.term) { package[index] = item.value }
            }
            let value = policy.utility.utility(of: package)
            if value > (best?.utility ?? -.infinity) + 1e-12 { best = (position, value) }
        }
        return best?.index
    }

    /// Buyer utility handed over between two proposals.
    func gave(from before: Package, to after: Package) -> Double {
        policy.utility.utility(of: after) - policy.utility.utility(of: before)
    }

    /// How the buyer reads the trainee's concession pattern (Tey et al. 2021): tapering steps say the
    /// limit is near, so it lowers its demands sooner; steady or growing steps, quick unconditional
    /// gives and giving in right after a tactic say there is more, so it holds out.
    private mutating func read(_ move: Move, gave: Double) {
        if case .hold = move { state.holdsInARow += 1 } else { state.holdsInARow = 0 }
        if move.isProposal && state.proposals == 1 {
            let reading = anchorReading()
            insulted = reading == Self.insultReading
            state.shiftLean(by: reading)
        }
        guard move.isProposal, gave > 1e-9 else { return }
        var lean = state.lean
        if let previous = state.concessions.last {
            lean += gave < previous * 0.8 ? 0.03 : -0.03
        }
        if case .offer = move { lean -= 0.01 }
        // Ground given right after a tactic: the tactic worked, and the buyer will use that.
        if state.lastUsed.contains(state.round - 1) { lean -= 0.03 }
        state.concessions.append(gave)
        state.lean = SessionState.clamped(lean: lean)
    }

    /// How the buyer reads the trainee's first proposal (Galinsky & Mussweiler 2001: an ambitious
    /// first offer pulls the end point its way). Below the buyer's reservation but within reason, it is
    /// a credible anchor and the buyer expects less; so low that it is an insult (under half the
    /// reservation's utility), it hardens the buyer; at or past the reservation, it shows there is
    /// more to get.
    private func anchorReading() -> Double {
        let offered = policy.utility.utility(of: state.offer)
        let reservation = policy.utility.reservation
        if offered < reservation * BuyerPolicy.insultShare { return Self.insultReading }
        return offered < reservation - 1e-9 ? 0.05 : -0.05
    }

    /// How much an insulting first proposal (`BuyerPolicy.insultShare`) hardens the buyer; it flinches too.
    static let insultReading = -0.1

    // MARK: - The buyer's side

    /// The buyer's answer to a proposal or a hold: accept when the proposal reaches its aspiration
    /// (never the first), else counter, maybe with a tactic.
    private mutating func respond(to move: Move, newlyNamed: Bool) {
        let aspiration = policy.aspiration(round: state.round, lean: state.lean)
        let occasion = TacticOccasion(previous: state.demand, newlyNamed: newlyNamed)
        if insulted, FirstOfferFlinch.effect(&self, occasion) { return }
        if attempt(FirstOfferFlinch.self, occasion) == .used { return }
        // Never the very first proposal; a proposal that stood a round may be accepted on a hold.
        let standing = move.isProposal ? state.proposals > 1 : state.proposals > 0
        if standing, policy.utility.utility(of: state.offer) >= aspiration - 1e-9 {
            if attempt(HigherAuthority.self, occasion) != .used { close(state.offer, buyerAccepts: true) }
            return
        }
        state.demand = policy.counter(to: state.offer, aspiration: aspiration, locked: state.agreed, ceiling: state.demand)
        if useTactic(previous: occasion.previous) { return }
        if attempt(RenamedFee.self, occasion) == .used { return }
        sayDemand()
    }

    /// States the current demand with a counter line naming the term it pushes hardest.
    mutating func sayDemand() {
        let line = speechNamingHardestPush(.reply(.counter))
        state.lastObjection = line
        say(.demand(package: state.demand, speech: line))
    }

    /// A line for `key` naming the term the buyer pushes hardest and its demand there.
    mutating func speechNamingHardestPush(_ key: LineKey) -> Speech {
        var line = Session.speech(key, &state)
        if let index = hardestPush() {
            line.term = context.ids[index]
            line.value = state.demand[index]
        }
        return line
    }

    /// The buyer ends the meeting without a deal — or, after a final offer it will not sign, the
    /// trainee's ultimatum ends it (`finalRefused`: the trainee chose no deal over going further).
    mutating func walkOut(_ ending: Outcome.Ending = .buyerWalked) {
        say(.walkedOut(speech: Session.speech(.reply(.walkOut), &state)))
        end(ending, package: nil)
    }

    /// The unlocked term where the buyer's demand is furthest (in its utility) beyond the offer.
    func hardestPush() -> Int? {
        var best: (index: Int, gap: Double)?
        for index in context.kinds.indices where !state.agreed[index] {
            let gap = policy.utility.change(ofTerm: index, to: state.demand[index], in: state.offer)
            if gap > (best?.gap ?? 1e-12) { best = (index, gap) }
        }
        return best?.index
    }

    /// Settles one term at the buyer's demand and locks it.
    private mutating func settle(_ index: Int) {
        let value = state.demand[index]
        state.offer[index] = value
        state.named[index] = true
        state.agreed[index] = true
        var line = Session.speech(.reply(.termAgreed), &state)
        line.term = context.ids[index]
        line.value = value
        say(.agreed(term: context.ids[index], value: value, speech: line))
        _ = attempt(RenamedFee.self, TacticOccasion(previous: state.demand, settled: index))
    }

    /// The buyer ranks more of its terms, more of them for an open persona: true but partial.
    private mutating func answer(_ question: Question) {
        let count = context.kinds.count
        let perProbe = max(1, Int((context.scenario.persona.openness * Double(count)).rounded()))
        let shown = question == .why ? 1 : perProbe
        let upTo = min(count, state.revealed + shown)
        let ranked = policy.byWeight.prefix(max(upTo, 1)).map { context.ids[$0] }
        state.revealed = max(state.revealed, upTo)
        var line = Session.speech(.reply(.probeAnswer), &state)
        line.term = ranked.first
        say(.revealed(terms: Array(ranked), speech: line))
    }

    /// Signs `package`, unless the buyer first takes one last nibble.
    mutating func close(_ package: Package, buyerAccepts: Bool = false) {
        if buyerAccepts {
            say(.accepted(package: package, speech: Session.speech(.reply(.accept), &state)))
        }
        if attempt(FinalNibble.self, TacticOccasion(previous: state.demand, closing: package)) == .used { return }
        end(.deal, package: package)
    }

    /// The trainee's answer to a nibble: accepting gives the extra; walking ends it; anything else is
    /// a refusal, and the buyer signs the deal as it was.
    private mutating func settleNibble(_ move: Move, base: Package, extra: Package) {
        switch move {
        case .accept: end(.deal, package: extra)
        case .walk: end(.traineeWalked, package: nil)
        default: end(.deal, package: base)
        }
    }

    /// Ends the meeting when the buyer's patience (or a real deadline) or the round limit runs out;
    /// warns one round before. A deal the buyer announced (a nibble pending) is never lost to the
    /// clock. At its deadline a buyer that has seen the trainee give ground lately states its last
    /// package and waits for one answer; one that has seen no movement walks (DESIGN §6).
    private mutating func watchTheClock() {
        if case .nibble = state.phase { return }
        if state.round >= context.scenario.rounds {
            end(.outOfRounds, package: nil)
        } else if state.round >= state.walkRound {
            guard state.lastGiveRound > 0, state.round - state.lastGiveRound <= Self.movementMemory else {
                walkOut()
                return
            }
            // Its bottom line now: where its reading of the trainee has left it, never below its
            // reservation. A standing offer that already meets it is taken.
            let bottom = policy.aspiration(round: policy.patience, lean: state.lean)
            if policy.utility.utility(of: state.offer) >= bottom - 1e-9 {
                // The moment it would take it is the moment its director may still want more.
                if attempt(HigherAuthority.self, TacticOccasion(previous: state.demand)) != .used {
                    close(state.offer, buyerAccepts: true)
                }
                return
            }
            let package = policy.counter(to: state.offer, aspiration: bottom, locked: state.agreed, ceiling: state.demand)
            state.demand = package
            let line = speechNamingHardestPush(.reply(.lastPackage))
            say(.lastPackage(package: package, speech: line))
            state.phase = .lastPackage(package)
        } else if state.round == state.walkRound - 1 {
            var line = Session.speech(.reply(.lastChance), &state)
            line.roundsLeft = 1
            say(.lastChance(speech: line))
        }
    }

    /// How many rounds without a give the buyer still counts as "the trainee is moving".
    static let movementMemory = 3

    /// The trainee's one answer to the buyer's last package: accepting signs it; a proposal or `final`
    /// that reaches the buyer's reservation is signed; walking ends it; anything else, and the buyer
    /// leaves.
    private mutating func answerLastPackage(_ move: Move, package: Package, eager: Bool) {
        state.round += 1
        let before = state.offer
        _ = placeValues(of: move)
        let given = move == .accept ? gave(from: before, to: package) : gave(from: before, to: state.offer)
        events.append(Event(round: state.round, actor: .trainee, kind: .moved(move: move, gave: given, eager: eager)))
        switch move {
        case .accept:
            state.offer = package
            end(.deal, package: package)
        case .walk:
            end(.traineeWalked, package: nil)
        case .offer, .conditional, .meso, .final:
            if policy.utility.acceptable(state.offer) {
                say(.accepted(package: state.offer, speech: Session.speech(.reply(.accept), &state)))
                end(.deal, package: state.offer)
            } else if case .final = move {
                walkOut(.finalRefused)
            } else {
                walkOut()
            }
        case .plan, .agree, .cite, .hold, .ask, .challenge, .escalate:
            walkOut()
        }
    }

    /// The trainee's ultimatum on its standing offer: signed when it reaches the buyer's reservation,
    /// else the meeting ends on it — unless the buyer does not believe it (before its last call, short
    /// of what it still holds out for), or the trainee gave ground past an earlier one: then the buyer
    /// answers it as a hold.
    private mutating func ultimatum() {
        // Before its own last call a buyer with patience left does not believe an ultimatum short of
        // what it still holds out for: it counters (a first-round "final" is a bluff to test), and a
        // trainee who then gives ground has spent its credibility. After a broken ultimatum, none is
        // believed. At its last call, an ultimatum is taken at its word.
        let early = state.round < state.walkRound - 1
        let aspiration = policy.aspiration(round: state.round, lean: state.lean)
        let disbelieved = !state.finalBroken && early && policy.utility.utility(of: state.offer) < aspiration - 1e-9
        if state.finalBroken || disbelieved {
            if disbelieved { state.finalRound = state.round }
            state.demand = policy.counter(to: state.offer, aspiration: aspiration, locked: state.agreed, ceiling: state.demand)
            let line = speechNamingHardestPush(.reply(state.finalBroken ? .finalDoubted : .finalDisbelieved))
            say(.demand(package: state.demand, speech: line))
            return
        }
        state.finalRound = state.round
        if policy.utility.acceptable(state.offer) {
            close(state.offer, buyerAccepts: true)
        } else {
            walkOut(.finalRefused)
        }
    }

    /// `cite`: the demand on term `index` breaks a rule; the buyer drops it to the lawful value and keeps
    /// it there, and may ask for the money again under a lawful name (`renamed_fee`).
    private mutating func cite(_ index: Int) {
        let from = state.demand[index]
        let to = context.lawfulMax[index]
        state.demand[index] = to
        state.cited[index] = true
        var line = Session.speech(.reply(.ruleCited), &state)
        line.term = context.ids[index]
        line.value = to
        say(.cited(term: context.ids[index], from: from, to: to, speech: line))
        if context.kinds[index].isFee { _ = attempt(RenamedFee.self, TacticOccasion(previous: state.demand, settled: index)) }
    }

    mutating func end(_ ending: Outcome.Ending, package: Package?) {
        let outcome = Outcome(ending: ending, package: package, rounds: state.round)
        if ending == .deal, let package {
            say(.signed(package: package, speech: Session.speech(.reply(.dealClosed), &state)))
        }
        events.append(Event(round: state.round, actor: .system, kind: .ended(outcome)))
        state.phase = .over(outcome)
    }

    mutating func say(_ kind: EventKind) {
        events.append(Event(round: state.round, actor: .buyer, kind: kind))
    }
}
