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
    /// The version of the scoring rules: whatever is cached from scores (the ghost benchmark) is
    /// recomputed when it changes. Bump it with every change to how a session is scored.
    public static let version = "kata-scorecard 2"

    /// One scored part: its points out of its maximum.
    public struct Part: Sendable, Codable, Equatable {
        public var part: ScorePart
        public var points: Double
        public var maximum: Double
    }

    /// Points lost, why (a kind with its figures; the words are the reader's), and in which round.
    public struct Loss: Sendable, Codable, Equatable {
        public var part: ScorePart
        public var points: Double
        /// The round it happened in (0: before the first round).
        public var round: Int
        public var kind: Kind

        /// Why points were lost, with the figures an explanation needs. Rates are fractions.
        public enum Kind: Sendable, Codable, Hashable {
            /// The deal's margin against the target and floor.
            case marginShort(margin: Double, target: Double, floor: Double)
            /// The deal's trade-spend rate against the target and cap.
            case tradeSpendOver(rate: Double, target: Double, cap: Double)
            /// The deal's promotion slots against the target and minimum.
            case promotionsShort(slots: Double, target: Double, minimum: Double)
            /// The transcript stops before the session ended.
            case unfinished
            /// No deal, though one within the supplier's limits existed; the round of the buyer's last
            /// demand that was within the limits and lawful, if it made one.
            case noDealThoughZOPA(buyerOfferRound: Int?)
            /// The deal breaks a rule on `term` (a prohibited fee, past a legal maximum): no outcome
            /// points. `rule` is the scenario's text of the rule and its clause.
            case ruleBroken(term: String, rule: String?)
            /// The deal is past the supplier's own limits (margin floor, trade-spend cap, promotion minimum):
            /// a deal the company would refuse earns no outcome points. Rates are fractions.
            case dealBeyondLimits(margin: Double, tradeSpendRate: Double, promotions: Double)
            /// A proposal past the supplier's own limits (margin floor, trade-spend cap, promotion minimum).
            case offerBeyondLimits
            /// A proposal that breaks a rule on `term`.
            case offerBreaksRule(term: String)
            /// The first proposal came with no question first (priorities, why).
            case noProbing
            /// The first proposal left the buyer no room: at or past what it would settle for.
            case openingWithoutRoom
            /// The first proposal was so far off that it insulted the buyer.
            case insultingOpening
            /// A deal without ever proposing: the buyer's terms were taken as the opening.
            case noOpening
            /// The buyer demanded an unlawful value on `term` and the trainee never cited the rule against it.
            case uncitedUnlawfulDemand(term: String)
            /// The buyer's last package was within the limits and lawful, and the trainee let it lapse
            /// (neither signed it nor answered with a final offer).
            case lapsedSignablePackage
            /// The buyer's last package was past the limits or the law, and the trainee signed it.
            case signedPastLimits
            /// The plan's walk-aways break a rule on `term`, or together go past the company's limits (`term` nil).
            case planOutsideLimits(term: String?)
            /// A concession with nothing asked in return.
            case untradedConcession
            /// Ground given on the buyer's first demand.
            case gaveOnFirstDemand
            /// A concession as large as or larger than the one before.
            case growingConcession
            /// Ground given straight after a bluff or a threat.
            case gaveAfterPressure(tactic: TacticID, bluff: Bool)
            /// A buyer tactic answered poorly.
            case poorAnswer(tactic: TacticID, answer: TacticAnswer.Answer)
            /// No preparation plan before the first round.
            case noPlan
            /// The deal goes past the trainee's own planned walk-away on a term.
            case pastWalkAway(term: String)

            /// The kind without its figures: what `kata team` counts as one mistake.
            public var id: String {
                switch self {
                case .marginShort: "margin_short"
                case .tradeSpendOver: "trade_spend_over"
                case .promotionsShort: "promotions_short"
                case .unfinished: "unfinished"
                case .noDealThoughZOPA: "no_deal_though_zopa"
                case .ruleBroken(let term, _): "rule_broken.\(term)"
                case .offerBeyondLimits: "offer_beyond_limits"
                case .dealBeyondLimits: "deal_beyond_limits"
                case .offerBreaksRule(let term): "offer_breaks_rule.\(term)"
                case .noProbing: "no_probing"
                case .openingWithoutRoom: "opening_without_room"
                case .insultingOpening: "insulting_opening"
                case .noOpening: "no_opening"
                case .lapsedSignablePackage: "lapsed_signable_package"
                case .uncitedUnlawfulDemand(let term): "uncited_unlawful_demand.\(term)"
                case .signedPastLimits: "signed_past_limits"
                case .planOutsideLimits(let term): "plan_outside_limits" + (term.map { ".\($0)" } ?? "")
                case .untradedConcession: "untraded_concession"
                case .gaveOnFirstDemand: "gave_on_first_demand"
                case .growingConcession: "growing_concession"
                case .gaveAfterPressure(let tactic, let bluff): "gave_after_\(bluff ? "bluff" : "threat").\(tactic.rawValue)"
                case .poorAnswer(let tactic, let answer): "poor_answer.\(tactic.rawValue).\(answer.rawValue)"
                case .noPlan: "no_plan"
                case .pastWalkAway(let term): "past_walk_away.\(term)"
                }
            }
        }
    }

    /// How the trainee answered one use of a buyer tactic.
    public struct TacticAnswer: Sendable, Codable, Equatable {
        public var tactic: TacticID
        public var round: Int
        /// Whether the buyer's claim was true (`nil` for tactics that claim nothing).
        public var truthful: Bool?
        public var answer: Answer
        public var good: Bool { answer.isGood }
        /// A true claim challenged: no lesson either way, so it does not count (DESIGN §7).
        public var neutral: Bool { answer == .challenged && truthful == true }

        /// What the trainee did next.
        public enum Answer: String, Sendable, Codable, Hashable {
            case challenged
            /// Checked the buyer's margin figure (`own_calculation`) with `calc`.
            case checkedTheirFigure = "checked_their_figure"
            case didNotCheckTheirFigure = "did_not_check_their_figure"
            /// Ran `calc` and did not give ground.
            case checkedFigures = "checked_figures"
            case acceptedDemand = "accepted_demand"
            case gaveGround = "gave_ground"
            case held

            public var isGood: Bool {
                switch self {
                case .challenged, .checkedTheirFigure, .checkedFigures, .held: true
                case .didNotCheckTheirFigure, .acceptedDemand, .gaveGround: false
                }
            }
        }
    }

    /// How the trainee answered the buyer's last package (its closing move): good when a signable one
    /// was signed or met with a final offer, or one past the limits refused; poor otherwise.
    public struct Closing: Sendable, Codable, Equatable {
        public var round: Int
        /// The package was within the supplier's limits and lawful.
        public var signable: Bool
        public var good: Bool
    }

    /// A prohibited or unlawful demand the trainee refused by citing its rule: good tactic handling.
    public struct Citation: Sendable, Codable, Equatable {
        public var term: String
        public var round: Int
    }

    /// The parts scored: a process part with no evidence in the session (no concession made, no
    /// tactic met) is left out and its points spread over the other process parts.
    public var parts: [Part]
    public var losses: [Loss]
    public var tactics: [TacticAnswer]
    public var citations: [Citation]
    public var closings: [Closing]
    public var outcome: Outcome
    /// The session reached an end (a transcript may stop mid-session); when not, `outcome` holds
    /// the rounds played so far.
    public var finished: Bool
    /// The deal breaks the supplier's own limits (flagged whatever it scored).
    public var beyondLimits: Bool
    /// How far the trainee moved the buyer from its opening towards its hidden reservation, in its
    /// utility: 0 = the buyer got its opening, 1 = pushed to its walk-away.
    public var buyerPushed: Double?
    /// Whether a deal within the trainee's limits existed (nil where it is kept hidden: an unfinished
    /// session's debrief).
    public var zopaExists: Bool?

    /// The terms whose rule the deal breaks (ids, in term order of first loss), none for a lawful deal or no deal.
    public var brokenRules: [String] {
        var terms: [String] = []
        for loss in losses {
            if case .ruleBroken(let term, _) = loss.kind, !terms.contains(term) { terms.append(term) }
        }
        return terms
    }

    public var total: Double { parts.reduce(0) { $0 + $1.points } }
    public var maximum: Double { parts.reduce(0) { $0 + $1.maximum } }

    /// One lesson: the losses of one kind in one round, whatever parts they cost (an unlawful deal
    /// costs all three outcome parts at once), summed.
    public struct Lesson: Sendable, Codable, Equatable {
        public var parts: [ScorePart]
        public var points: Double
        public var round: Int
        public var kind: Loss.Kind
    }

    /// The losses as lessons, in round order (then by the order the parts are scored in).
    public var lessons: [Lesson] {
        var lessons: [Lesson] = []
        let order = Dictionary(uniqueKeysWithValues: ScorePart.allCases.enumerated().map { ($1, $0) })
        for loss in losses.sorted(by: { ($0.round, order[$0.part] ?? 0) < ($1.round, order[$1.part] ?? 0) }) {
            if let index = lessons.firstIndex(where: { $0.round == loss.round && $0.kind == loss.kind }) {
                lessons[index].points += loss.points
                if !lessons[index].parts.contains(loss.part) { lessons[index].parts.append(loss.part) }
            } else {
                lessons.append(Lesson(parts: [loss.part], points: loss.points, round: loss.round, kind: loss.kind))
            }
        }
        return lessons
    }

    /// The three lessons that cost the most, largest first.
    public var costliest: [Lesson] { Array(lessons.sorted { ($0.points, -$0.round) > ($1.points, -$1.round) }.prefix(3)) }

    /// Scores a session: `moves` are the trainee's recorded moves (with eagerness) in order;
    /// `calcRounds` the rounds in which the trainee ran `calc` before moving.
    /// `zopaExists` may be given when known (a team report scores many sessions of one scenario).
    public init(
        scenario: Scenario, seed: UInt64, moves: [(move: Move, eager: Bool)], calcRounds: Set<Int> = [], zopaExists: Bool? = nil
    ) {
        self.init(
            context: SessionContext(scenario), seed: seed, moves: moves.map { RecordedMove($0.move, eager: $0.eager) },
            calcRounds: calcRounds, zopaExists: zopaExists)
    }

    /// The same, on a context already built and the moves as a transcript records them (many sessions of
    /// one scenario: `kata team`).
    public init(
        context: SessionContext, seed: UInt64, moves: [RecordedMove], calcRounds: Set<Int> = [], zopaExists: Bool? = nil
    ) {
        var builder = ScorecardBuilder(context: context, calcRounds: calcRounds, zopaExists: zopaExists)
        let state = Replay.run(context, seed: seed, moves: moves) {
            builder.observe($0)
        }
        self = builder.finish(state)
    }

    init(
        parts: [Part], losses: [Loss], tactics: [TacticAnswer], citations: [Citation], closings: [Closing] = [],
        outcome: Outcome, finished: Bool, beyondLimits: Bool, buyerPushed: Double?, zopaExists: Bool
    ) {
        self.closings = closings
        self.parts = parts
        self.losses = losses
        self.tactics = tactics
        self.citations = citations
        self.outcome = outcome
        self.finished = finished
        self.beyondLimits = beyondLimits
        self.buyerPushed = buyerPushed
        self.zopaExists = zopaExists
    }
}
