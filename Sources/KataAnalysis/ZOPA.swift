import KataPersona
import KataScenario
import KataTerms

/// The zone of possible agreement: lawful packages acceptable to both the supplier (DESIGN §4 limits)
/// and the buyer (utility at least its reservation's). A deal the law forbids is no deal to find.
///
/// Realistic scenarios have 10^8–10^10 packages, so the search does not enumerate them. For fixed
/// promotion slots, price discounts and payment days, units, net sales and financing are fixed and
/// both supplier limits become one budget on the fees, each fee linear in its term's value. What
/// remains is a bounded knapsack: the most buyer utility for at most that much fee money. A greedy
/// fill by utility per RMB settles most cases at once (its continuous bound proves "no", its grid
/// solution proves "yes"); the rest are solved exactly on the step grid by merging, term by term, the
/// Pareto front of (fee money, buyer utility). The answer is exact, not sampled.
public struct ZOPA: Sendable {
    /// A package acceptable to both sides, if there is one.
    public let witness: Package?

    public var isEmpty: Bool { witness == nil }

    public init(_ scenario: Scenario) {
        witness = ZOPA.search(scenario)
    }

    /// - Complexity: the product of the grid sizes of the promotion, discount and payment-day terms,
    ///   times the fee terms' count; the exact front, only where the greedy bounds disagree, grows
    ///   with the sum of the fee terms' grid sizes.
    private static func search(_ scenario: Scenario) -> Package? {
        let utility = BuyerUtility(scenario)
        let model = EconomicsModel(scenario)
        let terms = scenario.terms.map(\.lawful)
        let line = scenario.productLine
        let targets = scenario.targets
        let volumeTerms = terms.indices.filter { !terms[$0].kind.isFee && terms[$0].kind != .paymentDays }
        let dayTerms = terms.indices.filter { terms[$0].kind == .paymentDays }
        let feeTerms = terms.indices.filter { terms[$0].kind.isFee }

        for volumeChoice in Grid(terms: terms, indices: volumeTerms) {
            var package = Package(terms.map(\.low))
            for (position, index) in volumeTerms.enumerated() {
                package[index] = terms[index].value(atGrid: volumeChoice[position])
            }
            let economics = model.economics(package)
            guard economics.promotions >= targets.promotionsMinimum - 1e-9 else { continue }
            let rates = feeTerms.map { model.feeRate($0, package) }
            var front: FeeFront?
            for dayChoice in Grid(terms: terms, indices: dayTerms) {
                var candidate = package
                for (position, index) in dayTerms.enumerated() {
                    candidate[index] = terms[index].value(atGrid: dayChoice[position])
                }
                let base = model.economics(candidate)
                let marginBudget =
                    (1 - targets.marginFloor) * base.netSales
                    - base.units * line.unitCost - base.financingCost
                let spendBudget = targets.tradeSpendCap * base.grossSales - (base.grossSales - base.netSales)
                let budget = min(marginBudget, spendBudget)
                let greedy = GreedyFill(
                    terms: terms, feeTerms: feeTerms, rates: rates, utility: utility, slots: package, budget: budget)
                var values = greedy.values
                // The candidate's fees still sit at their low ends here.
                if utility.utility(of: candidate) + greedy.bound < utility.reservation - 1e-9 { continue }
                for (index, value) in values { candidate[index] = value }
                if !accepts(candidate, model, targets, utility) {
                    if front == nil {
                        var built = FeeFront()
                        for (position, index) in feeTerms.enumerated() {
                            built = built.merging(
                                term: terms[index], at: index, rate: rates[position], utility: utility, slots: package)
                        }
                        front = built
                    }
                    guard let exact = front?.best(within: budget) else { continue }
                    values = exact
                    for (index, value) in values { candidate[index] = value }
                }
                if accepts(candidate, model, targets, utility) { return candidate }
            }
        }
        return nil
    }

    private static func accepts(_ package: Package, _ model: EconomicsModel, _ targets: Targets, _ utility: BuyerUtility) -> Bool
    {
        utility.acceptable(package) && model.check(package, against: targets).acceptableToSupplier
    }
}

/// The fee terms filled greedily by buyer utility per RMB within a budget: the continuous filling's
/// utility bounds what any package can reach; its rounding down to the grid is a package that fits.
struct GreedyFill {
    /// The grid values chosen, by term index, within the budget.
    var values: [(Int, Double)] = []
    /// The utility the continuous filling adds above every fee's low end: no grid package within the
    /// budget adds more.
    var bound = 0.0

    /// `slots` holds the promotion slots the per-slot fees are paid on.
    init(terms: [Term], feeTerms: [Int], rates: [Double], utility: BuyerUtility, slots package: Package, budget: Double) {
        var remaining = budget
        var order: [(index: Int, rate: Double, slope: Double)] = []
        for (position, index) in feeTerms.enumerated() {
            let term = terms[index]
            let slope = utility.slope(ofTerm: index, in: package)
            let rate = rates[position]
            // Start every fee at its low end: its cheapest value for the supplier.
            remaining -= rate * term.low
            values.append((index, term.low))
            if slope > 0 { order.append((index, rate, slope)) }
        }
        order.sort { $0.slope * $1.rate > $1.slope * $0.rate }
        var continuous = remaining
        var stillContinuous = true
        for item in order {
            let term = terms[item.index]
            let span = term.high - term.low
            let affordable = item.rate > 0 ? min(span, max(0, continuous) / item.rate) : span
            if stillContinuous {
                bound += item.slope * affordable
                continuous -= item.rate * affordable
                if affordable < span { stillContinuous = false }
            }
            let steps =
                item.rate > 0
                ? min(Double(term.gridCount - 1), (max(0, remaining) / (item.rate * term.step) + 1e-9).rounded(.down))
                : Double(term.gridCount - 1)
            remaining -= item.rate * steps * term.step
            if let position = values.firstIndex(where: { $0.0 == item.index }) {
                values[position].1 = term.low + steps * term.step
            }
        }
        if remaining < -1e-6 { values = [] }
    }
}

/// Every combination of grid indices of some terms (one combination, empty, when there are none).
struct Grid: Sequence, IteratorProtocol {
    private let sizes: [Int]
    private var current: [Int]?

    init(terms: [Term], indices: [Int]) {
        sizes = indices.map { terms[$0].gridCount }
        current = sizes.contains { $0 < 1 } ? nil : Array(repeating: 0, count: sizes.count)
    }

    mutating func next() -> [Int]? {
        guard let result = current else { return nil }
        var advanced = result
        var position = advanced.count - 1
        while position >= 0 {
            advanced[position] += 1
            if advanced[position] < sizes[position] { break }
            advanced[position] = 0
            position -= 1
        }
        current = position < 0 ? nil : advanced
        return result
    }
}

/// The Pareto front of (fee money, buyer utility) over some fee terms' grids: for each amount of fee
/// money, the most buyer utility it can buy. Each merged term adds a stage whose points remember
/// their parent, so the chosen values are rebuilt only for the answer.
struct FeeFront {
    private struct Point {
        var cost: Double
        var utility: Double
        var parent: Int32
        var grid: Int32
    }

    private var stages: [[Point]] = [[Point(cost: 0, utility: 0, parent: -1, grid: -1)]]
    private var stageTerms: [(index: Int, term: Term)] = []

    /// This front with one more term, whose value `v` costs `rate × v` (a per-slot fee on the slots of
    /// `package`).
    func merging(term: Term, at index: Int, rate: Double, utility: BuyerUtility, slots package: Package) -> FeeFront {
        let previous = stages[stages.count - 1]
        var merged: [Point] = []
        merged.reserveCapacity(previous.count * term.gridCount)
        for step in 0..<term.gridCount {
            let value = term.value(atGrid: step)
            let cost = rate * value
            let gain = utility.utility(ofTerm: index, value: value, in: package)
            for (parent, point) in previous.enumerated() {
                merged.append(
                    Point(cost: point.cost + cost, utility: point.utility + gain, parent: Int32(parent), grid: Int32(step)))
            }
        }
        merged.sort { $0.cost == $1.cost ? $0.utility > $1.utility : $0.cost < $1.cost }
        var front: [Point] = []
        for point in merged where point.utility > (front.last?.utility ?? -.infinity) + 1e-12 {
            front.append(point)
        }
        var result = self
        result.stages.append(front)
        result.stageTerms.append((index, term))
        return result
    }

    /// The position on the front of the point of most utility whose cost is within `budget`.
    private func position(within budget: Double) -> Int? {
        let last = stages[stages.count - 1]
        var low = 0
        var high = last.count
        while low < high {
            let middle = (low + high) / 2
            if last[middle].cost <= budget + 1e-6 { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The fee money and utility of the point of most utility whose cost is within `budget`.
    func most(within budget: Double) -> (cost: Double, utility: Double)? {
        position(within: budget).map { (stages[stages.count - 1][$0].cost, stages[stages.count - 1][$0].utility) }
    }

    /// The cheapest point whose utility reaches `utility` (the front's utility rises with its cost).
    func cheapest(reaching utility: Double) -> (cost: Double, utility: Double)? {
        let last = stages[stages.count - 1]
        var low = 0
        var high = last.count
        while low < high {
            let middle = (low + high) / 2
            if last[middle].utility < utility - 1e-9 { low = middle + 1 } else { high = middle }
        }
        return low < last.count ? (last[low].cost, last[low].utility) : nil
    }

    /// The values (by term index) of the point of most utility whose cost is within `budget`.
    func best(within budget: Double) -> [(Int, Double)]? {
        position(within: budget).map(values(at:))
    }

    /// Every point of the front, cheapest first: (fee money, utility).
    var points: [(cost: Double, utility: Double)] { stages[stages.count - 1].map { ($0.cost, $0.utility) } }

    /// The fee values (by term index) of the front's point at `position`.
    func values(at position: Int) -> [(Int, Double)] {
        var position = position
        var values: [(Int, Double)] = []
        for stage in stride(from: stages.count - 1, to: 0, by: -1) {
            let point = stages[stage][position]
            let (index, term) = stageTerms[stage - 1]
            values.append((index, term.value(atGrid: Int(point.grid))))
            position = Int(point.parent)
        }
        return values
    }
}
