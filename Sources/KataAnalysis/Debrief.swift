import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// A recorded session turned into lessons (`kata debrief`): the scorecard, the deal's economics
/// against the most it could have earned, the ghost benchmark, and per round what the trainee did,
/// what the buyer did and where both stood. Every figure the text, JSON and HTML reports show comes
/// from here, so they always agree.
public struct Debrief: Sendable {
    /// One round: the trainee's move (none for the opening), the buyer's events, both positions after it.
    public struct Round: Sendable {
        public var round: Int
        public var move: RecordedMove?
        public var events: [Event]
        /// Each tactic the buyer used this round, with how the trainee answered it.
        public var tactics: [Tactic]
        public var offer: Package
        public var demand: Package
    }

    /// One use of a buyer tactic and the scorecard's verdict on the answer (none for a tactic still
    /// unanswered when the transcript ends).
    public struct Tactic: Sendable {
        public var use: TacticUse
        public var answer: Scorecard.TacticAnswer?
    }

    public var scorecard: Scorecard
    /// The total recorded in the transcript, when it differs from the re-scored one (the scenario's
    /// `scoring:` changed since).
    public var recordedScore: Double?
    /// The deal's economics, when the session ended in one.
    public var deal: Economics?
    /// The most supplier contribution of a lawful package at the deal's buyer utility (exact).
    public var bestContribution: Double?
    /// Where the deal sits in the lawful ZOPA (bounds), when it lies inside it.
    public var surplusShare: SurplusShare?
    /// The share of disciplined bot sessions whose score this session's score beats, and how many there were.
    public var ghostScoreBeats: Double?
    public var ghostSessions: Int?
    /// The share of disciplined bot deals whose margin this deal's margin beats, and how many there were.
    public var ghostBeats: Double?
    public var ghostDeals: Int?
    public var rounds: [Round]

    /// Re-runs `moves` once, scoring and recording each round as it goes. `ghost` holds the benchmark
    /// bot's sessions on this scenario; `recordedScore` the transcript's own.
    public init(
        _ context: SessionContext, seed: UInt64, moves: [RecordedMove], calcRounds: Set<Int>, recordedScore: Double?,
        ghost: Ghost
    ) {
        var builder = ScorecardBuilder(context: context, calcRounds: calcRounds)
        var rounds: [Round] = []
        let state = Replay.run(context, seed: seed, moves: moves) { step in
            builder.observe(step)
            let moved: Bool = if case .moved? = step.events.first?.kind { true } else { false }
            guard step.move == nil || moved else { return }
            let uses = step.events.compactMap { event -> TacticUse? in
                if case .tactic(let use) = event.kind { use } else { nil }
            }
            rounds.append(
                Round(
                    round: step.state.round, move: step.move, events: step.events,
                    tactics: uses.map { Tactic(use: $0, answer: nil) }, offer: step.state.offer, demand: step.state.demand))
        }
        let card = builder.finish(state)
        for index in rounds.indices {
            for position in rounds[index].tactics.indices {
                let use = rounds[index].tactics[position].use
                rounds[index].tactics[position].answer = card.tactics.first {
                    $0.round == rounds[index].round && $0.tactic == use.tactic
                }
            }
        }
        scorecard = card
        self.rounds = rounds
        if let recordedScore, abs(recordedScore - card.total) > 1e-6 { self.recordedScore = recordedScore }
        guard card.finished else { return }
        ghostScoreBeats = DealBenchmark.beats(card.total, among: ghost.scores)
        ghostSessions = ghost.scores.count
        if let package = card.outcome.package, card.outcome.ending == .deal {
            let economics = context.economics.economics(package)
            deal = economics
            bestContribution = DealBenchmark.bestContribution(
                context.scenario, buyerUtility: context.policy.utility.utility(of: package))
            surplusShare = DealBenchmark.surplusShare(context.scenario, deal: package)
            ghostBeats = DealBenchmark.beats(economics.margin * 100, among: ghost.margins)
            ghostDeals = ghost.margins.count
        }
    }
}
