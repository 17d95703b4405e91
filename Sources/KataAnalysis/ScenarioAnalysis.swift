import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// What a trainer needs to know of a scenario before a class plays it (`kata scenario analyze`):
/// how many packages there are, whether a lawful deal exists and how much room it leaves, the Pareto
/// frontier of supplier contribution against buyer utility over every lawful package, the Nash and
/// Kalai–Smorodinsky points of the lawful ZOPA, the best lawful package a perfect negotiator could
/// get, which terms are worth trading, and what the law costs. Exact on the terms' step grids: the
/// fee terms of each outer choice are merged into their Pareto front (`LawfulSpace`), never sampled.
public struct ScenarioAnalysis: Sendable, Codable {
    /// A point of the plane the analysis draws: the supplier's contribution (RMB a year) against the
    /// buyer's utility (0…1).
    public struct Point: Sendable, Codable, Equatable {
        public var contribution: Double
        public var utility: Double
    }

    /// A whole package with what it means for both sides.
    public struct Deal: Sendable, Codable, Equatable {
        public var package: [String: Double]
        public var contribution: Double
        public var utility: Double
        /// Percent points.
        public var margin: Double
        public var tradeSpendRate: Double
        public var promotions: Double

        public var point: Point { Point(contribution: contribution, utility: utility) }
    }

    /// Whether a term is worth trading: what one step of it towards the buyer costs the supplier per
    /// point of the buyer's utility (RMB per 0.01).
    public struct TermTrade: Sendable, Codable, Equatable {
        public enum Verdict: String, Sendable, Codable {
            /// Cheap for the supplier, worth much to the buyer: give it, for something.
            case cheapToGive = "cheap_to_give"
            /// Costly for the supplier, worth little to the buyer: ask for it (promotion slots).
            case costlyToGive = "costly_to_give"
            /// Every RMB one side wins the other loses, at about the going rate.
            case distributive
            /// Worth nothing to the buyer: nothing to trade.
            case indifferent
            /// Giving more breaks a rule (a barred fee, the legal maximum): not a currency at all.
            case barred
        }

        public var term: String
        public var costPerPoint: Double?
        public var verdict: Verdict
    }

    /// Packages on the terms' grids, and how many of them break no rule.
    public var packages: Double
    public var lawfulPackages: Double
    /// The buyer's opening and reservation, as points.
    public var opening: Point
    public var reservationUtility: Double
    /// The lawful ZOPA's two ends — the supplier's best package the buyer would sign and the buyer's
    /// best inside the supplier's limits — and its fair points; all nil when it is empty.
    public var supplierBest: Deal?
    public var buyerBest: Deal?
    public var nash: Deal?
    public var kalaiSmorodinsky: Deal?
    /// The Pareto frontier over every lawful package, most utility for the buyer first.
    public var frontier: [Point]
    /// The frontier's points inside the lawful ZOPA.
    public var zopaFrontier: [Point]
    /// The most the supplier could earn at the buyer's reservation, with the rules and without them
    /// (nil when no package reaches it): the difference is what the law costs the supplier here.
    public var bestAtReservation: Double?
    public var bestAtReservationWithoutRules: Double?
    /// Whether a deal would exist if the rules did not hold.
    public var zopaWithoutRules: Bool
    public var terms: [TermTrade]

    public var zopaExists: Bool { supplierBest != nil }

    public init(_ scenario: Scenario) {
        let model = EconomicsModel(scenario)
        let buyer = BuyerUtility(scenario)
        let targets = scenario.targets
        packages = scenario.terms.reduce(1.0) { $0 * Double($1.gridCount) }
        lawfulPackages = scenario.terms.reduce(1.0) { $0 * Double($1.lawful.gridCount) }
        opening = Point(contribution: model.economics(scenario.persona.opening).contribution, utility: buyer.opening)
        reservationUtility = buyer.reservation

        var all: [Candidate] = []
        var inside: [Candidate] = []
        var choices: [LawfulChoice] = []
        LawfulSpace(scenario).forEach { choice in
            let index = choices.count
            choices.append(choice)
            let acceptable = choice.economics.promotions >= targets.promotionsMinimum - 1e-9
            let budget = choice.budget(targets)
            for (position, point) in choice.front.points.enumerated() {
                let candidate = Candidate(
                    contribution: choice.contribution(paying: point.cost), utility: choice.utility + point.utility, choice: index,
                    position: position)
                all.append(candidate)
                if acceptable, point.cost <= budget + 1e-6, candidate.utility >= buyer.reservation - 1e-9 {
                    inside.append(candidate)
                }
            }
        }
        let lawfulFront = Self.pareto(all)
        let zopaFront = Self.pareto(inside)
        frontier = lawfulFront.map { Point(contribution: $0.contribution, utility: $0.utility) }
        zopaFrontier = zopaFront.map { Point(contribution: $0.contribution, utility: $0.utility) }
        func deal(_ candidate: Candidate) -> Deal {
            var package = choices[candidate.choice].package
            for (index, value) in choices[candidate.choice].front.values(at: candidate.position) { package[index] = value }
            let economics = model.economics(package)
            return Deal(
                package: Dictionary(uniqueKeysWithValues: zip(scenario.terms.map(\.id), package.values)),
                contribution: economics.contribution, utility: buyer.utility(of: package), margin: economics.margin * 100,
                tradeSpendRate: economics.tradeSpendRate * 100, promotions: economics.promotions)
        }
        // the front runs from the buyer's best (most utility) to the supplier's best (most contribution)
        if let buyerEnd = zopaFront.first, let supplierEnd = zopaFront.last {
            supplierBest = deal(supplierEnd)
            buyerBest = deal(buyerEnd)
            let low = (contribution: buyerEnd.contribution, utility: buyer.reservation)
            let span = (contribution: supplierEnd.contribution - low.contribution, utility: buyerEnd.utility - low.utility)
            let nashPoint = zopaFront.max {
                ($0.contribution - low.contribution) * ($0.utility - low.utility)
                    < ($1.contribution - low.contribution) * ($1.utility - low.utility)
            }
            func balance(_ point: Candidate) -> Double {
                min(
                    span.contribution > 0 ? (point.contribution - low.contribution) / span.contribution : 1,
                    span.utility > 0 ? (point.utility - low.utility) / span.utility : 1)
            }
            let ksPoint = zopaFront.max { balance($0) < balance($1) }
            nash = nashPoint.map(deal)
            kalaiSmorodinsky = ksPoint.map(deal)
        }
        bestAtReservation = DealBenchmark.bestContribution(scenario, buyerUtility: buyer.reservation)
        var unrestricted: Double?
        var anyWithoutRules = false
        LawfulSpace(scenario, lawful: false).forEach { choice in
            guard let fees = choice.front.cheapest(reaching: buyer.reservation - choice.utility) else { return }
            unrestricted = max(unrestricted ?? -.infinity, choice.contribution(paying: fees.cost))
            if choice.economics.promotions >= targets.promotionsMinimum - 1e-9, fees.cost <= choice.budget(targets) + 1e-6 {
                anyWithoutRules = true
            }
        }
        bestAtReservationWithoutRules = unrestricted
        zopaWithoutRules = anyWithoutRules
        terms = Self.trades(scenario, model: model, buyer: buyer)
    }

    /// A package of the search: its two values and where to rebuild it from.
    private struct Candidate {
        var contribution: Double
        var utility: Double
        var choice: Int
        var position: Int
    }

    /// The candidates no other beats on both axes, most utility first.
    private static func pareto(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted {
            $0.utility == $1.utility ? $0.contribution > $1.contribution : $0.utility > $1.utility
        }
        var front: [Candidate] = []
        for candidate in sorted where candidate.contribution > (front.last?.contribution ?? -.infinity) + 1e-6 {
            front.append(candidate)
        }
        return front
    }

    /// Each term's price in the supplier's money per point of the buyer's utility, one step from the
    /// buyer's reservation package towards the buyer, classed against the median of the terms.
    private static func trades(_ scenario: Scenario, model: EconomicsModel, buyer: BuyerUtility) -> [TermTrade] {
        let base = scenario.persona.reservation
        let baseContribution = model.economics(base).contribution
        let prices: [(String, Double?)] = scenario.terms.indices.map { index in
            let term = scenario.terms[index]
            let towardsBuyer = scenario.persona.better[index] == .high ? term.step : -term.step
            var moved = base
            moved[index] = min(term.high, max(term.low, base[index] + towardsBuyer))
            if term.breaksRule(moved[index]) { return (term.id, .infinity) }
            if moved[index] == base[index] { moved[index] = min(term.high, max(term.low, base[index] - towardsBuyer)) }
            let gain = abs(buyer.utility(of: moved) - buyer.utility(of: base))
            guard gain > 1e-12 else { return (term.id, nil) }
            let cost = abs(baseContribution - model.economics(moved).contribution)
            return (term.id, cost / gain / 100)
        }
        let known = prices.compactMap(\.1).filter(\.isFinite).sorted()
        let median = known.isEmpty ? 0 : known[known.count / 2]
        return prices.map { id, price in
            guard let price else { return TermTrade(term: id, costPerPoint: nil, verdict: .indifferent) }
            guard price.isFinite else { return TermTrade(term: id, costPerPoint: nil, verdict: .barred) }
            let verdict: TermTrade.Verdict =
                price < median / 2 ? .cheapToGive : price > median * 2 ? .costlyToGive : .distributive
            return TermTrade(term: id, costPerPoint: price, verdict: verdict)
        }
    }
}
