import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// How a session went against DESIGN §7: outcome points (margin, trade spend, promotions; a
/// correct walk-away earns them all) and process points (reciprocity, concession discipline,
/// tactic handling, preparation), each lost point explained with the round it was lost in.
///
/// It is recomputed by re-running the recorded moves through the reducer, so a transcript recorded
/// before a scenario's `scoring:` changed is scored under the new weights.
public struct Scorecard: Sendable, Codable, Equatable {
    /// One scored part: its points out of its maximum.
    public struct Part: Sendable, Codable, Equatable {
        public var part: ScorePart
        public var points: Double
        public var maximum: Double
    }

    /// Points lost, why, and in which round.
    public struct Loss: Sendable, Codable, Equatable {
        public var part: ScorePart
        public var points: Double
        /// The round it happened in (0: before the first round).
        public var round: Int
        public var reason: String
        /// The reason in Chinese.
        public var zh: String

        public func reason(_ language: Language) -> String { language == .zh ? zh : reason }
    }

    /// How the trainee answered one use of a buyer tactic.
    public struct TacticAnswer: Sendable, Codable, Equatable {
        public var tactic: TacticID
        public var round: Int
        /// Whether the buyer's claim was true (`nil` for tactics that claim nothing).
        public var truthful: Bool?
        public var good: Bool
        public var answer: String
        /// The answer in Chinese.
        public var answerZh: String

        public func answer(_ language: Language) -> String { language == .zh ? answerZh : answer }
    }

    public var parts: [Part]
    public var losses: [Loss]
    public var tactics: [TacticAnswer]
    public var outcome: Outcome
    /// The session reached an end (a transcript may stop mid-session); when not, `outcome` holds
    /// the rounds played so far.
    public var finished: Bool
    /// The deal breaks the supplier's own limits (flagged whatever it scored).
    public var beyondLimits: Bool
    /// How far the trainee moved the buyer from its opening towards its hidden reservation, in its
    /// utility: 0 = the buyer got its opening, 1 = pushed to its walk-away.
    public var buyerPushed: Double?
    public var zopaExists: Bool

    public var total: Double { parts.reduce(0) { $0 + $1.points } }
    public var maximum: Double { parts.reduce(0) { $0 + $1.maximum } }

    /// The three losses that cost the most, largest first.
    public var costliest: [Loss] { Array(losses.sorted { ($0.points, -$0.round) > ($1.points, -$1.round) }.prefix(3)) }

    /// Scores a session: `moves` are the trainee's recorded moves (with eagerness) in order;
    /// `calcRounds` the rounds in which the trainee ran `calc` before moving.
    /// `zopaExists` may be given when known (a team report scores many sessions of one scenario).
    public init(scenario: Scenario, seed: UInt64, moves: [(move: Move, eager: Bool)], calcRounds: Set<Int> = [], zopaExists: Bool? = nil) {
        self.init(context: SessionContext(scenario), seed: seed, moves: moves, calcRounds: calcRounds, zopaExists: zopaExists)
    }

    /// The same, on a context already built (many sessions of one scenario).
    public init(context: SessionContext, seed: UInt64, moves: [(move: Move, eager: Bool)], calcRounds: Set<Int> = [], zopaExists: Bool? = nil) {
        var builder = ScorecardBuilder(context: context, calcRounds: calcRounds, zopaExists: zopaExists)
        let state = Replay.run(context, seed: seed, moves: moves.lazy.map { RecordedMove($0.move, eager: $0.eager) }) { builder.observe($0) }
        self = builder.finish(state)
    }

    init(parts: [Part], losses: [Loss], tactics: [TacticAnswer], outcome: Outcome, finished: Bool, beyondLimits: Bool, buyerPushed: Double?, zopaExists: Bool) {
        self.parts = parts
        self.losses = losses
        self.tactics = tactics
        self.outcome = outcome
        self.finished = finished
        self.beyondLimits = beyondLimits
        self.buyerPushed = buyerPushed
        self.zopaExists = zopaExists
    }
}
