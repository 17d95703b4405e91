@testable import KataAnalysis
@testable import KataEngine
@testable import KataScenario
import Testing

/// Issue 11: on a scenario where a deal exists, no trainee who only ever agrees, holds, challenges or
/// walks (no plan, no offer) can score more than 50 — the scorecard pays for negotiating, not for
/// repeating one move.
@Suite struct SingleMoveStrategyTests {
    static let scenarios = ["carrefour-annual", "walmart-edlp", "suning-appliance", "tutorial"]

    /// The strategies: each term agreed in turn (then accepted), hold, challenge, walk — as many as
    /// the session takes.
    static func strategies(_ scenario: Scenario) -> [(name: String, moves: [(Move, Bool)])] {
        let rounds = scenario.rounds + 5
        let agreeing = (0..<rounds).map { index -> (Move, Bool) in
            index < scenario.terms.count ? (.agree(term: scenario.terms[index].id), false) : (.accept, false)
        }
        return [
            ("agree", agreeing),
            ("hold", Array(repeating: (.hold, false), count: rounds)),
            ("challenge", Array(repeating: (.challenge, false), count: rounds)),
            ("walk", [(.walk, false)]),
            ("accept", Array(repeating: (.accept, false), count: rounds)),
        ]
    }

    @Test(arguments: scenarios)
    func noSingleMoveStrategyScoresAboveHalf(id: String) throws {
        let scenario = try ShippedScenarioTests.load(id)
        #expect(!ZOPA(scenario).isEmpty)
        for strategy in Self.strategies(scenario) {
            for seed in UInt64(1)...5 {
                let card = Scorecard(scenario: scenario, seed: seed, moves: strategy.moves)
                #expect(card.total <= 50, "\(id) seed \(seed): \(strategy.name) alone scores \(card.total)")
            }
        }
    }
}
