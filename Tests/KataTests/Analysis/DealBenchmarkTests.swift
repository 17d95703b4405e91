@testable import KataAnalysis
@testable import KataEngine
@testable import KataPersona
@testable import KataTerms
import Testing

@Suite struct DealBenchmarkTests {
    @Test(arguments: [0.3, 0.45, 0.6, 0.75])
    func theContributionBoundIsAtLeastTheBestPackageAtThatUtility(utility: Double) throws {
        // the small scenario is enumerable: the bound must be at least the best contribution of every
        // package the buyer values at least `utility`, and not absurdly above it
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
        let bound = try #require(DealBenchmark.contributionBound(scenario, buyerUtility: utility))
        #expect(bound >= exact - 1e-6)
        #expect(bound <= exact * 1.2)
    }

    /// Issue 11 part 3: the money left on the table is measured against lawful packages only — a bound
    /// that counted a prohibited fee or days past the legal maximum would promise money the law forbids.
    @Test(arguments: [0.3, 0.45, 0.6])
    func theContributionBoundCountsLawfulPackagesOnly(utility: Double) throws {
        var scenario = ZOPATests.small(marginFloor: 0.3, reservationRebate: 5)
        let unlawful = try #require(DealBenchmark.contributionBound(scenario, buyerUtility: utility))
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
        let bound = try #require(DealBenchmark.contributionBound(scenario, buyerUtility: utility))
        #expect(bound >= exact - 1e-6 && bound <= exact * 1.2)
        #expect(bound < unlawful)
    }

    @Test func noPackageReachesAnImpossibleUtility() {
        #expect(
            DealBenchmark.contributionBound(ZOPATests.small(marginFloor: 0.3, reservationRebate: 5), buyerUtility: 1.5) == nil)
    }

    @Test func beatsCountsTheDealsStrictlyBelow() {
        #expect(DealBenchmark.beats(20, among: [18, 19, 20, 21]) == 0.5)
        #expect(DealBenchmark.beats(20, among: []) == 0)
    }

    @Test func theGhostIsTheDisciplinedBotsDealsWithinTheLimits() throws {
        let context = SessionContext(try ShippedScenarioTests.load("tutorial"))
        let margins = DealBenchmark.ghostMargins(context, runs: 20)
        #expect(!margins.isEmpty && margins.count <= 20)
        let floor = context.scenario.targets.marginFloor * 100
        #expect(margins.allSatisfy { $0 >= floor - 1e-9 })
        #expect(margins == DealBenchmark.ghostMargins(context, runs: 20), "seeded, so the same every time")
    }
}
