import Foundation
@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
import Testing

@Suite struct SessionTests {
    static let moves: [Move] = [
        .plan(entries: [PlanEntry(term: "rebate", opening: 3, target: 4.5, walkAway: 6)]),
        .ask(question: .priorities),
        .offer(("rebate", 3), ("dm_slots", 8)),
        .hold,
        .conditional(give: [TermValue("rebate", 4)], get: [TermValue("dm_slots", 7)]),
        .meso(options: [[TermValue("rebate", 4.5)], [TermValue("listing_fee", 8_000)]]),
        .agree(term: "payment_days"),
        .hold, .hold, .escalate, .hold, .hold, .hold, .hold, .hold,
    ]

    static func play(_ scenario: Scenario, seed: UInt64) -> [Event] {
        var driver = Driver(scenario, seed: seed)
        for move in moves where !driver.state.isOver { driver.play(move) }
        return driver.events
    }

    @Test func sameSeedAndMovesGiveTheSameEvents() throws {
        let scenario = try ShippedScenarioTests.load("carrefour-annual")
        let first = Self.play(scenario, seed: 42)
        let second = Self.play(scenario, seed: 42)
        #expect(first == second)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(first) == encoder.encode(second))
    }

    @Test func differentSeedsDiffer() throws {
        let scenario = try ShippedScenarioTests.load("carrefour-annual")
        let runs = (1...5).map { Self.play(scenario, seed: UInt64($0)) }
        #expect(Set(runs.map { "\($0)" }).count > 1)
    }

    @Test func theGeneratorIsXoshiro256StarStarSeededBySplitMix64() {
        // SplitMix64 from 0: its first output is the published 0xE220A8397B1DCDAF.
        var mixer = SplitMix64(state: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
        var generator = SeededGenerator(seed: 0)
        let first = generator.next()
        var again = SeededGenerator(seed: 0)
        #expect(again.next() == first)
        #expect((0..<1000).allSatisfy { _ in (0..<1).contains(generator.nextUnit()) })
    }

    @Test func theBuyerOpensWithItsOpeningDemand() {
        let scenario = EngineFixture.scenario()
        let (state, events) = Session.start(scenario, seed: 1)
        #expect(state.demand == scenario.persona.opening)
        guard case .demand(let package, let speech) = events.last?.kind else {
            Issue.record("no opening demand")
            return
        }
        #expect(package == scenario.persona.opening)
        #expect(speech.key == .reply(.greet))
        #expect(!BuyerLines.text(speech, scenario: scenario, language: .zh).isEmpty)
    }

    @Test(arguments: [
        (Move.offer(("rebat", 5)), Rejection.unknownTerm("rebat")),
        (
            Move.offer(("rebate", 5.3)),
            Rejection.invalidValue(term: "rebate", problem: .offStep(value: 5.3, step: 0.5, below: 5))
        ),
        (Move.offer(("rebate", 11)), Rejection.invalidValue(term: "rebate", problem: .outsideRange(value: 11, low: 0, high: 10))),
        (Move.offer(("rebate", 5), ("rebate", 6)), Rejection.termTwice("rebate")),
        (Move.offer(terms: []), Rejection.emptyOffer),
        (Move.challenge, Rejection.nothingToChallenge),
        (Move.meso(options: [[TermValue("rebate", 5)]]), Rejection.mesoNeedsTwoOptions),
        (Move.agree(term: "nothing"), Rejection.unknownTerm("nothing")),
    ])
    func invalidMovesAreRefusedAndCostNoRound(move: Move, reason: Rejection) {
        var driver = Driver(EngineFixture.scenario())
        let before = driver.state.round
        let events = driver.play(move)
        #expect(events.count == 1)
        #expect(events.first?.kind == .rejected(move: move, reason: reason))
        #expect(driver.state.round == before)
        #expect(!reason.message(.en).isEmpty && !reason.message(.zh).isEmpty)
    }

    @Test func anAgreedTermIsLockedAndOffersOnItAreRefused() {
        var driver = Driver(EngineFixture.scenario())
        driver.play(.agree(term: "rebate"))
        let agreed = driver.state.demand[EngineFixture.rebate]
        #expect(driver.state.agreed[EngineFixture.rebate])
        #expect(driver.state.offer[EngineFixture.rebate] == agreed)
        #expect(
            driver.play(.offer(("rebate", 3))).first?.kind
                == .rejected(move: .offer(("rebate", 3)), reason: .alreadyAgreed("rebate")))
        #expect(
            driver.play(.agree(term: "rebate")).first?.kind
                == .rejected(move: .agree(term: "rebate"), reason: .alreadyAgreed("rebate")))
        // later counters keep it where it was agreed
        driver.play(.offer(("listing_fee", 3000)))
        driver.play(.hold)
        #expect(driver.state.demand[EngineFixture.rebate] == agreed)
    }

    @Test func thePlanIsRecordedBeforeTheFirstRoundOnly() {
        var driver = Driver(EngineFixture.scenario())
        let plan = Move.plan(entries: [PlanEntry(term: "rebate", opening: 3, target: 4, walkAway: 5)])
        #expect(
            driver.play(plan).first?.kind == .planned(entries: [PlanEntry(term: "rebate", opening: 3, target: 4, walkAway: 5)]))
        #expect(driver.state.round == 0)
        driver.play(.hold)
        #expect(driver.play(plan).first?.kind == .rejected(move: plan, reason: .planTooLate))
    }

    @Test func acceptingTakesTheBuyersDemandAsTheDeal() {
        var driver = Driver(EngineFixture.scenario())
        driver.play(.accept)
        #expect(driver.state.outcome == Outcome(ending: .deal, package: EngineFixture.scenario().persona.opening, rounds: 1))
        #expect(driver.play(.hold).first?.kind == .rejected(move: .hold, reason: .sessionOver))
    }

    @Test func walkingEndsWithoutADeal() {
        var driver = Driver(EngineFixture.scenario())
        driver.play(.walk)
        #expect(driver.state.outcome == Outcome(ending: .traineeWalked, package: nil, rounds: 1))
    }

    /// A trainee who never moved after its opening is warned one round before the buyer's (jittered)
    /// patience runs out, then walked out on without a last package.
    @Test(arguments: UInt64(1)...6)
    func theBuyerWarnsOneRoundBeforeItWalksOut(seed: UInt64) {
        var driver = Driver(EngineFixture.scenario(patience: 6), seed: seed)
        let walkRound = driver.state.walkRound
        #expect((5...7).contains(walkRound))
        driver.play(.offer(("rebate", 0)))
        var warnedAt: Int?
        while !driver.state.isOver {
            let events = driver.play(.hold)
            if events.contains(where: { if case .lastChance = $0.kind { true } else { false } }) { warnedAt = driver.state.round }
        }
        #expect(warnedAt == walkRound - 1)
        #expect(driver.state.outcome?.ending == .buyerWalked)
        #expect(driver.state.outcome?.rounds == walkRound)
        #expect(driver.events.contains { if case .walkedOut = $0.kind { true } else { false } })
        #expect(!driver.events.contains { if case .lastPackage = $0.kind { true } else { false } })
    }

    @Test func probingRevealsTrueButPartialPriorities() {
        var driver = Driver(EngineFixture.scenario())
        let events = driver.play(.ask(question: .priorities))
        guard case .revealed(let terms, _)? = events.last?.kind else {
            Issue.record("no answer")
            return
        }
        // openness 0.4 × 6 terms ≈ 2 terms per probe, heaviest first: rebate (0.4), then the 0.15s in term order
        #expect(terms == ["rebate", "listing_fee"])
        let more = driver.play(.ask(question: .priorities))
        guard case .revealed(let next, _)? = more.last?.kind else {
            Issue.record("no second answer")
            return
        }
        #expect(next == ["rebate", "listing_fee", "dm_fee", "payment_days"])
    }

    @Test func aClosedPersonaRevealsLess() {
        var scenario = EngineFixture.scenario()
        scenario.persona.openness = 0
        var driver = Driver(scenario)
        guard case .revealed(let terms, _)? = driver.play(.ask(question: .priorities)).last?.kind else {
            Issue.record("no answer")
            return
        }
        #expect(terms == ["rebate"])
    }

    @Test func mesoLetsTheBuyerPickWhatItValuesMost() {
        var driver = Driver(EngineFixture.scenario())
        // rebate +1 point is worth 0.4 × 1/10 = 0.04 to the buyer; listing +2,000 is 0.15 × 2,000/20,000 = 0.015
        let events = driver.play(.meso(options: [[TermValue("listing_fee", 7_000)], [TermValue("rebate", 5)]]))
        let picked = events.compactMap { if case .picked(let option, _) = $0.kind { option } else { nil } }
        #expect(picked == [1])
        #expect(driver.state.offer[EngineFixture.rebate] == 5)
        #expect(driver.state.offer[EngineFixture.listing] == 5_000)
    }

    @Test func theTraineesGiveIsMeasuredInBuyerUtility() {
        var driver = Driver(EngineFixture.scenario())
        // last year's rebate is 4; offering 5 gives 0.4 × 1/10 = 0.04
        let events = driver.play(.offer(("rebate", 5)))
        guard case .moved(_, let gave, _)? = events.first?.kind else {
            Issue.record("no move event")
            return
        }
        #expect(abs(gave - 0.04) < 1e-12)
    }
}
