/// The zone of possible agreement: packages acceptable to both the supplier (DESIGN §4 limits) and the
/// buyer (utility at least its reservation's).
///
/// Realistic scenarios have 10^8–10^10 packages, so the search does not enumerate them. For fixed
/// promotion slots, price discounts and payment days, units, net sales and financing are fixed and
/// both supplier limits become one budget on the fees, each fee linear in its term's value. What
/// remains is a bounded knapsack: the most buyer utility for at most that much fee money. It is
/// solved exactly on the step grid by merging, term by term, the Pareto front of (fee money, buyer
/// utility), so the answer is exact, not sampled.
public struct ZOPA: Sendable {
    /// A package acceptable to both sides, if there is one: the one of most buyer utility found
    /// within the supplier's limits.
    public let witness: Package?

    public var isEmpty: Bool { witness == nil }

    public init(_ scenario: Scenario) {
        witness = ZOPA.search(scenario)
    }

    /// - Complexity: the product of the grid sizes of the promotion, discount and payment-day terms,
    ///   times the size of the fee front, which stays near the sum of the fee terms' grid sizes.
    private static func search(_ scenario: Scenario) -> Package? {
        let utility = BuyerUtility(scenario)
        let terms = scenario.terms
        let line = scenario.productLine
        let targets = scenario.targets
        let stores = Double(scenario.account.stores)
        let outer = terms.indices.filter { !terms[$0].kind.isFee }
        let fees = terms.indices.filter { terms[$0].kind.isFee }
        let volumeTerms = outer.filter { terms[$0].kind != .paymentDays }
        let dayTerms = outer.filter { terms[$0].kind == .paymentDays }

        var best: (utility: Double, package: Package)?
        for volumeChoice in Grid(terms: terms, indices: volumeTerms) {
            var package = Package(terms.map(\.low))
            for (position, index) in volumeTerms.enumerated() {
                package[index] = terms[index].value(atGrid: volumeChoice[position])
            }
            let economics = Economics(package, in: scenario)
            guard economics.promotions >= targets.promotionsMinimum - 1e-9 else { continue }
            let front = FeeFront(
                scenario: scenario, utility: utility, feeTerms: fees, package: package,
                netSales: economics.netSales, stores: stores, skus: Double(line.skus))
            for dayChoice in Grid(terms: terms, indices: dayTerms) {
                var withDays = package
                for (position, index) in dayTerms.enumerated() {
                    withDays[index] = terms[index].value(atGrid: dayChoice[position])
                }
                let base = Economics(withDays, in: scenario)
                let marginBudget = (1 - targets.marginFloor) * base.netSales
                    - base.units * line.unitCost - base.financingCost
                let spendBudget = targets.tradeSpendCap * base.grossSales - (base.grossSales - base.netSales)
                let budget = min(marginBudget, spendBudget)
                guard let point = front.best(within: budget) else { continue }
                var candidate = withDays
                for (position, index) in fees.enumerated() {
                    candidate[index] = point.values[position]
                }
                let total = utility.utility(of: candidate)
                if total >= utility.reservation - 1e-9, total > best?.utility ?? -.infinity {
                    best = (total, candidate)
                }
            }
        }
        guard let best else { return nil }
        let check = TargetCheck(Economics(best.package, in: scenario), targets)
        return check.acceptableToSupplier ? best.package : nil
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

/// The Pareto front of (fee money, buyer utility) over the fee terms' grids, for fixed volume.
struct FeeFront {
    struct Point {
        var cost: Double
        var utility: Double
        var values: [Double]
    }

    private var points: [Point]

    init(
        scenario: Scenario, utility: BuyerUtility, feeTerms: [Int], package: Package,
        netSales: Double, stores: Double, skus: Double
    ) {
        var front = [Point(cost: 0, utility: 0, values: [])]
        for index in feeTerms {
            let term = scenario.terms[index]
            let rate: Double
            switch term.kind {
            case .percentOfPurchases: rate = netSales / 100
            case .fixed: rate = 1
            case .perStore: rate = stores
            case .perSKUPerStore: rate = stores * skus
            case .perSlot: rate = (term.slotTerm.map { package[$0] } ?? 0) * (term.perStore ? stores : 1)
            case .priceDiscount, .promoSlots, .paymentDays: rate = 0
            }
            var merged: [Point] = []
            merged.reserveCapacity(front.count * term.gridCount)
            for step in 0..<term.gridCount {
                let value = term.value(atGrid: step)
                let cost = rate * value
                let gain = utility.utility(ofTerm: index, value: value)
                for point in front {
                    merged.append(Point(cost: point.cost + cost, utility: point.utility + gain, values: point.values + [value]))
                }
            }
            merged.sort { $0.cost == $1.cost ? $0.utility > $1.utility : $0.cost < $1.cost }
            front = []
            for point in merged where point.utility > (front.last?.utility ?? -.infinity) + 1e-12 {
                front.append(point)
            }
        }
        points = front
    }

    /// The point of most utility whose cost is within `budget`.
    func best(within budget: Double) -> Point? {
        var low = 0
        var high = points.count
        while low < high {
            let middle = (low + high) / 2
            if points[middle].cost <= budget + 1e-6 { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : points[low - 1]
    }
}
