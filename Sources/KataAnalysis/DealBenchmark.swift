import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// How good a deal was beyond the scorecard: the most contribution the supplier could have had at
/// the same utility for the buyer and the share of the lawful ZOPA each side took (bounds from the
/// linear relaxation, over lawful packages), and where the session falls among a disciplined bot's
/// sessions on the same scenario (the ghost benchmark).
public enum DealBenchmark {
    /// The most supplier contribution over all lawful packages the buyer values at least `utility`
    /// (exact, on the step grid), or `nil` when no lawful package reaches that utility: what the deal
    /// could have earned at the same value to the buyer.
    public static func bestContribution(_ scenario: Scenario, buyerUtility utility: Double) -> Double? {
        var best: Double?
        LawfulSpace(scenario).forEach { choice in
            guard let fees = choice.front.cheapest(reaching: utility - choice.utility) else { return }
            best = max(best ?? -.infinity, choice.contribution(paying: fees.cost))
        }
        return best
    }

    /// Where a deal sits in the lawful ZOPA: the share of its room each side took (0…1), exact on the
    /// step grid. The ZOPA's efficient edge runs from the supplier's best package (the most contribution
    /// the buyer would sign) to the buyer's best (the most utility inside the supplier's limits); each
    /// side's room runs from its value at the other side's best to its value at its own. `nil` when
    /// there is no lawful ZOPA or the deal lies outside it.
    public static func surplusShare(_ scenario: Scenario, deal: Package) -> SurplusShare? {
        let model = EconomicsModel(scenario)
        let buyer = BuyerUtility(scenario)
        let targets = scenario.targets
        guard buyer.acceptable(deal), model.check(deal, against: targets).acceptableToSupplier,
            !scenario.terms.indices.contains(where: { scenario.terms[$0].breaksRule(deal[$0]) })
        else { return nil }
        // the supplier's best: most contribution, then most utility; the buyer's best: most utility,
        // then most contribution
        var supplierBest: (contribution: Double, utility: Double)?
        var buyerBest: (contribution: Double, utility: Double)?
        LawfulSpace(scenario).forEach { choice in
            guard choice.economics.promotions >= targets.promotionsMinimum - 1e-9 else { return }
            let budget = choice.budget(targets)
            guard let cheapest = choice.front.cheapest(reaching: buyer.reservation - choice.utility),
                cheapest.cost <= budget + 1e-6, let most = choice.front.most(within: budget)
            else { return }
            let top = (contribution: choice.contribution(paying: cheapest.cost), utility: choice.utility + cheapest.utility)
            if supplierBest.map({ (top.contribution, top.utility) > ($0.contribution, $0.utility) }) ?? true {
                supplierBest = top
            }
            let generous = (contribution: choice.contribution(paying: most.cost), utility: choice.utility + most.utility)
            if buyerBest.map({ (generous.utility, generous.contribution) > ($0.utility, $0.contribution) }) ?? true {
                buyerBest = generous
            }
        }
        guard let supplierBest, let buyerBest else { return nil }
        func share(_ value: Double, from low: Double, to high: Double) -> Double {
            high - low > 1e-9 ? min(1, max(0, (value - low) / (high - low))) : 1
        }
        return SurplusShare(
            supplier: share(model.economics(deal).contribution, from: buyerBest.contribution, to: supplierBest.contribution),
            buyer: share(buyer.utility(of: deal), from: supplierBest.utility, to: buyerBest.utility))
    }

    /// The share (0…1) of `others` strictly below `value`.
    public static func beats(_ value: Double, among others: [Double]) -> Double {
        guard !others.isEmpty else { return 0 }
        return Double(others.filter { $0 < value - 1e-9 }.count) / Double(others.count)
    }

    /// The disciplined ghost a trainee is placed against: `runs` seeded sessions of the give-get bot,
    /// each scored as a debrief scores it, with the margins (percent points) of its deals within the
    /// supplier's limits.
    public static func ghost(_ context: SessionContext, runs: Int = 200, seed: UInt64 = 20_261_124) -> Ghost {
        var ghost = Ghost(scores: [], margins: [])
        let zopaExists = !ZOPA(context.scenario).isEmpty
        for index in 0..<runs {
            var scorer = ScorecardBuilder(context: context, zopaExists: zopaExists)
            var final: SessionState?
            BotKind.giveGet.play(context, seed: Spar.seed(seed, session: index)) { move, state, events in
                scorer.observe(move: move, state: state, events: events)
                if state.isOver { final = state }
            }
            guard let final else { continue }
            ghost.scores.append(scorer.total(final))
            if let outcome = final.outcome, outcome.ending == .deal, let package = outcome.package,
                context.economics.check(package, against: context.scenario.targets).acceptableToSupplier
            {
                ghost.margins.append(context.economics.economics(package).margin * 100)
            }
        }
        return ghost
    }
}

/// The give-get bot's sessions on a scenario: their scores, and the margins of their deals within the
/// supplier's limits (percent points). Cached per scenario, engine and scoring version.
public struct Ghost: Sendable, Codable, Equatable {
    public var scores: [Double]
    public var margins: [Double]

    public init(scores: [Double], margins: [Double]) {
        self.scores = scores
        self.margins = margins
    }
}

/// The share of its room in the lawful ZOPA each side took with a deal (DESIGN §7), 0…1 each; on each
/// side's own scale (supplier contribution, buyer utility), so the two need not add up to one.
public struct SurplusShare: Sendable, Codable, Equatable {
    public var supplier: Double
    public var buyer: Double
}

/// The lawful packages of a scenario, one outer choice at a time: promotion slots, price discounts
/// and payment days on their lawful grids, each with the exact Pareto front of (fee money, buyer
/// utility) over the fee terms' lawful grids. Within a choice every fee moves only fee money and buyer
/// utility, so the front answers every question about that choice exactly; it depends on the slots and
/// discounts only, so it is built once per volume choice.
struct LawfulSpace {
    private let scenario: Scenario
    private let model: EconomicsModel
    private let buyer: BuyerUtility
    private let terms: [Term]

    /// `lawful: false` searches the whole ranges, for what the law costs.
    init(_ scenario: Scenario, lawful: Bool = true) {
        self.scenario = scenario
        model = EconomicsModel(scenario)
        buyer = BuyerUtility(scenario)
        terms = lawful ? scenario.terms.map(\.lawful) : scenario.terms
    }

    /// Calls `body` with every outer choice, each with its fees at their low ends.
    func forEach(_ body: (LawfulChoice) -> Void) {
        let volume = terms.indices.filter { !terms[$0].kind.isFee && terms[$0].kind != .paymentDays }
        let days = terms.indices.filter { terms[$0].kind == .paymentDays }
        let fees = terms.indices.filter { terms[$0].kind.isFee }
        for volumeChoice in Grid(terms: terms, indices: volume) {
            var package = Package(terms.map(\.low))
            for (position, index) in volume.enumerated() { package[index] = terms[index].value(atGrid: volumeChoice[position]) }
            var front = FeeFront()
            var lowFees = 0.0
            for index in fees {
                let rate = model.feeRate(index, package)
                front = front.merging(term: terms[index], at: index, rate: rate, utility: buyer, slots: package)
                lowFees += buyer.utility(ofTerm: index, value: terms[index].low, in: package)
            }
            for dayChoice in Grid(terms: terms, indices: days) {
                var candidate = package
                for (position, index) in days.enumerated() { candidate[index] = terms[index].value(atGrid: dayChoice[position]) }
                body(
                    LawfulChoice(
                        package: candidate, economics: model.economics(candidate),
                        utility: buyer.utility(of: candidate) - lowFees, front: front))
            }
        }
    }
}

/// One outer choice of a `LawfulSpace`: its package with the fees at their low ends, that package's
/// economics, the buyer utility of everything but the fees, and the fees' front.
struct LawfulChoice {
    var package: Package
    var economics: Economics
    var utility: Double
    var front: FeeFront

    /// The supplier's contribution when the fees cost `fees` RMB in all.
    func contribution(paying fees: Double) -> Double { economics.contribution + economics.fees - fees }

    /// The most fee money the supplier can pay and stay within its margin floor and trade-spend cap.
    func budget(_ targets: Targets) -> Double {
        let margin = economics.contribution + economics.fees - targets.marginFloor * economics.netSales
        let spend = targets.tradeSpendCap * economics.grossSales - (economics.grossSales - economics.netSales)
        return min(margin, spend)
    }
}
