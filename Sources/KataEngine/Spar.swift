import KataPersona
import KataTerms

/// Many bot sessions on one scenario, summed up so a trainer can tell whether a persona is too
/// soft, too hard or broken: deal rate, the spread of the deals, the contribution a session can
/// expect (no-deals count 0), who walked, rounds, and per tactic how often it fired and how often the
/// bot gave ground right after it.
public struct SparReport: Sendable, Codable {
    /// 10th, 50th and 90th percentiles of a figure over the deals.
    public struct Spread: Sendable, Codable, Hashable {
        public var p10: Double
        public var median: Double
        public var p90: Double

        init?(_ values: [Double]) {
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            func at(_ share: Double) -> Double {
                sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * share).rounded()))]
            }
            p10 = at(0.1)
            median = at(0.5)
            p90 = at(0.9)
        }
    }

    /// How a tactic did: in how many sessions it fired, and in how many of those the bot's next move
    /// after it gave the buyer something.
    public struct TacticRecord: Sendable, Codable, Hashable {
        public var tactic: TacticID
        public var sessions: Int
        public var conceded: Int
    }

    public var bot: BotKind
    public var sessions: Int
    public var deals: Int
    /// Deals outside the supplier's own limits (margin floor, trade-spend cap, promotions minimum).
    public var dealsBeyondLimits: Int
    /// Percent points.
    public var margin: Spread?
    /// Percent points.
    public var tradeSpendRate: Spread?
    public var promotions: Spread?
    public var rounds: Spread?
    /// Mean and standard deviation of the margin over the deals, percent points.
    public var marginMean: Double?
    public var marginDeviation: Double?
    /// The supplier's contribution a session can expect, RMB a year, a no-deal counting 0: what a
    /// strategy is worth, deal rate and deal quality together.
    public var expectedContribution: Double
    /// The mean scorecard total (0…100) over all sessions, when the spar was scored.
    public var meanScore: Double?
    /// How sessions ended (`deal`, `trainee_walked`, `buyer_walked`, `out_of_rounds`): who walked.
    public var endings: [String: Int]
    public var tactics: [TacticRecord]

    public var dealRate: Double { sessions > 0 ? Double(deals) / Double(sessions) : 0 }
}

/// Scores one spar session as it is played. The scorecard lives above the engine (KataAnalysis), so
/// the engine takes it through this door.
public protocol SessionScorer {
    /// Takes in one step: the move (none for the opening), the state after it, its events.
    mutating func observe(move: Move?, state: SessionState, events: [Event])
    /// The session's total score, 0…100, from its final state.
    func total(_ state: SessionState) -> Double
}

/// Runs bot sessions with seeds derived from one seed, so a spar is itself reproducible.
public enum Spar {
    /// The seed of session `index` of a spar seeded with `seed` (SplitMix64 steps).
    public static func seed(_ seed: UInt64, session index: Int) -> UInt64 {
        var mixer = SplitMix64(state: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        return mixer.next()
    }

    /// Plays `runs` sessions of `bot`, each scored by a fresh `scorer` when one is given; `progress` is
    /// called after each with the number done.
    public static func run(
        _ context: SessionContext, bot: BotKind, runs: Int, seed: UInt64, scorer: (() -> any SessionScorer)? = nil,
        progress: (Int) -> Void = { _ in }
    ) -> SparReport {
        let scenario = context.scenario
        var margins: [Double] = []
        var spends: [Double] = []
        var promotions: [Double] = []
        var rounds: [Double] = []
        var contribution = 0.0
        var beyond = 0
        var endings: [String: Int] = [:]
        var fired = [Int](repeating: 0, count: TacticID.allCases.count)
        var conceded = [Int](repeating: 0, count: TacticID.allCases.count)
        var scores = 0.0
        for index in 0..<runs {
            var seen = [Bool](repeating: false, count: fired.count)
            var gaveAfter = [Bool](repeating: false, count: fired.count)
            var pending: [Int] = []
            var sessionScorer = scorer?()
            var final: SessionState?
            bot.play(context, seed: Self.seed(seed, session: index)) { move, state, events in
                sessionScorer?.observe(move: move, state: state, events: events)
                if state.isOver { final = state }
                for event in events { record(event) }
            }
            if let sessionScorer, let final { scores += sessionScorer.total(final) }
            func record(_ event: Event) {
                switch event.kind {
                case .tactic(let use):
                    seen[use.tactic.ordinal] = true
                    pending.append(use.tactic.ordinal)
                case .moved(_, let gave, _):
                    if gave > 1e-9 { for tactic in pending { gaveAfter[tactic] = true } }
                    pending.removeAll()
                case .ended(let outcome):
                    endings[outcome.ending.rawValue, default: 0] += 1
                    rounds.append(Double(outcome.rounds))
                    if outcome.ending == .deal, let package = outcome.package {
                        let economics = context.economics.economics(package)
                        margins.append(economics.margin * 100)
                        contribution += economics.contribution
                        spends.append(economics.tradeSpendRate * 100)
                        promotions.append(economics.promotions)
                        if !TargetCheck(economics, scenario.targets).acceptableToSupplier { beyond += 1 }
                    }
                default:
                    break
                }
            }
            for tactic in fired.indices where seen[tactic] {
                fired[tactic] += 1
                if gaveAfter[tactic] { conceded[tactic] += 1 }
            }
            progress(index + 1)
        }
        let mean = margins.isEmpty ? nil : margins.reduce(0, +) / Double(margins.count)
        let deviation = mean.map { mean in
            (margins.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(margins.count)).squareRoot()
        }
        return SparReport(
            bot: bot, sessions: runs, deals: margins.count, dealsBeyondLimits: beyond,
            margin: .init(margins), tradeSpendRate: .init(spends), promotions: .init(promotions), rounds: .init(rounds),
            marginMean: mean, marginDeviation: deviation, expectedContribution: runs > 0 ? contribution / Double(runs) : 0,
            meanScore: scorer != nil && runs > 0 ? scores / Double(runs) : nil,
            endings: endings,
            tactics: TacticID.allCases.compactMap { tactic in
                context.setting(tactic) == nil
                    ? nil
                    : SparReport.TacticRecord(tactic: tactic, sessions: fired[tactic.ordinal], conceded: conceded[tactic.ordinal])
            })
    }
}
