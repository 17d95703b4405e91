import KataPersona
import KataScenario
import KataTerms

/// A whole team's sessions summed up one scorecard at a time (`kata team`): a leaderboard per
/// trainee and scenario, the average of each score part, and the most common mistakes. It keeps
/// one row per trainee and scenario and one per kind of mistake, so its memory does not grow with
/// the number of transcripts.
public struct TeamSummary: Sendable, Encodable {
    /// One trainee on one scenario.
    public struct Standing: Sendable, Codable {
        public var trainee: String
        public var scenario: String
        public var sessions = 0
        public var deals = 0
        /// Deals that break a rule of the law, and deals past the supplier's own limits: contracts the
        /// trainer must see whatever the scores.
        public var unlawfulDeals = 0
        public var dealsBeyondLimits = 0
        public var best = 0.0
        public var total = 0.0
        /// The best session's deal, if it was one: margin and trade-spend rate in percent points.
        public var bestDeal: Bool = false
        public var margin: Double?
        public var tradeSpendRate: Double?
        public var promotions: Double?
        /// The best deal's utility for the buyer, 0…1.
        public var buyerUtility: Double?

        public var average: Double { sessions > 0 ? total / Double(sessions) : 0 }
    }

    /// A kind of mistake, how often it happened, and one place it happened.
    public struct Mistake: Sendable, Codable {
        public var part: ScorePart
        /// The first loss of this kind seen (its figures are that session's).
        public var kind: Scorecard.Loss.Kind
        public var count: Int
        public var example: String
        public var round: Int
    }

    /// Per scenario, what its team chart marks: the buyer's opening (its utility and the margin it
    /// would leave the supplier) and the margin target and floor, in percent points.
    public struct Reference: Sendable, Codable {
        public var openingUtility: Double
        public var openingMargin: Double
        public var marginTarget: Double
        public var marginFloor: Double
    }

    public private(set) var references: [String: Reference] = [:]
    public private(set) var standings: [String: Standing] = [:]
    public private(set) var mistakes: [String: Mistake] = [:]
    public private(set) var partTotals: [ScorePart: Double] = [:]
    public private(set) var partMaximums: [ScorePart: Double] = [:]
    public private(set) var sessions = 0
    /// Transcripts that could not be read, with why.
    public private(set) var skipped: [String] = []

    public init() {}

    public mutating func add(_ card: Scorecard, trainee: String, scenario: Scenario, utility: BuyerUtility, source: String) {
        sessions += 1
        if references[scenario.id] == nil {
            references[scenario.id] = Reference(
                openingUtility: utility.opening, openingMargin: Economics(scenario.persona.opening, in: scenario).margin * 100,
                marginTarget: scenario.targets.marginTarget * 100, marginFloor: scenario.targets.marginFloor * 100)
        }
        let key = trainee + "\u{1F}" + scenario.id
        var standing = standings[key] ?? Standing(trainee: trainee, scenario: scenario.id)
        standing.sessions += 1
        standing.total += card.total
        let isDeal = card.outcome.ending == .deal && card.finished
        if isDeal {
            standing.deals += 1
            if !card.brokenRules.isEmpty { standing.unlawfulDeals += 1 }
            if card.beyondLimits { standing.dealsBeyondLimits += 1 }
        }
        if standing.sessions == 1 || card.total > standing.best {
            standing.best = card.total
            standing.bestDeal = isDeal
            if isDeal, let package = card.outcome.package {
                let economics = Economics(package, in: scenario)
                standing.margin = economics.margin * 100
                standing.tradeSpendRate = economics.tradeSpendRate * 100
                standing.promotions = economics.promotions
                standing.buyerUtility = utility.utility(of: package)
            } else {
                standing.buyerUtility = nil
                standing.margin = nil
                standing.tradeSpendRate = nil
                standing.promotions = nil
            }
        }
        standings[key] = standing
        for part in card.parts {
            partTotals[part.part, default: 0] += part.points
            partMaximums[part.part, default: 0] += part.maximum
        }
        for lesson in card.lessons {
            let part = lesson.parts.first ?? .margin
            let mistakeKey = part.rawValue + "\u{1F}" + lesson.kind.id
            if var mistake = mistakes[mistakeKey] {
                mistake.count += 1
                mistakes[mistakeKey] = mistake
            } else {
                mistakes[mistakeKey] = Mistake(part: part, kind: lesson.kind, count: 1, example: source, round: lesson.round)
            }
        }
    }

    public mutating func skip(_ problem: String) { skipped.append(problem) }

    /// Standings, best first.
    public var leaderboard: [Standing] {
        standings.values.sorted {
            ($0.best, $0.average, $1.trainee, $1.scenario) > ($1.best, $1.average, $0.trainee, $0.scenario)
        }
    }

    /// The mistakes, most frequent first.
    public var commonMistakes: [Mistake] {
        mistakes.values.sorted { ($0.count, $1.kind.id, $1.part.rawValue) > ($1.count, $0.kind.id, $0.part.rawValue) }
    }

    /// Average share of each part's points, 0…1.
    public var averages: [(part: ScorePart, share: Double)] {
        ScorePart.allCases.compactMap { part in
            guard let maximum = partMaximums[part], maximum > 0 else { return nil }
            return (part, (partTotals[part] ?? 0) / maximum)
        }
    }

    enum CodingKeys: String, CodingKey {
        case sessions, skipped, leaderboard, averages, mistakes, references
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(leaderboard, forKey: .leaderboard)
        try container.encode(Dictionary(uniqueKeysWithValues: averages.map { ($0.part.rawValue, $0.share) }), forKey: .averages)
        try container.encode(commonMistakes, forKey: .mistakes)
        try container.encode(references, forKey: .references)
    }
}
