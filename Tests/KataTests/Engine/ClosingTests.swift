@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// How a session closes (DESIGN §6): an announced deal survives the clock, the buyer's last package
/// at its deadline, the trainee's ultimatum, and citing a rule.
@Suite struct ClosingTests {
    typealias F = EngineFixture

    static func opening(_ scenario: Scenario) -> Move {
        .offer(terms: scenario.terms.indices.map { TermValue(scenario.terms[$0].id, scenario.persona.opening[$0]) })
    }

    static func has(_ events: [Event], _ match: (EventKind) -> Bool) -> Bool { events.contains { match($0.kind) } }

    @Test("a deal the buyer accepts in its last round, then nibbles, still ends in a deal", arguments: UInt64(1)...6)
    func aNibbleAtTheDeadlineKeepsTheDeal(seed: UInt64) {
        let scenario = F.only(.finalNibble)
        var driver = Driver(scenario, seed: seed)
        driver.play(.offer(("rebate", 0)))
        while driver.state.round < driver.state.walkRound - 1 { driver.play(.hold) }
        let last = driver.play(Self.opening(scenario))
        #expect(Self.has(last) { if case .accepted = $0 { true } else { false } })
        #expect(Self.has(last) { if case .tactic(let use) = $0 { use.tactic == .finalNibble } else { false } })
        #expect(!Self.has(last) { if case .walkedOut = $0 { true } else { false } }, "the buyer announced the deal: no walk-out")
        driver.play(.hold)
        #expect(driver.state.outcome?.ending == .deal)
    }

    @Test("a trainee who traded up to the deadline hears the last package and can accept it", arguments: UInt64(1)...6)
    func theLastPackageCanBeAccepted(seed: UInt64) throws {
        var driver = Driver(F.scenario(patience: 6), seed: seed)
        var rebate = 0.0
        driver.play(.offer(("rebate", rebate)))
        while !driver.state.isOver, case .negotiating = driver.state.phase {
            rebate += 0.5
            driver.play(.conditional(give: [TermValue("rebate", rebate)], get: [TermValue("dm_slots", 6)]))
        }
        guard case .lastPackage(let package) = driver.state.phase else {
            Issue.record("no last package: \(driver.state.phase)")
            return
        }
        #expect(driver.state.round == driver.state.walkRound)
        #expect(driver.utility.acceptable(package), "the last package is at the buyer's reservation or better for it")
        driver.play(.accept)
        #expect(driver.state.outcome == Outcome(ending: .deal, package: package, rounds: driver.state.walkRound + 1))
    }

    @Test("after the last package, anything but an answer that meets it ends the meeting")
    func theLastPackageGetsOneAnswer() {
        var driver = Driver(F.scenario(patience: 6), seed: 2)
        var rebate = 0.0
        driver.play(.offer(("rebate", rebate)))
        while case .negotiating = driver.state.phase, !driver.state.isOver {
            rebate += 0.5
            driver.play(.offer(("rebate", rebate)))
        }
        driver.play(.hold)
        #expect(driver.state.outcome?.ending == .buyerWalked)
    }

    /// Holds until the round before the buyer's last call, so the next move is made at it.
    static func holdToTheLastCall(_ driver: inout Driver) {
        while driver.state.round < driver.state.walkRound - 2 { driver.play(.hold) }
    }

    @Test("at the buyer's last call a final offer at or above its reservation is signed; below it, the meeting ends on it")
    func anUltimatum() {
        let scenario = F.scenario()
        let reservation = scenario.terms.indices.map { TermValue(scenario.terms[$0].id, scenario.persona.reservation[$0]) }
        var good = Driver(scenario)
        good.play(.offer(("rebate", 2)))
        Self.holdToTheLastCall(&good)
        good.play(.final(terms: reservation))
        #expect(good.state.outcome?.ending == .deal)
        #expect(good.state.outcome?.package == scenario.persona.reservation)

        var poor = Driver(scenario)
        var short = scenario.persona.reservation
        short[F.rebate] -= 1
        poor.play(.offer(terms: scenario.terms.indices.map { TermValue(scenario.terms[$0].id, short[$0]) }))
        Self.holdToTheLastCall(&poor)
        poor.play(.final(terms: []))
        #expect(poor.state.outcome?.ending == .finalRefused)
    }

    @Test("a first-round final offer is a bluff to test: countered, and signed when repeated at the last call")
    func aFirstRoundUltimatumIsTested() {
        let scenario = F.scenario()
        let reservation = scenario.terms.indices.map { TermValue(scenario.terms[$0].id, scenario.persona.reservation[$0]) }
        var driver = Driver(scenario)
        let first = driver.play(.final(terms: reservation))
        #expect(!driver.state.isOver, "a buyer with patience left does not sign a first-round ultimatum short of its ask")
        #expect(
            Self.has(first) { if case .demand(_, let speech) = $0 { speech.key == .reply(.finalDisbelieved) } else { false } })
        Self.holdToTheLastCall(&driver)
        driver.play(.final(terms: []))
        #expect(driver.state.outcome?.ending == .deal)
        #expect(driver.state.outcome?.package == scenario.persona.reservation)
    }

    @Test("an early ultimatum from a soft trainee is not believed; giving ground after it spends the next one")
    func aBrokenUltimatumLosesCredibility() {
        let scenario = F.scenario(patience: 16)
        var driver = Driver(scenario)
        // an insulting opening: the buyer reads the trainee as soft
        driver.play(.offer(("rebate", 0), ("listing_fee", 0), ("dm_fee", 0), ("payment_days", 30)))
        #expect(driver.state.lean < 0)
        let disbelieved = driver.play(.final(terms: []))
        #expect(!driver.state.isOver, "a disbelieved ultimatum is answered as a hold")
        #expect(
            Self.has(disbelieved) {
                if case .demand(_, let speech) = $0 { speech.key == .reply(.finalDisbelieved) } else { false }
            })
        #expect(!driver.state.finalBroken)
        // giving ground after it spends the trainee's credibility
        driver.play(.offer(("rebate", 3)))
        #expect(driver.state.finalBroken)
        let doubted = driver.play(.final(terms: []))
        #expect(!driver.state.isOver)
        #expect(Self.has(doubted) { if case .demand(_, let speech) = $0 { speech.key == .reply(.finalDoubted) } else { false } })
    }

    @Test("citing the rule a demand breaks drops it to the lawful value and keeps it there")
    func citingARule() {
        let scenario = F.scenario(tactics: [TacticSetting(id: .renamedFee, weight: 1)])
        var driver = Driver(scenario)
        #expect(driver.state.demand[F.anniversary] == 100_000)
        let events = driver.play(.cite(term: "anniversary_fee"))
        #expect(driver.state.demand[F.anniversary] == 0)
        #expect(Self.has(events) { if case .cited("anniversary_fee", 100_000, 0, _) = $0 { true } else { false } })
        for use in driver.tactics { if case .renamed(_, let term, _, _, _) = use.effect { #expect(term != "anniversary_fee") } }
        for _ in 0..<6 where !driver.state.isOver { driver.play(.hold) }
        #expect(driver.state.demand[F.anniversary] == 0, "a cited fee is not asked again")

        var days = Driver(scenario)
        days.play(.cite(term: "payment_days"))
        #expect(days.state.demand[F.days] == 60)
        // a lawful demand cannot be cited: refused, no round spent
        let refused = days.play(.cite(term: "payment_days"))
        #expect(refused.map(\.kind) == [.rejected(move: .cite(term: "payment_days"), reason: .nothingToCite("payment_days"))])
        #expect(days.state.round == 1)
    }

    /// `agree` never signs a term at a value that breaks its rule: the trainee is told to cite it.
    @Test func agreeingToAnUnlawfulDemandIsRefused() {
        let scenario = EngineFixture.scenario()
        var driver = Driver(scenario)
        #expect(driver.state.demand[F.days] > 60)
        let refused = driver.play(.agree(term: "payment_days"))
        #expect(
            refused.map(\.kind) == [.rejected(move: .agree(term: "payment_days"), reason: .unlawfulAgreement("payment_days"))])
        #expect(!driver.state.agreed[F.days])
        driver.play(.cite(term: "payment_days"))
        driver.play(.agree(term: "payment_days"))
        #expect(driver.state.agreed[F.days] && driver.state.offer[F.days] == 60)
    }
}
