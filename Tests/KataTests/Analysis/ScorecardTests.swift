@testable import KataAnalysis
@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// Scorecards of hand-built sessions; the expected points are worked out in each comment
/// (DESIGN §7: margin 25, trade spend 20, promotions 15; preparation 5, opening 5, reciprocity 10,
/// discipline 10, tactics 10 — a process part without evidence is left out and its points spread
/// over the others, so process always totals 40).
@Suite struct ScorecardTests {
    typealias F = EngineFixture

    /// The fixture without its two rules (a prohibited anniversary fee, 60 payment days at most), so
    /// that the buyer's opening asks nothing unlawful and tests of other parts stay about those parts.
    static func lawless(_ scenario: Scenario = F.scenario()) -> Scenario {
        var scenario = scenario
        scenario.terms[4].prohibited = false
        scenario.terms[5].legalMax = nil
        return scenario
    }

    static func points(_ card: Scorecard, _ part: ScorePart) -> Double {
        card.parts.first { $0.part == part }?.points ?? -1
    }

    @Test func aCorrectWalkAwayEarnsTheWholeOutcome() throws {
        // no-deal-trap has an empty ZOPA: walking away earns outcome 25 + 20 + 15 = 60. Without a word
        // there is no evidence of opening, reciprocity or discipline: preparation and tactic handling
        // (the buyer's two unlawful demands, 75 days and a festival fee, met and never cited) share all
        // 40 — nothing without a plan or a citation; all 40 with a plan and both rules cited.
        let scenario = try ShippedScenarioTests.load("no-deal-trap")
        let card = Scorecard(scenario: scenario, seed: 1, moves: [(.walk, false)])
        #expect(card.total == 60)
        #expect(card.losses.map(\.part) == [.preparation, .tacticHandling, .tacticHandling])
        #expect(card.parts.map(\.part) == [.margin, .tradeSpend, .promotions, .preparation, .tacticHandling])
        #expect(card.zopaExists == false)
        let plan = Move.plan(entries: [PlanEntry(term: "rebate", opening: 7, target: 8, walkAway: 8)])
        let cited: [(Move, Bool)] = [
            (plan, false), (.cite(term: "payment_days"), false), (.cite(term: "festival_fee"), false), (.walk, false),
        ]
        #expect(Scorecard(scenario: scenario, seed: 1, moves: cited).total == 100)
    }

    @Test func walkingAwayFromAPossibleDealLosesTheOutcome() {
        // the fixture's reservation package itself is within the supplier's limits (margin 30.8 %,
        // trade spend 8.2 %, 6 slots), so a deal existed: outcome 0; no plan, and nothing else to
        // score: 0. The buyer's only demand (its opening) was beyond the limits: no round to point at.
        let card = Scorecard(scenario: F.scenario(), seed: 1, moves: [(.walk, false)])
        #expect(card.zopaExists == true)
        #expect(card.total == 0)
        #expect(card.losses.filter { $0.part == .margin }.first?.kind == .noDealThoughZOPA(buyerOfferRound: nil))
    }

    @Test func aWellTradedSessionThatOpenedPastTheBuyersLimit() {
        // easy targets (margin 20/10 %, trade spend 15/20 %, promotions 2/1). A plan; a question (what
        // matters to you?) on the buyer's first demand; two conditional gives, the second smaller (rebate 4 → 7 with one DM slot fewer:
        // 0.12 + 0.004 = 0.124 of buyer utility; then rebate 7.5 for payment days 60 → 55: 0.02 − 0.0125 =
        // 0.0075); then holds until the buyer accepts at round 10. The deal: rebate 7.5 %, listing 5,000,
        // 3 slots at 2,000, 55 days: U = 1,057,692; N = 10,576,923; F = 793,269 + 100,000 + 120,000
        // = 1,013,269; K = 95,627; C = 3,121,873 → margin 29.5 %, trade spend 9.6 %, 3 slots: 60.
        // Steps shrink, nothing given on the first demand → 10; a plan, lawful, within the limits and kept
        // (rebate 7.5 within its walk-away of 9) → 5; no tactic met: its 10 spread over the other 30
        // (× 4/3). Opening: probed first (0.4 kept), but rebate 7 with 3 slots is already past the buyer's
        // walk-away (rebate 5 with 6 slots): no room left → 0.6 of 6.67 lost = 4. Reciprocity: the second
        // give came with 55 days (a take); the first asked for one slot *fewer* — that is not something
        // coming back to the supplier, so it is untraded, and it gave 0.124 of the 0.1315 given: 13.33 ×
        // 0.124 / 0.1315 ≈ 12.54 lost at round 2.  Total ≈ 83.46.
        var scenario = Self.lawless()
        scenario.targets = Targets(
            marginTarget: 0.20, marginFloor: 0.10, tradeSpendTarget: 0.15, tradeSpendCap: 0.20, promotionsTarget: 2,
            promotionsMinimum: 1)
        let plan = Move.plan(entries: [PlanEntry(term: "rebate", opening: 5, target: 7, walkAway: 9)])
        let moves: [(Move, Bool)] =
            [
                (plan, false), (.ask(question: .priorities), false),
                (.conditional(give: [TermValue("rebate", 7)], get: [TermValue("dm_slots", 3)]), false),
                (.conditional(give: [TermValue("rebate", 7.5)], get: [TermValue("payment_days", 55)]), false),
            ] + Array(repeating: (Move.hold, false), count: 9)
        let card = Scorecard(scenario: scenario, seed: 1, moves: moves)
        #expect(card.outcome == Outcome(ending: .deal, package: Package([7.5, 5_000, 3, 2_000, 0, 55]), rounds: 10))
        let economics = Economics(Package([7.5, 5_000, 3, 2_000, 0, 55]), in: scenario)
        #expect(abs(economics.margin - 0.2952) < 0.0005 && abs(economics.tradeSpendRate - 0.0958) < 0.0005)
        #expect(abs(card.total - 83.456) < 0.01, "\(card.total)")
        #expect(card.losses.map(\.kind) == [.openingWithoutRoom, .untradedConcession], "\(card.losses)")
        #expect(card.losses.allSatisfy { $0.round == 2 })
    }

    @Test func acceptingAnUnlawfulOpeningEarnsNoOutcome() {
        // easy targets: the buyer's opening (margin 25.1 %, trade spend 13.4 %, 2 slots) meets them all,
        // but it asks 100,000 of a prohibited fee and 90 payment days (legal maximum 60): an unlawful
        // deal → outcome 0, charged to round 1 where it was accepted. Process: a plan, kept → 5; no
        // proposal before the deal → opening 0; the accept is a concession with nothing back →
        // reciprocity 0; given on the first demand → discipline 10 − 3 = 7; the two unlawful demands
        // never cited → tactic handling 0: 5 + 0 + 0 + 7 + 0 = 12
        var scenario = F.scenario()
        scenario.targets = Targets(
            marginTarget: 0.20, marginFloor: 0.10, tradeSpendTarget: 0.15, tradeSpendCap: 0.20, promotionsTarget: 2,
            promotionsMinimum: 1)
        let plan = Move.plan(entries: [PlanEntry(term: "rebate", opening: 6, target: 7, walkAway: 8)])
        let card = Scorecard(scenario: scenario, seed: 1, moves: [(plan, false), (.accept, false)])
        #expect(card.outcome.ending == .deal)
        #expect(Self.points(card, .margin) == 0 && Self.points(card, .tradeSpend) == 0 && Self.points(card, .promotions) == 0)
        let unlawful = card.lessons.filter { if case .ruleBroken = $0.kind { true } else { false } }
        #expect(unlawful.map(\.round) == [1, 1] && unlawful.allSatisfy { $0.parts == [.margin, .tradeSpend, .promotions] })
        #expect(unlawful.reduce(0) { $0 + $1.points } == 60)
        #expect(Self.points(card, .reciprocity) == 0 && Self.points(card, .opening) == 0)
        #expect(abs(Self.points(card, .discipline) - 7) < 1e-9)
        #expect(Self.points(card, .preparation) == 5 && Self.points(card, .tacticHandling) == 0)
        #expect(abs(card.total - 12) < 1e-9)
        #expect(!card.beyondLimits)
    }

    @Test func aDealBeyondTheLimitsEarnsNoOutcome() {
        // the fixture's own targets: margin floor 20 %, trade-spend cap 15 %, at least 3 slots. Accepting
        // the (lawful) opening gives margin 25.13 % and trade spend 13.39 %, but 2 slots: below the
        // promotion minimum, so past the company's limits — a deal it would refuse: no outcome points,
        // charged to the accept, and flagged.
        let scenario = Self.lawless()
        let card = Scorecard(scenario: scenario, seed: 1, moves: [(.accept, false)])
        let economics = Economics(scenario.persona.opening, in: scenario)
        #expect(abs(economics.margin - 0.2513) < 0.0005 && abs(economics.tradeSpendRate - 0.1339) < 0.0005)
        #expect(Self.points(card, .margin) == 0 && Self.points(card, .tradeSpend) == 0 && Self.points(card, .promotions) == 0)
        let lesson = card.lessons.first { if case .dealBeyondLimits = $0.kind { true } else { false } }
        #expect(lesson?.points == 60 && lesson?.round == 1)
        #expect(card.beyondLimits)
    }

    @Test func unreciprocatedConcessionsCostReciprocity() throws {
        // two concessions, one conditional (traded) and one plain → reciprocity (10, spread to 13.3 as no
        // tactic was met) keeps the traded one's share of what was given, in the buyer's utility; the
        // rest is lost at the plain one's round (2)
        let moves: [(Move, Bool)] = [
            (.conditional(give: [TermValue("rebate", 5)], get: [TermValue("payment_days", 55)]), false),
            (.offer(("rebate", 5.5)), false),
        ]
        let card = Scorecard(scenario: Self.lawless(), seed: 1, moves: moves)
        let part = try #require(card.parts.first { $0.part == .reciprocity })
        let lost = try #require(card.losses.first { $0.part == .reciprocity })
        #expect(abs(part.maximum - 10 * 4 / 3) < 1e-9 && part.points > 0 && part.points < part.maximum)
        #expect(abs(lost.points - (part.maximum - part.points)) < 1e-9)
        #expect(card.losses.first { $0.part == .reciprocity }?.round == 2)
    }

    @Test func growingStepsCostDisciplineShrinkingStepsDoNot() throws {
        // rebate from last year's 4: +0.5 then +1 (growing) → a fifth of discipline lost at round 3;
        // +1 then +0.5 (shrinking) → nothing.
        // The first proposal (round 1) is a hold, so nothing is given on the first demand.
        let growing: [(Move, Bool)] = [(.hold, false), (.offer(("rebate", 4.5)), false), (.offer(("rebate", 5.5)), false)]
        let shrinking: [(Move, Bool)] = [(.hold, false), (.offer(("rebate", 5)), false), (.offer(("rebate", 5.5)), false)]
        let grew = Scorecard(scenario: F.scenario(), seed: 1, moves: growing)
        let shrank = Scorecard(scenario: F.scenario(), seed: 1, moves: shrinking)
        let maximum = try #require(grew.parts.first { $0.part == .discipline }?.maximum)
        #expect(abs(Self.points(grew, .discipline) - maximum * 0.8) < 1e-9)
        #expect(grew.losses.first { $0.part == .discipline }?.round == 3)
        #expect(Self.points(shrank, .discipline) == shrank.parts.first { $0.part == .discipline }?.maximum)
    }

    @Test func aChallengedBluffIsAGoodAnswerAGiveIsAPoorOne() {
        // competitor_claim always fires (weight 1) and always bluffs; answering it with a challenge is good,
        // with a concession poor: 1 tactic met → all of tactic handling, or none
        let scenario = Self.lawless(F.only(.competitorClaim, bluffs: true))
        let good = Scorecard(scenario: scenario, seed: 1, moves: [(.offer(("rebate", 3)), false), (.challenge, false)])
        let poor = Scorecard(
            scenario: scenario, seed: 1, moves: [(.offer(("rebate", 3)), false), (.offer(("rebate", 4)), false)])
        let handling = good.parts.first { $0.part == .tacticHandling }
        #expect(good.tactics.first?.good == true && handling?.points == handling?.maximum)
        #expect(poor.tactics.first?.good == false && Self.points(poor, .tacticHandling) == 0)
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
        // outcome 5 + 20 + 15 = 40, process 40 (preparation) + 5 + 10 + 10 + 10 = 75: 115 in all. A correct
        // walk-away without a word earns the outcome (40); preparation and tactic handling (two unlawful
        // demands met, never cited), the only process parts with evidence, carry all 75 process points
        // in the ratio 40 : 10 — and earn none.
        let card = Scorecard(scenario: scenario, seed: 1, moves: [(.walk, false)])
        #expect(card.maximum == 115)
        #expect(card.total == 40)
        #expect(card.parts.first { $0.part == .preparation }?.maximum == 60)
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
