import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// Watches a session step by step (a replay, or a live session as it is played) and keeps what the
/// scorecard needs: every concession with its size and whether something came back for it, the
/// tactics and the answers to them; `finish` scores the final state.
public struct ScorecardBuilder {
    let scenario: Scenario
    /// Rounds in which the trainee ran `calc` before moving.
    private var calcRounds: Set<Int>
    private let utility: BuyerUtility
    /// The trainee's offer and the buyer's demand before the move being observed.
    private var offer: Package
    private var demand: Package

    private struct Concession {
        var round: Int
        var size: Double
        var traded: Bool
    }

    /// A lost share of a process part, before the part's points are known.
    private struct Lapse {
        var share: Double
        var round: Int
        var kind: Scorecard.Loss.Kind
    }

    private var concessions: [Concession] = []
    private var discipline: [Lapse] = []
    private var answers: [Scorecard.TacticAnswer] = []
    private var citations: [Scorecard.Citation] = []
    private var closings: [Scorecard.Closing] = []
    /// The buyer's last package, waiting for the trainee's answer: its round and whether it was signable.
    private var lastPackage: (round: Int, signable: Bool)?
    /// Tactics of the buyer's last reply, waiting for the trainee's answer.
    private var pending: [(use: TacticUse, round: Int)] = []
    private var firstProposalSeen = false
    /// A question asked before the first proposal (or a first proposal that was itself a probe, MESO).
    private var probed = false
    /// The trainee's first proposal: its round and its standing offer after it.
    private var opening: (round: Int, package: Package)?
    /// Per term breaking a rule on the trainee's side: the round the trainee's move put it there.
    private var ruleRounds: [Int: Int] = [:]
    /// Terms the buyer demanded an unlawful value on, with the round it first did.
    private var unlawfulDemands: [String: Int] = [:]
    /// The buyer's demands as they changed, with their rounds: at the end, the last one the supplier
    /// could have signed is found among them (only a missed deal needs it).
    private var demands: [(round: Int, package: Package)] = []

    private let knownZOPA: Bool?

    /// `zopaExists` may be given when known (a team report scores many sessions of one scenario).
    public init(context: SessionContext, calcRounds: Set<Int> = [], zopaExists: Bool? = nil) {
        scenario = context.scenario
        self.calcRounds = calcRounds
        knownZOPA = zopaExists
        utility = context.policy.utility
        offer = Package([])
        demand = Package([])
    }

    /// The trainee ran `calc` in `round`, before moving.
    public mutating func noteCalc(round: Int) {
        calcRounds.insert(round)
    }

    /// Takes in one step of the session: the opening, or a move with the state after it.
    public mutating func observe(_ step: Replay.Step) {
        defer {
            offer = step.state.offer
            demand = step.state.demand
            noteBuyerDemand(step.state)
        }
        guard let recorded = step.move, case .moved(_, let gave, _)? = step.events.first?.kind else { return }
        let move = recorded.move
        let state = step.state
        let round = state.round
        // Whether the move asked for something new on some term — a value moved the supplier's way
        // (less rebate, fees or days; more promotion slots): a give with a take is a trade. Read on the
        // values, not the buyer's utility, where a slot also brings its per-slot fee.
        let took = scenario.terms.indices.contains { index in
            let before = offer[index]
            let after = state.offer[index]
            return scenario.persona.better[index] == .high ? after < before - 1e-9 : after > before + 1e-9
        }
        // `accept` and `agree` give the buyer what it asked for: concessions like any other.
        let conceded: Double =
            switch move {
            case .accept: max(0, utility.utility(of: demand) - utility.utility(of: offer))
            case .agree: max(0, utility.utility(of: state.offer) - utility.utility(of: offer))
            default: gave
            }
        answerPending(move, conceded: conceded, round: round)
        if let last = lastPackage {
            let signs = move == .accept
            let finalOffer: Bool = if case .final = move { true } else { false }
            if last.signable || signs {
                // A final offer answers it well only if it closed: one the buyer refused lost a signable deal.
                let closed = signs || (finalOffer && state.outcome?.ending == .deal)
                closings.append(.init(round: last.round, signable: last.signable, good: last.signable && closed))
            }
        }
        lastPackage = nil
        for event in step.events {
            if case .lastPackage(let package, _) = event.kind { lastPackage = (event.round, signable(package)) }
        }
        if conceded > 1e-9 {
            // Traded only when something new came back: an "if" whose get is already on the table buys nothing.
            concessions.append(Concession(round: round, size: conceded, traded: took))
            checkDiscipline(conceded, round: round)
        }
        if case .ask = move, !firstProposalSeen { probed = true }
        if case .cite(let term) = move, step.events.contains(where: { if case .cited = $0.kind { true } else { false } }) {
            citations.append(.init(term: term, round: round))
        }
        // Signing what the buyer asks past the company's limits is worse than offering it.
        if move == .accept || { if case .agree = move { true } else { false } }(),
            !withinLimits(move == .accept ? demand : state.offer), withinLimits(offer)
        {
            discipline.append(.init(share: 0.4, round: round, kind: .signedPastLimits))
        }
        let proposes: Bool = if case .final(let terms) = move { !terms.isEmpty } else { move.isProposal }
        if proposes {
            if !firstProposalSeen {
                opening = (round, state.offer)
                if case .meso = move { probed = true }
            }
            firstProposalSeen = true
            checkProposal(state.offer, before: offer, round: round)
        }
        for index in scenario.terms.indices {
            if !scenario.terms[index].breaksRule(state.offer[index]) {
                ruleRounds[index] = nil
            } else if ruleRounds[index] == nil {
                ruleRounds[index] = round
            }
        }
        pending = step.events.compactMap { if case .tactic(let use) = $0.kind { (use, $0.round) } else { nil } }
    }

    /// A proposal past the company's limits, or one that newly breaks a rule, costs discipline.
    private mutating func checkProposal(_ package: Package, before: Package, round: Int) {
        if !withinLimits(package) {
            discipline.append(.init(share: 0.2, round: round, kind: .offerBeyondLimits))
        }
        for (index, term) in scenario.terms.enumerated() where term.breaksRule(package[index]) && !term.breaksRule(before[index])
        {
            discipline.append(.init(share: 0.2, round: round, kind: .offerBreaksRule(term: term.id)))
        }
    }

    /// Remembers the buyer's demand as it changes, and the unlawful values it asks.
    private mutating func noteBuyerDemand(_ state: SessionState) {
        if demands.last?.package != state.demand { demands.append((state.round, state.demand)) }
        for (index, term) in scenario.terms.enumerated() where index < state.demand.values.count {
            if term.breaksRule(state.demand[index]), unlawfulDemands[term.id] == nil { unlawfulDemands[term.id] = state.round }
        }
    }

    /// Within the supplier's limits and lawful.
    private func signable(_ package: Package) -> Bool {
        !package.values.isEmpty && brokenRules(package).isEmpty && withinLimits(package)
    }

    /// The package keeps the supplier's own limits (DESIGN §4).
    private func withinLimits(_ package: Package) -> Bool {
        TargetCheck(Economics(package, in: scenario), scenario.targets).acceptableToSupplier
    }

    /// The terms of `package` whose values break a rule.
    private func brokenRules(_ package: Package) -> [Int] {
        scenario.terms.indices.filter { scenario.terms[$0].breaksRule(package[$0]) }
    }

    /// The last reply's tactics, answered by this move.
    private mutating func answerPending(_ move: Move, conceded: Double, round: Int) {
        for (use, tacticRound) in pending {
            let claim = use.truthful != nil
            let challenged = move == .challenge
            let checked = claim && calcRounds.contains(round)
            let gaveIn = conceded > 1e-9 || move == .accept
            let answer: Scorecard.TacticAnswer.Answer =
                if challenged { .challenged } else if use.tactic == .ownCalculation {
                    checked ? .checkedTheirFigure : .didNotCheckTheirFigure
                } else if checked && !gaveIn { .checkedFigures } else if gaveIn {
                    move == .accept ? .acceptedDemand : .gaveGround
                } else { .held }
            answers.append(.init(tactic: use.tactic, round: tacticRound, truthful: use.truthful, answer: answer))
        }
    }

    /// Shrinking steps; no give on the buyer's first demand; no give straight after a bluff or threat.
    private mutating func checkDiscipline(_ size: Double, round: Int) {
        if !firstProposalSeen && round == 1 {
            discipline.append(.init(share: 0.3, round: round, kind: .gaveOnFirstDemand))
        }
        if let previous = concessions.dropLast().last, size >= previous.size * 0.999 {
            discipline.append(.init(share: 0.2, round: round, kind: .growingConcession))
        }
        if let threat = pending.first(where: { $0.use.truthful == false || $0.use.tactic.isThreat }) {
            discipline.append(
                .init(
                    share: 0.2, round: round,
                    kind: .gaveAfterPressure(tactic: threat.use.tactic, bluff: threat.use.truthful == false)))
        }
    }

    /// The scorecard of the session that ended (or stopped) in `state`.
    public func finish(_ state: SessionState) -> Scorecard {
        let weights = { (part: ScorePart) in scenario.scoring[part] ?? part.defaultPoints }
        var parts: [Scorecard.Part] = []
        var losses: [Scorecard.Loss] = []
        let outcome = state.outcome ?? Outcome(ending: .outOfRounds, package: nil, rounds: state.round)
        let zopaExists = knownZOPA ?? !ZOPA(scenario).isEmpty
        var beyond = false
        var pushed: Double?

        func score(_ result: PartResult, outOf maximum: Double) {
            parts.append(.init(part: result.part, points: maximum * result.share, maximum: maximum))
            losses += result.lapses.map { .init(part: result.part, points: maximum * $0.share, round: $0.round, kind: $0.kind) }
        }
        // Outcome: what the deal is worth, charged to the moves that gave the value away.
        for result in outcomeParts(outcome, finished: state.outcome != nil, zopaExists: zopaExists) {
            score(result, outOf: weights(result.part))
        }
        if let package = outcome.package, outcome.ending == .deal {
            beyond = !withinLimits(package)
            let span = utility.opening - utility.reservation
            if span > 0 { pushed = min(1, max(0, (utility.opening - utility.utility(of: package)) / span)) }
        }

        // Process: each part on its evidence; a part without any is left out and its points spread.
        let process = processParts(state, outcome: outcome)
        let total = process.reduce(0) { $0 + weights($1.part) }
        let shown = process.filter(\.evidenced)
        let shownWeight = shown.reduce(0) { $0 + weights($1.part) }
        for result in shown {
            score(result, outOf: shownWeight > 0 ? weights(result.part) * total / shownWeight : 0)
        }
        return Scorecard(
            parts: parts, losses: losses.filter { $0.points > 1e-9 }, tactics: answers, citations: citations, closings: closings,
            outcome: outcome,
            finished: state.outcome != nil, beyondLimits: beyond, buyerPushed: pushed, zopaExists: zopaExists)
    }

    /// One part's result before its points are known: the share of its maximum earned, the lapses
    /// that cost the rest (their shares add up to it), and whether the session gave it any evidence.
    private struct PartResult {
        var part: ScorePart
        var share: Double
        var lapses: [Lapse]
        var evidenced = true
    }

    /// Margin, trade spend and promotions. A deal that breaks a rule earns none, charged to the move
    /// that brought the unlawful value in; a deal past the company's own limits earns none either; a
    /// shortfall is charged to the concessions, in proportion to their size; no deal earns all when no
    /// deal was possible, none when one was.
    private func outcomeParts(_ outcome: Outcome, finished: Bool, zopaExists: Bool) -> [PartResult] {
        let targets = scenario.targets
        let kinds: [ScorePart] = [.margin, .tradeSpend, .promotions]
        guard let package = outcome.package, outcome.ending == .deal else {
            let kind: Scorecard.Loss.Kind? =
                !finished
                ? .unfinished
                : zopaExists ? .noDealThoughZOPA(buyerOfferRound: demands.last(where: { signable($0.package) })?.round) : nil
            return kinds.map { part in
                PartResult(
                    part: part, share: kind == nil ? 1 : 0,
                    lapses: kind.map { [Lapse(share: 1, round: outcome.rounds, kind: $0)] } ?? [])
            }
        }
        let broken = brokenRules(package)
        if !broken.isEmpty {
            return kinds.map { part in
                let lapses = broken.map { index in
                    Lapse(
                        share: 1 / Double(broken.count), round: ruleRounds[index] ?? outcome.rounds,
                        kind: .ruleBroken(term: scenario.terms[index].id, rule: scenario.terms[index].rule))
                }
                return PartResult(part: part, share: 0, lapses: lapses)
            }
        }
        let economics = Economics(package, in: scenario)
        let given = concessions.reduce(0) { $0 + $1.size }
        // What a shortfall of `lost` (a share of a part) costs each round that gave value away.
        func charged(_ lost: Double, _ kind: Scorecard.Loss.Kind) -> [Lapse] {
            guard given > 1e-12 else { return [.init(share: lost, round: outcome.rounds, kind: kind)] }
            var byRound: [(round: Int, size: Double)] = []
            for concession in concessions {
                if byRound.last?.round == concession.round {
                    byRound[byRound.count - 1].size += concession.size
                } else {
                    byRound.append((concession.round, concession.size))
                }
            }
            return byRound.map { .init(share: lost * $0.size / given, round: $0.round, kind: kind) }
        }
        // A deal past the company's own limits is one it should have refused: no outcome points.
        if !TargetCheck(economics, targets).acceptableToSupplier {
            let kind = Scorecard.Loss.Kind.dealBeyondLimits(
                margin: economics.margin, tradeSpendRate: economics.tradeSpendRate, promotions: economics.promotions)
            return kinds.map { PartResult(part: $0, share: 0, lapses: charged(1, kind)) }
        }
        func clamp(_ share: Double) -> Double { min(1, max(0, share)) }
        let margin =
            targets.marginTarget > targets.marginFloor
            ? (economics.margin - targets.marginFloor) / (targets.marginTarget - targets.marginFloor)
            : (economics.margin >= targets.marginTarget ? 1 : 0)
        let spend =
            targets.tradeSpendCap > targets.tradeSpendTarget
            ? (targets.tradeSpendCap - economics.tradeSpendRate) / (targets.tradeSpendCap - targets.tradeSpendTarget)
            : (economics.tradeSpendRate <= targets.tradeSpendTarget ? 1 : 0)
        let promotions =
            economics.promotions < targets.promotionsMinimum
            ? 0
            : targets.promotionsTarget > targets.promotionsMinimum
                ? (economics.promotions - targets.promotionsMinimum) / (targets.promotionsTarget - targets.promotionsMinimum) : 1
        let results: [(ScorePart, Double, Scorecard.Loss.Kind)] = [
            (
                .margin, clamp(margin),
                .marginShort(margin: economics.margin, target: targets.marginTarget, floor: targets.marginFloor)
            ),
            (
                .tradeSpend, clamp(spend),
                .tradeSpendOver(rate: economics.tradeSpendRate, target: targets.tradeSpendTarget, cap: targets.tradeSpendCap)
            ),
            (
                .promotions, clamp(promotions),
                .promotionsShort(
                    slots: economics.promotions, target: targets.promotionsTarget, minimum: targets.promotionsMinimum)
            ),
        ]
        return results.map { part, share, kind in
            PartResult(part: part, share: share, lapses: share < 1 - 1e-9 ? charged(1 - share, kind) : [])
        }
    }

    /// Preparation, opening, reciprocity, discipline and tactic handling, each on its evidence.
    private func processParts(_ state: SessionState, outcome: Outcome) -> [PartResult] {
        let dealt = outcome.package != nil && outcome.ending == .deal
        // Reciprocity: the share of what was conceded (in the buyer's utility) that was traded for
        // something; signing the buyer's demand at the end is usually the largest give of all.
        let given = concessions.reduce(0) { $0 + $1.size }
        let untraded = concessions.filter { !$0.traded }
        let reciprocity = PartResult(
            part: .reciprocity, share: given > 0 ? 1 - untraded.reduce(0) { $0 + $1.size } / given : 1,
            lapses: untraded.map { .init(share: given > 0 ? $0.size / given : 0, round: $0.round, kind: .untradedConcession) },
            evidenced: !concessions.isEmpty)
        // Discipline: lapses as shares of the part; more than the whole is scaled down to it.
        let lapsed = discipline.reduce(0) { $0 + $1.share }
        let scale = lapsed > 1 ? 1 / lapsed : 1
        let disciplined = PartResult(
            part: .discipline, share: 1 - lapsed * scale,
            lapses: discipline.map { .init(share: $0.share * scale, round: $0.round, kind: $0.kind) },
            evidenced: !concessions.isEmpty || firstProposalSeen)
        // Tactic handling: every tactic met (a true claim challenged counts neither way), every unlawful
        // demand (cited: good; never cited: poor), and the answer to the buyer's last package.
        let counted = answers.filter { !$0.neutral }
        let cited = Set(citations.map(\.term))
        let uncited = unlawfulDemands.filter { !cited.contains($0.key) }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        let evidence = counted.count + citations.count + uncited.count + closings.count
        let each = evidence > 0 ? 1 / Double(evidence) : 0
        let lapses: [Lapse] =
            counted.filter { !$0.good }.map {
                .init(share: each, round: $0.round, kind: .poorAnswer(tactic: $0.tactic, answer: $0.answer))
            }
            + uncited.map { .init(share: each, round: $0.value, kind: .uncitedUnlawfulDemand(term: $0.key)) }
            + closings.filter { !$0.good }.map {
                .init(share: each, round: $0.round, kind: $0.signable ? .lapsedSignablePackage : .signedPastLimits)
            }
        let handling = PartResult(
            part: .tacticHandling, share: 1 - lapses.reduce(0) { $0 + $1.share }, lapses: lapses, evidenced: evidence > 0)
        return [preparation(state, outcome: outcome), openingPart(dealt: dealt), reciprocity, disciplined, handling]
    }

    /// Preparation: a plan before the first proposal (0.4), whose walk-aways are lawful and within the
    /// company's limits (0.3), and a deal that stays inside them (0.3).
    private func preparation(_ state: SessionState, outcome: Outcome) -> PartResult {
        guard !state.plan.isEmpty else {
            return PartResult(part: .preparation, share: 0, lapses: [.init(share: 1, round: 0, kind: .noPlan)])
        }
        var lapses: [Lapse] = []
        // The walk-aways of the planned terms, every other term at its best for the supplier: if even
        // that breaks the company's limits, the plan's walk-aways are past them.
        var walkAways = Package(
            scenario.terms.indices.map { scenario.persona.better[$0] == .high ? scenario.terms[$0].low : scenario.terms[$0].high }
        )
        for entry in state.plan {
            guard let index = scenario.terms.firstIndex(where: { $0.id == entry.term }) else { continue }
            walkAways[index] = entry.walkAway
        }
        if let index = brokenRules(walkAways).first {
            lapses.append(.init(share: 0.3, round: 0, kind: .planOutsideLimits(term: scenario.terms[index].id)))
        } else if !withinLimits(walkAways) {
            lapses.append(.init(share: 0.3, round: 0, kind: .planOutsideLimits(term: nil)))
        }
        if let package = outcome.package, outcome.ending == .deal,
            let broken = state.plan.first(where: { beyondWalkAway($0, package) })
        {
            lapses.append(.init(share: 0.3, round: outcome.rounds, kind: .pastWalkAway(term: broken.term)))
        }
        return PartResult(part: .preparation, share: 1 - lapses.reduce(0) { $0 + $1.share }, lapses: lapses)
    }

    /// Opening: a question before the first proposal (0.4), and a first proposal that leaves room —
    /// below what the buyer would settle for, yet not so low it insults it (0.6). A deal without any
    /// proposal took the buyer's terms as the opening; a session without either has no evidence.
    private func openingPart(dealt: Bool) -> PartResult {
        guard let opening else {
            return dealt
                ? PartResult(part: .opening, share: 0, lapses: [.init(share: 1, round: 1, kind: .noOpening)])
                : PartResult(part: .opening, share: 1, lapses: [], evidenced: false)
        }
        var lapses: [Lapse] = []
        if !probed { lapses.append(.init(share: 0.4, round: opening.round, kind: .noProbing)) }
        let offered = utility.utility(of: opening.package)
        if offered < utility.reservation * BuyerPolicy.insultShare {
            lapses.append(.init(share: 0.4, round: opening.round, kind: .insultingOpening))
        } else if offered >= utility.reservation - 1e-9 {
            lapses.append(.init(share: 0.6, round: opening.round, kind: .openingWithoutRoom))
        }
        return PartResult(part: .opening, share: 1 - lapses.reduce(0) { $0 + $1.share }, lapses: lapses)
    }

    /// Whether the deal's value on a planned term is past the trainee's walk-away (towards the buyer).
    private func beyondWalkAway(_ entry: PlanEntry, _ package: Package) -> Bool {
        guard let index = scenario.terms.firstIndex(where: { $0.id == entry.term }) else { return false }
        let value = package[index]
        return scenario.persona.better[index] == .high ? value > entry.walkAway + 1e-9 : value < entry.walkAway - 1e-9
    }
}

/// A spar session scored as it is played: the same scorecard as a debrief.
extension ScorecardBuilder: SessionScorer {
    public mutating func observe(move: Move?, state: SessionState, events: [Event]) {
        observe(Replay.Step(move: move.map { RecordedMove($0) }, state: state, events: events))
    }

    public func total(_ state: SessionState) -> Double {
        finish(state).total
    }
}
