@testable import KataEngine
@testable import KataPersona
@testable import KataTerms
import Testing

@Suite struct ConcessionTests {
    @Test(arguments: [ConcessionCurve.boulware, .linear, .conceder])
    func aspirationFallsMonotonicallyToItsEndPoint(curve: ConcessionCurve) {
        let scenario = EngineFixture.scenario(curve: curve, exponent: curve == .conceder ? 3 : 0.3, patience: 12)
        let policy = BuyerPolicy(scenario)
        let values = (0...12).map { policy.aspiration(round: $0, lean: 0) }
        #expect(values.first == policy.utility.opening)
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 - 1e-12 })
        // a neutral reading ends half way along the end spread; a trainee at its limit brings it to the
        // reservation; one read as weak leaves it the whole spread above
        let gap = policy.utility.opening - policy.utility.reservation
        #expect(abs((values.last ?? 0) - policy.utility.reservation - gap * BuyerPolicy.endSpread / 2) < 1e-12)
        #expect(abs(policy.aspiration(round: 12, lean: 0.3) - policy.utility.reservation) < 1e-12)
        #expect(abs(policy.aspiration(round: 12, lean: -0.3) - policy.utility.reservation - gap * BuyerPolicy.endSpread) < 1e-12)
        // boulware holds then gives late; conceder gives early
        let half = policy.conceded(round: 6)
        switch curve {
        case .boulware: #expect(half < 0.5)
        case .linear: #expect(abs(half - 0.5) < 1e-12)
        case .conceder: #expect(half > 0.5)
        }
        // whatever the lean, never below the reservation nor above the opening
        for lean in [-0.3, 0.3] {
            for round in 0...14 {
                let value = policy.aspiration(round: round, lean: lean)
                #expect(value >= policy.utility.reservation - 1e-12 && value <= policy.utility.opening + 1e-12)
            }
        }
    }

    @Test func countersFallMonotonicallyAndReachTheEndPointByTheLastRound() {
        let scenario = EngineFixture.scenario(patience: 10)
        var driver = Driver(scenario)
        driver.play(.offer(("rebate", 0), ("listing_fee", 0), ("dm_fee", 0), ("payment_days", 30)))
        while !driver.state.isOver { driver.play(.hold) }
        let utility = driver.utility
        let values = driver.demands.map(utility.utility(of:))
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 - 1e-9 }, "\(values)")
        // the last counter sits at the end point the buyer's reading of the trainee left it, within one
        // grid step of one term (the rounding)
        let last = values.last ?? 0
        let final = driver.demands.last ?? scenario.persona.reservation
        let step = scenario.terms.indices.map { abs(utility.slope(ofTerm: $0, in: final)) * scenario.terms[$0].step }.max() ?? 0
        let end = driver.state.context.policy.aspiration(round: 10, lean: driver.state.lean)
        #expect(last >= end - 1e-9)
        #expect(last - end <= step + 1e-9)
    }

    @Test func theCounterGivesOnWhatTheBuyerWeighsLittle() {
        let scenario = EngineFixture.scenario()
        let policy = BuyerPolicy(scenario)
        let offer = Package([0, 0, 6, 0, 0, 30])
        let counter = policy.counter(
            to: offer, aspiration: 0.3, locked: Array(repeating: false, count: 6), ceiling: scenario.persona.opening)
        #expect(policy.utility.utility(of: counter) >= 0.3 - 1e-9)
        // moves in shares of the ranges: rebate (weight 0.4) moves furthest, the anniversary fee (0.1) least
        let share = { (index: Int) in
            abs(counter[index] - offer[index]) / (scenario.terms[index].high - scenario.terms[index].low)
        }
        #expect(share(EngineFixture.rebate) > share(EngineFixture.listing))
        #expect(share(EngineFixture.listing) > share(EngineFixture.anniversary))
        #expect(share(EngineFixture.dmSlots) < share(EngineFixture.rebate))
    }

    @Test func theBuyerNeverAcceptsTheFirstOfferNorBelowItsReservation() {
        let scenario = EngineFixture.scenario()
        for seed in UInt64(1)...40 {
            var driver = Driver(scenario, seed: seed)
            var generator = SeededGenerator(seed: seed &* 31)
            var proposals = 0
            while !driver.state.isOver {
                let rebate = Double(generator.nextIndex(21)) * 0.5
                let days = 30 + Double(generator.nextIndex(13)) * 5
                let move: Move = generator.nextIndex(4) == 0 ? .hold : .offer(("rebate", rebate), ("payment_days", days))
                if move.isProposal { proposals += 1 }
                let events = driver.play(move)
                for event in events {
                    if case .accepted(let package, _) = event.kind {
                        #expect(driver.utility.utility(of: package) >= driver.utility.reservation - 1e-9)
                        #expect(!(proposals == 1 && move.isProposal), "accepted the very first offer (seed \(seed))")
                    }
                }
            }
        }
        // the generous first offer: everything the buyer opened with, as the very first proposal
        var driver = Driver(scenario)
        let opening = scenario.persona.opening
        driver.play(.offer(terms: scenario.terms.indices.map { TermValue(scenario.terms[$0].id, opening[$0]) }))
        #expect(!driver.last.contains { if case .accepted = $0.kind { true } else { false } })
        #expect(!driver.state.isOver)
    }

    /// Tey et al. 2021: tapering steps signal a limit. The same total concession, in shrinking steps,
    /// meets a less demanding buyer than in growing steps.
    @Test func taperingStepsMeetALessDemandingBuyerThanGrowingSteps() {
        let scenario = EngineFixture.scenario(patience: 16, rebateStep: 0.1, reservationRebate: 9)
        func demandAfter(_ steps: [Double]) -> Double {
            var driver = Driver(scenario, seed: 5)
            var rebate = 0.0
            driver.play(.offer(("rebate", rebate)))
            for step in steps {
                rebate = ((rebate + step) * 10).rounded() / 10
                driver.play(.offer(("rebate", rebate)))
            }
            #expect(!driver.state.isOver)
            return driver.utility.utility(of: driver.state.demand)
        }
        let tapering = demandAfter([1.5, 0.7, 0.3, 0.1])
        let growing = demandAfter([0.1, 0.3, 0.7, 1.5])
        #expect(tapering < growing)
    }

    @Test func quickUnconditionalGivesMakeTheBuyerHoldOut() {
        let scenario = EngineFixture.scenario(patience: 16)
        var conditional = Driver(scenario, seed: 3)
        var unconditional = Driver(scenario, seed: 3)
        conditional.play(.offer(("rebate", 2)))
        unconditional.play(.offer(("rebate", 2)))
        conditional.play(.conditional(give: [TermValue("rebate", 3)], get: [TermValue("dm_slots", 4)]))
        unconditional.play(.offer(("rebate", 3), ("dm_slots", 4)))
        #expect(conditional.state.lean > unconditional.state.lean)
    }
}
