@testable import KataAnalysis
@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// Scorecards of hand-built sessions; the expected points are worked out in each comment
/// (DESIGN §7: margin 25, trade spend 20, promotions 15, reciprocity 15, discipline 10, tactics 10,
/// preparation 5).
@Suite struct ScorecardTests {
    typealias F = EngineFixture

    static func points(_ card: Scorecard, _ part: ScorePart) -> Double {
        card.parts.first { $0.part == part }?.points ?? -1
    }

    @Test func aCorrectWalkAwayEarnsTheWholeOutcome() throws {
        // no-deal-trap has an empty ZOPA: walking away earns outcome 25 + 20 + 15 = 60;
        // no concession → reciprocity 15; no step → discipline 10; no tactic met → 10; no plan → 0.
        // 60 + 15 + 10 + 10 + 0 = 95
        let card = Scorecard(scenario: try ShippedScenarioTests.load("no-deal-trap"), seed: 1, moves: [(.walk, false)])
        #expect(card.total == 95)
        #expect(card.losses.map(\.part) == [.preparation])
        #expect(card.zopaExists == false)
    }

    @Test func walkingAwayFromAPossibleDealLosesTheOutcome() {
        // the fixture's reservation package itself is within the supplier's limits (margin 30.8 %,
        // trade spend 8.2 %, 6 slots), so a deal existed: outcome 0; process 15 + 10 + 10 + 0 = 35
        let card = Scorecard(scenario: F.scenario(), seed: 1, moves: [(.walk, false)])
        #expect(card.zopaExists == true)
        #expect(card.total == 35)
        #expect(card.losses.filter { $0.part == .margin }.first?.kind == .noDealThoughZOPA)
    }

    @Test func aPerfectSession() {
        // easy targets (margin 20/10 %, trade spend 15/20 %, promotions 2/1). A plan; a hold on the buyer's
        // first demand; two conditional gives, the second smaller (rebate 4 → 7 with one DM slot fewer:
        // 0.12 + 0.004 = 0.124 of buyer utility; then rebate 7.5 for payment days 60 → 55: 0.02 − 0.0125 =
        // 0.0075); then holds until the buyer accepts at round 10. The deal: rebate 7.5 %, listing 5,000,
        // 3 slots at 2,000, 55 days: U = 1,057,692; N = 10,576,923; F = 793,269 + 100,000 + 120,000
        // = 1,013,269; K = 95,627; C = 3,121,873 → margin 29.5 %, trade spend 9.6 %, 3 slots: 60.
        // Reciprocity 2/2 traded → 15; steps shrink, nothing given on the first demand → 10; no tactic → 10;
        // a plan, kept (rebate 7.5 within its walk-away of 9) → 5.  Total 100.
        var scenario = F.scenario()
        scenario.targets = Targets(
            marginTarget: 0.20, marginFloor: 0.10, tradeSpendTarget: 0.15, tradeSpendCap: 0.20, promotionsTarget: 2,
            promotionsMinimum: 1)
        let plan = Move.plan(entries: [PlanEntry(term: "rebate", opening: 5, target: 7, walkAway: 9)])
        let moves: [(Move, Bool)] =
            [
                (plan, false), (.hold, false),
                (.conditional(give: [TermValue("rebate", 7)], get: [TermValue("dm_slots", 3)]), false),
                (.conditional(give: [TermValue("rebate", 7.5)], get: [TermValue("payment_days", 55)]), false),
            ] + Array(repeating: (Move.hold, false), count: 9)
        let card = Scorecard(scenario: scenario, seed: 1, moves: moves)
        #expect(card.outcome == Outcome(ending: .deal, package: Package([7.5, 5_000, 3, 2_000, 0, 55]), rounds: 10))
        let economics = Economics(Package([7.5, 5_000, 3, 2_000, 0, 55]), in: scenario)
        #expect(abs(economics.margin - 0.2952) < 0.0005 && abs(economics.tradeSpendRate - 0.0958) < 0.0005)
        #expect(card.total == 100)
        #expect(card.losses.isEmpty)
    }

    @Test func aDealAtTheTargetsWithAPlanButAnEarlyGive() {
        // easy targets: the buyer's opening (margin 25.1 %, trade spend 13.4 %, 2 slots) meets them all → 60.
        // accepting it at once is one concession with nothing back → reciprocity 0/15; it gives on the
        // buyer's first demand → discipline 10 − 3 = 7; no tactic → 10; a plan whose walk-aways the deal
        // keeps → 5.  60 + 0 + 7 + 10 + 5 = 82
        var scenario = F.scenario()
        scenario.targets = Targets(
            marginTarget: 0.20, marginFloor: 0.10, tradeSpendTarget: 0.15, tradeSpendCap: 0.20, promotionsTarget: 2,
            promotionsMinimum: 1)
        let plan = Move.plan(entries: [PlanEntry(term: "rebate", opening: 6, target: 7, walkAway: 8)])
        let card = Scorecard(scenario: scenario, seed: 1, moves: [(plan, false), (.accept, false)])
        #expect(card.outcome.ending == .deal)
        #expect(Self.points(card, .margin) == 25 && Self.points(card, .tradeSpend) == 20 && Self.points(card, .promotions) == 15)
        #expect(Self.points(card, .reciprocity) == 0)
        #expect(Self.points(card, .discipline) == 7)
        #expect(Self.points(card, .preparation) == 5)
        #expect(card.total == 82)
        #expect(!card.beyondLimits)
    }

    @Test func aDealBelowTheFloorIsFlaggedAndScoredOnTheLine() {
        // the fixture's own targets: margin target 30 %, floor 20 %; accepting the opening gives
        // margin 25.13 % → 25 × (25.13 − 20) / (30 − 20) ≈ 12.8; trade spend 13.39 % (target 10, cap 15)
        // → 20 × (15 − 13.39) / 5 ≈ 6.4; 2 slots below the minimum of 3 → 0 and beyond the limits.
        let card = Scorecard(scenario: F.scenario(), seed: 1, moves: [(.accept, false)])
        let economics = Economics(F.scenario().persona.opening, in: F.scenario())
        #expect(abs(Self.points(card, .margin) - 25 * (economics.margin - 0.20) / 0.10) < 1e-9)
        #expect(abs(Self.points(card, .tradeSpend) - 20 * (0.15 - economics.tradeSpendRate) / 0.05) < 1e-9)
        #expect(abs(economics.margin - 0.2513) < 0.0005 && abs(economics.tradeSpendRate - 0.1339) < 0.0005)
        #expect(Self.points(card, .promotions) == 0)
        #expect(card.beyondLimits)
    }

    @Test func unreciprocatedConcessionsCostReciprocity() {
        // two concessions, one conditional (traded) and one plain → reciprocity 15 × 1/2 = 7.5,
        // the lost 7.5 cited at the plain one's round (2)
        let moves: [(Move, Bool)] = [
            (.conditional(give: [TermValue("rebate", 5)], get: [TermValue("dm_slots", 6)]), false),
            (.offer(("rebate", 5.5)), false),
        ]
        let card = Scorecard(scenario: F.scenario(), seed: 1, moves: moves)
        #expect(Self.points(card, .reciprocity) == 7.5)
        #expect(card.losses.first { $0.part == .reciprocity }?.round == 2)
    }

    @Test func growingStepsCostDisciplineShrinkingStepsDoNot() {
        // rebate from last year's 4: +0.5 then +1 (growing) → −2 at round 3; +1 then +0.5 (shrinking) → nothing.
        // The first proposal (round 1) is a hold, so nothing is given on the first demand.
        let growing: [(Move, Bool)] = [(.hold, false), (.offer(("rebate", 4.5)), false), (.offer(("rebate", 5.5)), false)]
        let shrinking: [(Move, Bool)] = [(.hold, false), (.offer(("rebate", 5)), false), (.offer(("rebate", 5.5)), false)]
        let grew = Scorecard(scenario: F.scenario(), seed: 1, moves: growing)
        let shrank = Scorecard(scenario: F.scenario(), seed: 1, moves: shrinking)
        #expect(Self.points(grew, .discipline) == 8)
        #expect(grew.losses.first { $0.part == .discipline }?.round == 3)
        #expect(Self.points(shrank, .discipline) == 10)
    }

    @Test func aChallengedBluffIsAGoodAnswerAGiveIsAPoorOne() {
        // competitor_claim always fires (weight 1) and always bluffs; answering it with a challenge is good,
        // with a concession poor: 1 tactic met → 10 or 0
        let scenario = F.only(.competitorClaim, bluffs: true)
        let good = Scorecard(scenario: scenario, seed: 1, moves: [(.offer(("rebate", 3)), false), (.challenge, false)])
        let poor = Scorecard(
            scenario: scenario, seed: 1, moves: [(.offer(("rebate", 3)), false), (.offer(("rebate", 4)), false)])
        #expect(good.tactics.first?.good == true && Self.points(good, .tacticHandling) == 10)
        #expect(poor.tactics.first?.good == false && Self.points(poor, .tacticHandling) < 10)
        #expect(
            poor.losses.contains {
                $0.part == .discipline && $0.kind == .gaveAfterPressure(tactic: .competitorClaim, bluff: true)
            })
        #expect(poor.tactics.first?.answer == .gaveGround && good.tactics.first?.answer == .challenged)
    }

    @Test func acceptingTheNibbleIsPoorRefusingItGood() {
        let scenario = F.only(.finalNibble)
        let refused = Scorecard(scenario: scenario, seed: 1, moves: [(.accept, false), (.hold, false)])
        let given = Scorecard(scenario: scenario, seed: 1, moves: [(.accept, false), (.accept, false)])
        #expect(refused.tactics.map(\.good) == [true])
        #expect(given.tactics.map(\.good) == [false])
    }

    @Test func ownCalculationIsAnsweredByCheckingIt() {
        // the wrong margin comes with the buyer's reply to round 2; running calc before round 3 answers it
        let scenario = F.only(.ownCalculation)
        let moves: [(Move, Bool)] = [(.offer(("rebate", 3)), false), (.hold, false), (.hold, false)]
        let checked = Scorecard(scenario: scenario, seed: 1, moves: moves, calcRounds: [3])
        let unchecked = Scorecard(scenario: scenario, seed: 1, moves: moves)
        #expect(checked.tactics.first?.good == true)
        #expect(unchecked.tactics.first?.good == false)
    }

    @Test func aScenarioMayReweightTheParts() throws {
        var scenario = try ShippedScenarioTests.load("no-deal-trap")
        scenario.scoring = [.preparation: 40, .margin: 5]
        // 5 (margin) + 20 + 15 + 15 + 10 + 10 + 40 (preparation) = 115; a correct walk-away without a
        // plan scores all but preparation: 115 − 40 = 75
        let card = Scorecard(scenario: scenario, seed: 1, moves: [(.walk, false)])
        #expect(card.maximum == 115)
        #expect(card.total == 75)
        #expect(card.parts.first { $0.part == .preparation }?.maximum == 40)
        #expect(card.parts.first { $0.part == .margin }?.maximum == 5)
    }
}

/// Every tactic of the playbook, met and answered well, then poorly: the scorecard's tactic handling
/// must tell them apart.
@Suite struct TacticHandlingTests {
    typealias F = EngineFixture

    /// How to draw each tactic out (its persona fires it at weight 1), a good answer and a poor one.
    static let cases: [(tactic: TacticID, scenario: Scenario, setup: [Move], good: Move, poor: Move)] = {
        let opening = F.scenario().persona.opening
        let everything = F.scenario().terms.indices.map { TermValue(F.scenario().terms[$0].id, opening[$0]) }
        let give = Move.offer(("rebate", 4))
        return [
            (.firstOfferFlinch, F.only(.firstOfferFlinch), [.offer(("rebate", 3))], .hold, give),
            (.competitorClaim, F.only(.competitorClaim), [.offer(("rebate", 3))], .challenge, give),
            (.delistThreat, F.only(.delistThreat, afterHolds: 2), [.offer(("rebate", 3)), .hold, .hold], .hold, give),
            (.renamedFee, F.only(.renamedFee), [.offer(("listing_fee", 2_000)), .agree(term: "listing_fee")], .hold, .accept),
            (.matchOtherRetailer, F.only(.matchOtherRetailer), [.offer(("rebate", 3))], .challenge, give),
            (
                .higherAuthority, F.only(.higherAuthority), [.offer(("rebate", 3)), .offer(terms: everything)], .challenge,
                .accept
            ),
            (.bossSqueeze, F.only(.bossSqueeze), [.offer(("rebate", 3)), .escalate], .hold, give),
            (.timePressure, F.only(.timePressure, bluffs: false, afterRound: 2), [.offer(("rebate", 3)), .hold], .hold, give),
            (.stall, F.only(.stall, afterRound: 2), [.offer(("rebate", 3)), .hold], .hold, give),
            (.repeatObjection, F.only(.repeatObjection, afterHolds: 1), [.offer(("rebate", 3)), .hold], .hold, give),
            (.volumePromise, F.only(.volumePromise), [.offer(("rebate", 3)), .hold], .challenge, give),
            (.ownCalculation, F.only(.ownCalculation), [.offer(("rebate", 3)), .hold], .challenge, give),
            (.promotionPush, F.only(.promotionPush), [.offer(("dm_slots", 6))], .hold, .offer(("dm_fee", 3_000))),
            (.easyGiveProbe, F.only(.easyGiveProbe), [.offer(("rebate", 6))], .hold, .offer(("rebate", 7))),
            (.finalNibble, F.only(.finalNibble), [.accept], .hold, .accept),
        ]
    }()

    @Test func everyTacticHasACase() {
        #expect(Set(Self.cases.map(\.tactic)) == Set(TacticID.allCases))
    }

    @Test(arguments: 0..<15)
    func answeredWellAndPoorly(index: Int) {
        let item = Self.cases[index]
        func answer(_ move: Move) -> Scorecard.TacticAnswer? {
            let moves = (item.setup + [move]).map { ($0, false) }
            return Scorecard(scenario: item.scenario, seed: 1, moves: moves).tactics.first { $0.tactic == item.tactic }
        }
        #expect(answer(item.good)?.good == true, "\(item.tactic) answered with \(item.good)")
        #expect(answer(item.poor)?.good == false, "\(item.tactic) answered with \(item.poor)")
    }
}
