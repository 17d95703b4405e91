@testable import KataAnalysis
@testable import KataEngine
@testable import KataPersona
@testable import KataTerms
import Testing

/// `kata team` counts mistakes by their kind, whatever figures each session had.
@Suite struct TeamSummaryTests {
    typealias F = EngineFixture

    static func card(margin: Double, round: Int) -> Scorecard {
        let loss = Scorecard.Loss(
            part: .margin, points: 5, round: round, kind: .marginShort(margin: margin, target: 0.24, floor: 0.20))
        let plan = Scorecard.Loss(part: .preparation, points: 5, round: 0, kind: .noPlan)
        return Scorecard(
            parts: [.init(part: .margin, points: 20, maximum: 25)], losses: [loss, plan], tactics: [], citations: [],
            outcome: Outcome(ending: .outOfRounds, package: nil, rounds: round), finished: true, beyondLimits: false,
            buyerPushed: nil, zopaExists: true)
    }

    @Test func theSameKindWithOtherFiguresIsOneMistake() {
        let scenario = F.scenario()
        let utility = BuyerUtility(scenario)
        var summary = TeamSummary()
        summary.add(Self.card(margin: 0.181, round: 9), trainee: "a", scenario: scenario, utility: utility, source: "a.jsonl")
        summary.add(Self.card(margin: 0.195, round: 12), trainee: "b", scenario: scenario, utility: utility, source: "b.jsonl")
        let mistakes = summary.commonMistakes
        #expect(mistakes.count == 2)
        let margin = mistakes.first { $0.part == .margin }
        #expect(margin?.count == 2)
        #expect(margin?.example == "a.jsonl" && margin?.round == 9)
        #expect(margin?.kind.id == "margin_short")
    }

    @Test func kindsDifferWhereTheLessonDiffers() {
        let kinds: [Scorecard.Loss.Kind] = [
            .gaveAfterPressure(tactic: .delistThreat, bluff: false), .gaveAfterPressure(tactic: .competitorClaim, bluff: true),
            .poorAnswer(tactic: .competitorClaim, answer: .gaveGround),
            .poorAnswer(tactic: .competitorClaim, answer: .acceptedDemand),
            .pastWalkAway(term: "rebate"), .pastWalkAway(term: "payment_days"),
        ]
        #expect(Set(kinds.map(\.id)).count == kinds.count)
    }
}
