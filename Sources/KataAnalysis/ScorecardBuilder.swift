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

    private var concessions: [Concession] = []
    private var discipline: [Scorecard.Loss] = []
    private var answers: [Scorecard.TacticAnswer] = []
    /// Tactics of the buyer's last reply, waiting for the trainee's answer.
    private var pending: [(use: TacticUse, round: Int)] = []
    private var firstProposalSeen = false

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
        }
        guard let recorded = step.move, case .moved(_, let gave, _)? = step.events.first?.kind else { return }
        let move = recorded.move
        let state = step.state
        let round = state.round
        // What the move took back on some term, in buyer utility: a give with a take is a trade.
        var took = 0.0
        for index in scenario.terms.indices {
            let change = utility.change(ofTerm: index, to: state.offer[index], in: offer)
            if change < 0 { took -= change }
        }
        let conceded: Double
        if case .accept = move {
            conceded = max(0, utility.utility(of: demand) - utility.utility(of: offer))
        } else {
            conceded = gave
        }
        answerPending(move, conceded: conceded, round: round)
        if conceded > 1e-9 {
            let conditional: Bool = if case .conditional = move { true } else { false }
            concessions.append(Concession(round: round, size: conceded, traded: conditional || took > 1e-9))
            checkDiscipline(conceded, round: round)
        }
        if move.isProposal { firstProposalSeen = true }
        pending = step.events.compactMap { if case .tactic(let use) = $0.kind { (use, $0.round) } else { nil } }
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
            discipline.append(.init(part: .discipline, points: 3, round: round, kind: .gaveOnFirstDemand))
        }
        if let previous = concessions.dropLast().last, size >= previous.size * 0.999 {
            discipline.append(.init(part: .discipline, points: 2, round: round, kind: .growingConcession))
        }
        if let threat = pending.first(where: { $0.use.truthful == false || $0.use.tactic.isThreat }) {
            discipline.append(
                .init(
                    part: .discipline, points: 2, round: round,
                    kind: .gaveAfterPressure(tactic: threat.use.tactic, bluff: threat.use.truthful == false)))
        }
    }

    /// The scorecard of the session that ended (or stopped) in `state`.
    public func finish(_ state: SessionState) -> Scorecard {
        let targets = scenario.targets
        let weights = { (part: ScorePart) in scenario.scoring[part] ?? part.defaultPoints }
        var parts: [Scorecard.Part] = []
        var losses: [Scorecard.Loss] = []
        let outcome = state.outcome ?? Outcome(ending: .outOfRounds, package: nil, rounds: state.round)
        let zopaExists = knownZOPA ?? !ZOPA(scenario).isEmpty
        var beyond = false
        var pushed: Double?

        func part(_ part: ScorePart, share: Double, loss kind: Scorecard.Loss.Kind?, round: Int) {
            let maximum = weights(part)
            let points = maximum * min(1, max(0, share))
            parts.append(.init(part: part, points: points, maximum: maximum))
            if points < maximum - 1e-9, let kind {
                losses.append(.init(part: part, points: maximum - points, round: round, kind: kind))
            }
        }

        if let package = outcome.package, outcome.ending == .deal {
            let economics = Economics(package, in: scenario)
            beyond = !TargetCheck(economics, targets).acceptableToSupplier
            let marginShare =
                targets.marginTarget > targets.marginFloor
                ? (economics.margin - targets.marginFloor) / (targets.marginTarget - targets.marginFloor)
                : (economics.margin >= targets.marginTarget ? 1 : 0)
            part(
                .margin, share: marginShare,
                loss: .marginShort(margin: economics.margin, target: targets.marginTarget, floor: targets.marginFloor),
                round: outcome.rounds)
            let spendShare =
                targets.tradeSpendCap > targets.tradeSpendTarget
                ? (targets.tradeSpendCap - economics.tradeSpendRate) / (targets.tradeSpendCap - targets.tradeSpendTarget)
                : (economics.tradeSpendRate <= targets.tradeSpendTarget ? 1 : 0)
            part(
                .tradeSpend, share: spendShare,
                loss: .tradeSpendOver(
                    rate: economics.tradeSpendRate, target: targets.tradeSpendTarget, cap: targets.tradeSpendCap),
                round: outcome.rounds)
            let promotionShare =
                economics.promotions < targets.promotionsMinimum
                ? 0
                : targets.promotionsTarget > targets.promotionsMinimum
                    ? (economics.promotions - targets.promotionsMinimum) / (targets.promotionsTarget - targets.promotionsMinimum)
                    : 1
            part(
                .promotions, share: promotionShare,
                loss: .promotionsShort(
                    slots: economics.promotions, target: targets.promotionsTarget, minimum: targets.promotionsMinimum),
                round: outcome.rounds)
            let span = utility.opening - utility.reservation
            if span > 0 { pushed = min(1, max(0, (utility.opening - utility.utility(of: package)) / span)) }
        } else {
            let why: Scorecard.Loss.Kind? = state.outcome == nil ? .unfinished : zopaExists ? .noDealThoughZOPA : nil
            for kind in [ScorePart.margin, .tradeSpend, .promotions] {
                part(kind, share: zopaExists || state.outcome == nil ? 0 : 1, loss: why, round: outcome.rounds)
            }
        }

        let traded = concessions.filter(\.traded)
        part(.reciprocity, share: concessions.isEmpty ? 1 : Double(traded.count) / Double(concessions.count), loss: nil, round: 0)
        for concession in concessions where !concession.traded {
            losses.append(
                .init(
                    part: .reciprocity, points: weights(.reciprocity) / Double(concessions.count), round: concession.round,
                    kind: .untradedConcession))
        }

        let disciplineLost = min(
            weights(.discipline),
            discipline.reduce(0) { $0 + $1.points } * weights(.discipline) / ScorePart.discipline.defaultPoints)
        parts.append(.init(part: .discipline, points: weights(.discipline) - disciplineLost, maximum: weights(.discipline)))
        let scale = weights(.discipline) / ScorePart.discipline.defaultPoints
        losses += discipline.map { .init(part: $0.part, points: $0.points * scale, round: $0.round, kind: $0.kind) }

        let good = answers.filter(\.good).count
        part(.tacticHandling, share: answers.isEmpty ? 1 : Double(good) / Double(answers.count), loss: nil, round: 0)
        for answer in answers where !answer.good {
            losses.append(
                .init(
                    part: .tacticHandling, points: weights(.tacticHandling) / Double(answers.count), round: answer.round,
                    kind: .poorAnswer(tactic: answer.tactic, answer: answer.answer)))
        }

        var preparation = 0.0
        let preparationMaximum = weights(.preparation)
        if state.plan.isEmpty {
            losses.append(.init(part: .preparation, points: preparationMaximum, round: 0, kind: .noPlan))
        } else {
            preparation = preparationMaximum * 0.6
            if let package = outcome.package, outcome.ending == .deal,
                let broken = state.plan.first(where: { beyondWalkAway($0, package) })
            {
                losses.append(
                    .init(
                        part: .preparation, points: preparationMaximum * 0.4, round: outcome.rounds,
                        kind: .pastWalkAway(term: broken.term)))
            } else {
                preparation = preparationMaximum
            }
        }
        parts.append(.init(part: .preparation, points: preparation, maximum: preparationMaximum))
        return Scorecard(
            parts: parts, losses: losses, tactics: answers, outcome: outcome, finished: state.outcome != nil,
            beyondLimits: beyond, buyerPushed: pushed, zopaExists: zopaExists)
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
