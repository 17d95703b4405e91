@testable import KataAnalysis
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

@Suite struct ZOPATests {
    /// A scenario small enough to enumerate: every kind of cost on a coarse grid.
    static func small(marginFloor: Double, reservationRebate: Double) -> Scenario {
        var scenario = EconomicsFixture.scenario
        scenario.terms = [
            Term(id: "discount", name: LocalizedText(en: "d"), kind: .priceDiscount, low: 0, high: 4, step: 1),
            Term(id: "rebate", name: LocalizedText(en: "r"), kind: .percentOfPurchases, low: 0, high: 10, step: 1),
            Term(id: "listing_fee", name: LocalizedText(en: "l"), kind: .perStore, low: 0, high: 20_000, step: 2_500),
            Term(id: "dm_slots", name: LocalizedText(en: "s"), kind: .promoSlots, low: 0, high: 6, step: 1, lift: 0.52, weeks: 2),
            Term(
                id: "dm_fee", name: LocalizedText(en: "f"), kind: .perSlot, low: 0, high: 5_000, step: 1_000, slotTerm: 3,
                perStore: true),
            Term(id: "payment_days", name: LocalizedText(en: "p"), kind: .paymentDays, low: 30, high: 90, step: 15),
        ]
        scenario.persona.weights = [0.15, 0.35, 0.15, 0.1, 0.1, 0.15]
        scenario.persona.better = scenario.terms.map { BuyerEnd.defaultEnd(for: $0.kind) }
        scenario.persona.opening = Package([3, 9, 17_500, 1, 4_000, 90])
        scenario.persona.reservation = Package([1, reservationRebate, 10_000, 3, 2_000, 60])
        scenario.targets = Targets(
            marginTarget: marginFloor + 0.05, marginFloor: marginFloor, tradeSpendTarget: 0.12,
            tradeSpendCap: 0.16, promotionsTarget: 4, promotionsMinimum: 2)
        return scenario
    }

    /// The small scenario with rules: payment within 60 days, no listing fee at all.
    static func lawfulSmall(marginFloor: Double, reservationRebate: Double) -> Scenario {
        var scenario = small(marginFloor: marginFloor, reservationRebate: reservationRebate)
        scenario.terms[5].legalMax = 60
        scenario.terms[2].prohibited = true
        return scenario
    }

    /// The most buyer utility among packages acceptable to the supplier, by visiting every package.
    static func bruteForce(_ scenario: Scenario, lawfulOnly: Bool = false) -> Double? {
        let utility = BuyerUtility(scenario)
        var best: Double?
        for choice in Grid(terms: scenario.terms, indices: Array(scenario.terms.indices)) {
            let package = Package(choice.enumerated().map { scenario.terms[$0.offset].value(atGrid: $0.element) })
            guard TargetCheck(Economics(package, in: scenario), scenario.targets).acceptableToSupplier else { continue }
            if lawfulOnly && scenario.terms.indices.contains(where: { scenario.terms[$0].breaksRule(package[$0]) }) { continue }
            let value = utility.utility(of: package)
            if value >= utility.reservation - 1e-9 { best = max(best ?? value, value) }
        }
        return best
    }

    /// DESIGN §4: the ZOPA holds lawful packages only. With the payment days capped at 45 and the
    /// listing fee barred, the search must agree with visiting every lawful package — including where
    /// a deal exists only by breaking the law, and a walk-away is then right.
    @Test func packagesTheLawForbidsAreNoZOPA() {
        var onlyUnlawful = 0
        for floor in [0.28, 0.32, 0.36] {
            for rebate in [3.0, 5.0, 7.0] {
                var scenario = Self.small(marginFloor: floor, reservationRebate: rebate)
                let unrestricted = Self.bruteForce(scenario)
                scenario.terms[5].legalMax = 45
                scenario.terms[2].prohibited = true
                let lawful = Self.bruteForce(scenario, lawfulOnly: true)
                let zopa = ZOPA(scenario)
                #expect(zopa.isEmpty == (lawful == nil), "floor \(floor), rebate \(rebate)")
                if let witness = zopa.witness {
                    #expect(!scenario.terms.indices.contains { scenario.terms[$0].breaksRule(witness[$0]) })
                }
                if unrestricted != nil && lawful == nil { onlyUnlawful += 1 }
            }
        }
        #expect(onlyUnlawful > 0, "some cases have a deal only by breaking the law")
    }

    @Test(arguments: [(0.25, 5.0), (0.30, 5.0), (0.33, 6.0), (0.34, 6.0), (0.35, 5.0), (0.36, 4.0), (0.37, 3.0), (0.38, 2.0)])
    func agreesWithEnumeration(floor: Double, rebate: Double) {
        let scenario = Self.small(marginFloor: floor, reservationRebate: rebate)
        let zopa = ZOPA(scenario)
        let expected = Self.bruteForce(scenario)
        #expect(zopa.isEmpty == (expected == nil))
        if let witness = zopa.witness {
            #expect(BuyerUtility(scenario).acceptable(witness))
            #expect(TargetCheck(Economics(witness, in: scenario), scenario.targets).acceptableToSupplier)
            for (index, term) in scenario.terms.enumerated() { #expect(term.problem(with: witness[index]) == nil) }
        }
    }

    @Test func enumerationCoversBothOutcomes() {
        // the cases above must include an empty and a non-empty ZOPA, or the comparison proves little
        let outcomes = [(0.25, 5.0), (0.38, 2.0)].map {
            Self.bruteForce(Self.small(marginFloor: $0.0, reservationRebate: $0.1)) == nil
        }
        #expect(outcomes == [false, true])
    }
}

/// The two halves of the knapsack step, against enumeration of every fee combination.
@Suite struct FeeKnapsackTests {
    let scenario = ZOPATests.small(marginFloor: 0.3, reservationRebate: 5)
    let feeTerms = [1, 2, 4]
    /// RMB per unit of value: rebate on 10,000,000 net sales, listing fee × 20 stores, DM fee × 3 slots × 20 stores.
    let rates = [100_000.0, 20, 60]
    /// The three DM slots the DM fee is paid on: the fee is worth to the buyer what it brings on them.
    let slots = Package([0, 0, 0, 3, 0, 30])

    func bruteForce(budget: Double) -> Double? {
        let utility = BuyerUtility(scenario)
        var best: Double?
        for choice in Grid(terms: scenario.terms, indices: feeTerms) {
            var cost = 0.0
            var gain = 0.0
            for (position, index) in feeTerms.enumerated() {
                let value = scenario.terms[index].value(atGrid: choice[position])
                cost += rates[position] * value
                gain += utility.utility(ofTerm: index, value: value, in: slots)
            }
            if cost <= budget + 1e-6 { best = max(best ?? gain, gain) }
        }
        return best
    }

    @Test(arguments: [0.0, 50_000, 123_456, 400_000, 777_777, 1_000_000, 1_600_000, 5_000_000])
    func exactFrontMatchesEnumeration(budget: Double) throws {
        let utility = BuyerUtility(scenario)
        var front = FeeFront()
        for (position, index) in feeTerms.enumerated() {
            front = front.merging(term: scenario.terms[index], at: index, rate: rates[position], utility: utility, slots: slots)
        }
        let expected = try #require(bruteForce(budget: budget))
        let values = try #require(front.best(within: budget))
        let gain = values.reduce(0) { $0 + utility.utility(ofTerm: $1.0, value: $1.1, in: slots) }
        let cost = values.reduce(0) { sum, item in sum + rates[feeTerms.firstIndex(of: item.0) ?? 0] * item.1 }
        #expect(abs(gain - expected) < 1e-9)
        #expect(cost <= budget + 1e-6)
    }

    @Test(arguments: [50_000.0, 123_456, 400_000, 777_777, 1_600_000])
    func greedyBoundsTheOptimumAndFits(budget: Double) throws {
        let utility = BuyerUtility(scenario)
        let greedy = GreedyFill(
            terms: scenario.terms, feeTerms: feeTerms, rates: rates, utility: utility, slots: slots, budget: budget)
        let low = feeTerms.reduce(0) { $0 + utility.utility(ofTerm: $1, value: scenario.terms[$1].low, in: slots) }
        let optimum = try #require(bruteForce(budget: budget))
        #expect(low + greedy.bound >= optimum - 1e-9)
        let cost = greedy.values.reduce(0) { sum, item in sum + rates[feeTerms.firstIndex(of: item.0) ?? 0] * item.1 }
        let gain = greedy.values.reduce(0) { $0 + utility.utility(ofTerm: $1.0, value: $1.1, in: slots) }
        #expect(cost <= budget + 1e-6)
        #expect(gain <= optimum + 1e-9)
    }
}
