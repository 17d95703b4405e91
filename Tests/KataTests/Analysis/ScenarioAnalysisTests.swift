@testable import KataAnalysis
@testable import KataEngine
@testable import KataPersona
import KataScenario
@testable import KataTerms
import Testing

/// Issue 13 part 1: the analysis is exact. On a scenario small enough to visit every package, its
/// frontier is the naive Pareto set of all lawful packages, its ZOPA ends and Nash point are the
/// brute-force ones, and no frontier point dominates another.
@Suite struct ScenarioAnalysisTests {
    struct Visited {
        var contribution: Double
        var utility: Double
        var acceptable: Bool
    }

    static func visit(_ scenario: Scenario) -> [Visited] {
        let buyer = BuyerUtility(scenario)
        var visited: [Visited] = []
        for choice in Grid(terms: scenario.terms, indices: Array(scenario.terms.indices)) {
            let package = Package(choice.enumerated().map { scenario.terms[$0.offset].value(atGrid: $0.element) })
            guard !scenario.terms.indices.contains(where: { scenario.terms[$0].breaksRule(package[$0]) }) else { continue }
            let economics = Economics(package, in: scenario)
            visited.append(
                Visited(
                    contribution: economics.contribution, utility: buyer.utility(of: package),
                    acceptable: buyer.acceptable(package) && TargetCheck(economics, scenario.targets).acceptableToSupplier))
        }
        return visited
    }

    /// The naive Pareto set: every point no other point beats on both axes (O(n²) on distinct points).
    static func naiveFrontier(_ points: [Visited]) -> [(Double, Double)] {
        var distinct: [(Double, Double)] = []
        for point in points.sorted(by: { ($0.utility, $0.contribution) > ($1.utility, $1.contribution) }) {
            if let last = distinct.last, abs(last.0 - point.contribution) < 1e-6, abs(last.1 - point.utility) < 1e-9 { continue }
            distinct.append((point.contribution, point.utility))
        }
        return distinct.filter { point in
            !distinct.contains { other in
                other.0 >= point.0 - 1e-6 && other.1 >= point.1 - 1e-9 && (other.0 > point.0 + 1e-6 || other.1 > point.1 + 1e-9)
            }
        }
    }

    @Test(arguments: [(0.3, 5.0), (0.28, 4.0), (0.25, 3.0)])
    func theFrontierIsTheNaiveParetoSetOfLawfulPackages(floor: Double, rebate: Double) throws {
        let scenario = ZOPATests.lawfulSmall(marginFloor: floor, reservationRebate: rebate)
        let analysis = ScenarioAnalysis(scenario)
        let visited = Self.visit(scenario)
        let naive = Self.naiveFrontier(visited)
        #expect(analysis.frontier.count == naive.count)
        for (point, expected) in zip(analysis.frontier, naive) {
            #expect(abs(point.contribution - expected.0) < 1e-3 && abs(point.utility - expected.1) < 1e-9)
        }
        // no frontier point dominates another
        for point in analysis.frontier {
            #expect(
                !analysis.frontier.contains {
                    $0.contribution > point.contribution + 1e-6 && $0.utility > point.utility + 1e-9
                })
        }
        // the ZOPA's ends and the Nash point, by brute force over the ZOPA's own frontier
        let inside = visited.filter(\.acceptable)
        let zopa = Self.naiveFrontier(inside)
        #expect(analysis.zopaExists == !inside.isEmpty)
        guard let supplierBest = analysis.supplierBest, let buyerBest = analysis.buyerBest, let nash = analysis.nash else {
            return
        }
        let bestContribution = try #require(inside.map(\.contribution).max())
        let bestUtility = try #require(inside.map(\.utility).max())
        #expect(abs(supplierBest.contribution - bestContribution) < 1e-3)
        #expect(abs(buyerBest.utility - bestUtility) < 1e-9)
        let low = (buyerBest.contribution, analysis.reservationUtility)
        let bestProduct = zopa.map { ($0.0 - low.0) * ($0.1 - low.1) }.max() ?? 0
        #expect(abs((nash.contribution - low.0) * (nash.utility - low.1) - bestProduct) < 1e-3 * max(1, bestProduct))
    }

    @Test func theShippedScenariosAreAnalysedAndTheLawHasAPrice() throws {
        let analysis = ScenarioAnalysis(try ShippedScenarioTests.load("carrefour-annual"))
        #expect(analysis.zopaExists)
        #expect(analysis.packages > 1e12 && analysis.lawfulPackages < analysis.packages)
        let lawful = try #require(analysis.bestAtReservation)
        let unrestricted = try #require(analysis.bestAtReservationWithoutRules)
        #expect(unrestricted > lawful, "the 75 days and the anniversary fee would pay the buyer")
        #expect(analysis.terms.first { $0.term == "anniversary_fee" }?.verdict == .barred)
        #expect(analysis.terms.first { $0.term == "endcap_months" }?.verdict == .costlyToGive)
        let trap = ScenarioAnalysis(try ShippedScenarioTests.load("no-deal-trap"))
        #expect(!trap.zopaExists && trap.nash == nil)
    }
}
