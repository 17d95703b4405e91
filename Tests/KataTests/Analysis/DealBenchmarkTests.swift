@testable import KataAnalysis
@testable import KataEngine
@testable import KataPersona
import KataScenario
@testable import KataTerms
import Testing

@Suite struct DealBenchmarkTests {
    @Test(arguments: [0.3, 0.45, 0.6, 0.75])
    func theBestContributionIsTheBestPackageAtThatUtility(utility: Double) throws {
        // the small scenario is enumerable: the answer must be the best contribution of every package
        // the buyer values at least `utility`
        let scenario = ZOPATests.small(marginFloor: 0.3, reservationRebate: 5)
        let buyer = BuyerUtility(scenario)
        var best: Double?
        for choice in Grid(terms: scenario.terms, indices: Array(scenario.terms.indices)) {
            let package = Package(choice.enumerated().map { scenario.terms[$0.offset].value(atGrid: $0.element) })
            guard buyer.utility(of: package) >= utility - 1e-9 else { continue }
            let contribution = Economics(package, in: scenario).contribution
            best = max(best ?? contribution, contribution)
        }
        let exact = try #require(best)
        let found = try #require(DealBenchmark.bestContribution(scenario, buyerUtility: utility))
        #expect(abs(found - exact) < 1e-6)
    }

    /// Issue 11 part 3: the money left on the table is measured against lawful packages only — a figure
    /// that counted a prohibited fee or days past the legal maximum would promise money the law forbids.
    @Test(arguments: [0.3, 0.45, 0.6])
    func theBestContributionCountsLawfulPackagesOnly(utility: Double) throws {
        var scenario = ZOPATests.small(marginFloor: 0.3, reservationRebate: 5)
        let unlawful = try #require(DealBenchmark.bestContribution(scenario, buyerUtility: utility))
        scenario.terms[2].prohibited = true  // listing fee: none allowed
        scenario.terms[5].legalMax = 60  // payment days: at most 60
        let buyer = BuyerUtility(scenario)
        var best: Double?
        for choice in Grid(terms: scenario.terms, indices: Array(scenario.terms.indices)) {
            let package = Package(choice.enumerated().map { scenario.terms[$0.offset].value(atGrid: $0.element) })
            guard buyer.utility(of: package) >= utility - 1e-9,
                !scenario.terms.indices.contains(where: { scenario.terms[$0].breaksRule(package[$0]) })
            else { continue }
            let contribution = Economics(package, in: scenario).contribution
            best = max(best ?? contribution, contribution)
        }
        let exact = try #require(best)
        let found = try #require(DealBenchmark.bestContribution(scenario, buyerUtility: utility))
        #expect(abs(found - exact) < 1e-6)
        #expect(found < unlawful)
    }

    @Test func noPackageReachesAnImpossibleUtility() {
        #expect(
            DealBenchmark.bestContribution(ZOPATests.small(marginFloor: 0.3, reservationRebate: 5), buyerUtility: 1.5) == nil)
    }

    @Test func beatsCountsTheDealsStrictlyBelow() {
        #expect(DealBenchmark.beats(20, among: [18, 19, 20, 21]) == 0.5)
        #expect(DealBenchmark.beats(20, among: []) == 0)
    }

    @Test func theGhostIsTheDisciplinedBotsScoredSessionsAndItsDealsWithinTheLimits() throws {
        let context = SessionContext(try ShippedScenarioTests.load("tutorial"))
        let ghost = DealBenchmark.ghost(context, runs: 20)
        #expect(ghost.scores.count == 20)
        #expect(ghost.scores.allSatisfy { $0 >= 0 && $0 <= 100 })
        #expect(!ghost.margins.isEmpty && ghost.margins.count <= 20)
        let floor = context.scenario.targets.marginFloor * 100
        #expect(ghost.margins.allSatisfy { $0 >= floor - 1e-9 })
        #expect(ghost == DealBenchmark.ghost(context, runs: 20), "seeded, so the same every time")
    }

    /// Issue 11 part 3: the share of its room each side took, checked against every lawful package of
    /// an enumerable scenario: the supplier's best package in the ZOPA (most contribution, then most
    /// utility) and the buyer's (most utility, then most contribution) set the ends of both rooms.
    @Test(arguments: [(0.3, 5.0), (0.28, 4.0), (0.25, 3.0)])
    func theSurplusShareIsExactOverLawfulPackages(floor: Double, rebate: Double) throws {
        let scenario = ZOPATests.lawfulSmall(marginFloor: floor, reservationRebate: rebate)
        let buyer = BuyerUtility(scenario)
        var zone: [(package: Package, contribution: Double, utility: Double)] = []
        for choice in Grid(terms: scenario.terms, indices: Array(scenario.terms.indices)) {
            let package = Package(choice.enumerated().map { scenario.terms[$0.offset].value(atGrid: $0.element) })
            let economics = Economics(package, in: scenario)
            guard buyer.acceptable(package), TargetCheck(economics, scenario.targets).acceptableToSupplier,
                !scenario.terms.indices.contains(where: { scenario.terms[$0].breaksRule(package[$0]) })
            else {
                #expect(DealBenchmark.surplusShare(scenario, deal: package) == nil)
                continue
            }
            zone.append((package, economics.contribution, buyer.utility(of: package)))
        }
        #expect(zone.count > 10)
        let supplierBest = try #require(zone.max { ($0.contribution, $0.utility) < ($1.contribution, $1.utility) })
        let buyerBest = try #require(zone.max { ($0.utility, $0.contribution) < ($1.utility, $1.contribution) })
        for deal in zone {
            let share = try #require(DealBenchmark.surplusShare(scenario, deal: deal.package))
            let supplier = (deal.contribution - buyerBest.contribution) / (supplierBest.contribution - buyerBest.contribution)
            let buyerShare = (deal.utility - supplierBest.utility) / (buyerBest.utility - supplierBest.utility)
            #expect(abs(share.supplier - min(1, max(0, supplier))) < 1e-6)
            #expect(abs(share.buyer - min(1, max(0, buyerShare))) < 1e-6)
        }
        let atSupplierBest = try #require(DealBenchmark.surplusShare(scenario, deal: supplierBest.package))
        #expect(atSupplierBest.supplier == 1 && atSupplierBest.buyer == 0)
    }

    @Test func aDealOutsideTheLawfulZOPAHasNoSurplusShare() {
        var scenario = ZOPATests.small(marginFloor: 0.3, reservationRebate: 5)
        scenario.terms[5].legalMax = 60
        // 90 payment days: past the legal maximum, whatever else it holds
        #expect(DealBenchmark.surplusShare(scenario, deal: Package([0, 6, 10_000, 3, 2_000, 90])) == nil)
        // the buyer's opening is beyond the supplier's limits
        #expect(DealBenchmark.surplusShare(scenario, deal: scenario.persona.opening) == nil)
    }
}
