@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// Issue 9 part 5: the trainee's craft moves where the buyer ends, not only when. The same total
/// concession, in tapering or in growing steps, on the default scenario over 40 seeds each.
@Suite struct CraftTests {
    /// One scripted trainee: an opening, concessions spread over the second half (by default one
    /// every third round from round 5, holds between), then the buyer's last package is signed; a
    /// nibble is refused. With `discipline`, it also challenges every claim, cites every unlawful
    /// demand, and answers a last package beyond its limits with a final offer.
    static func play(
        _ scenario: Scenario, seed: UInt64, opening: [TermValue], steps: [[TermValue]], discipline: Bool = false,
        firstStep: Int = 5, every: Int = 3
    ) -> (outcome: Outcome?, events: [Event]) {
        var driver = Driver(scenario, seed: seed)
        driver.play(.offer(terms: opening))
        var remaining = steps[...]
        while !driver.state.isOver {
            let view = TraineeView(driver.state)
            if view.nibbleExtra != nil {
                driver.play(.hold)
            } else if let package = view.lastPackage {
                // Disciplined: the buyer's bottom line is signed when it is within the company's
                // limits, else the standing offer goes back as a final offer.
                driver.play(!discipline || view.acceptable(package) ? .accept : .final(terms: []))
            } else if discipline, view.openClaim != nil {
                driver.play(.challenge)
            } else if discipline, let term = view.unlawfulDemand {
                driver.play(.cite(term: term))
            } else if driver.state.round >= firstStep, (driver.state.round - firstStep) % every == 0,
                let step = remaining.popFirst()
            {
                driver.play(.offer(terms: step))
            } else {
                driver.play(.hold)
            }
        }
        return (driver.state.outcome, driver.events)
    }

    static let opening = [
        TermValue("rebate", 10), TermValue("listing_fee", 2000), TermValue("barcode_fee", 300), TermValue("dm_slots", 8),
        TermValue("dm_fee", 2300), TermValue("endcap_months", 4), TermValue("endcap_fee", 60000),
        TermValue("anniversary_fee", 0), TermValue("payment_days", 60),
    ]

    /// Four concessions, in buyer utility 0.015, 0.0075, 0.002 and 0.00075 (rebate +1 and +0.5
    /// points, listing fee +500 per store, end-cap fee +5,000 a month), and the same four reversed.
    static let tapering: [[TermValue]] = [
        [TermValue("rebate", 11)], [TermValue("rebate", 11.5)], [TermValue("listing_fee", 2500)],
        [TermValue("endcap_fee", 65000)],
    ]
    static let growing: [[TermValue]] = [
        [TermValue("endcap_fee", 65000)], [TermValue("listing_fee", 2500)], [TermValue("rebate", 10.5)],
        [TermValue("rebate", 11.5)],
    ]

    struct Summary {
        var deals = 0
        var margin = 0.0
    }

    static func summary(_ steps: [[TermValue]]) throws -> Summary {
        let scenario = try ShippedScenarioTests.load("carrefour-annual")
        let model = EconomicsModel(scenario)
        var summary = Summary()
        for seed in UInt64(1)...40 {
            guard let package = play(scenario, seed: seed, opening: opening, steps: steps).outcome?.package else { continue }
            summary.deals += 1
            summary.margin += model.economics(package).margin
        }
        summary.margin /= Double(max(1, summary.deals))
        return summary
    }

    @Test func taperingConcessionsEndInABetterDealThanGrowingOnes() throws {
        let tapering = try Self.summary(Self.tapering)
        let growing = try Self.summary(Self.growing)
        print("tapering: \(tapering.deals)/40 deals, mean margin \(tapering.margin)")
        print("growing: \(growing.deals)/40 deals, mean margin \(growing.margin)")
        #expect(tapering.deals >= 30)
        #expect(growing.deals >= 30)
        #expect(tapering.margin > growing.margin + 0.002)
    }

    /// A disciplined script per shipped scenario with a ZOPA: a credible opening near last year's terms,
    /// small concessions that taper (two rounds apart from round 6), then the rest of `play`'s discipline.
    static let disciplined: [(scenario: String, opening: [TermValue], steps: [[TermValue]])] = [
        (
            "carrefour-annual",
            [
                TermValue("rebate", 10), TermValue("listing_fee", 2000), TermValue("barcode_fee", 300),
                TermValue("dm_slots", 9), TermValue("dm_fee", 2300), TermValue("endcap_months", 4),
                TermValue("endcap_fee", 60000), TermValue("anniversary_fee", 0), TermValue("payment_days", 60),
            ],
            [
                [TermValue("rebate", 11)], [TermValue("rebate", 11.5)], [TermValue("listing_fee", 2500)],
                [TermValue("endcap_fee", 65000)], [TermValue("dm_fee", 2400)], [TermValue("rebate", 12)],
            ]
        ),
        (
            "walmart-edlp",
            [
                TermValue("invoice_discount", 3), TermValue("dc_fee", 3), TermValue("growth_rebate", 1),
                TermValue("payment_days", 60), TermValue("rollback_events", 4),
            ],
            [
                [TermValue("invoice_discount", 4)], [TermValue("invoice_discount", 4.5)], [TermValue("growth_rebate", 1.5)],
                [TermValue("dc_fee", 3.5)], [TermValue("invoice_discount", 5)],
            ]
        ),
        (
            "suning-appliance",
            [
                TermValue("koudian", 16), TermValue("promoter_fee", 12000), TermValue("promo_slots", 6),
                TermValue("promo_fee", 200000), TermValue("payment_days", 60), TermValue("new_store_fee", 0),
            ],
            [
                [TermValue("koudian", 17)], [TermValue("koudian", 17.5)], [TermValue("promo_fee", 220000)],
                [TermValue("promoter_fee", 13000)],
            ]
        ),
        (
            "tutorial",
            [TermValue("rebate", 3), TermValue("payment_days", 30), TermValue("dm_slots", 5)],
            [
                [TermValue("rebate", 3.5)], [TermValue("payment_days", 40)], [TermValue("rebate", 4)],
                [TermValue("payment_days", 45)],
            ]
        ),
    ]

    /// Issue 9 part 4: targets are reachable. The disciplined trainee — a credible opening, small
    /// tapering concessions to the end, every claim challenged and every unlawful demand cited —
    /// reaches the target margin in at least half of its deals on every shipped scenario with a ZOPA,
    /// and never signs below the floor.
    @Test(arguments: disciplined.indices)
    func aDisciplinedTraineeReachesTheTargetMargin(_ which: Int) throws {
        let script = Self.disciplined[which]
        let scenario = try ShippedScenarioTests.load(script.scenario)
        let model = EconomicsModel(scenario)
        var margins: [Double] = []
        for seed in UInt64(1)...12 {
            let (outcome, _) = Self.play(
                scenario, seed: seed, opening: script.opening, steps: script.steps, discipline: true, firstStep: 6, every: 2)
            if let package = outcome?.package { margins.append(model.economics(package).margin) }
        }
        let atTarget = margins.filter { $0 >= scenario.targets.marginTarget - 1e-9 }
        print(
            "\(script.scenario) disciplined: \(margins.count)/12 deals, \(atTarget.count) at the target margin \(scenario.targets.marginTarget), margins \(margins.map { ($0 * 1000).rounded() / 10 })"
        )
        #expect(margins.count >= 6)
        #expect(atTarget.count * 2 >= margins.count)
        #expect(margins.allSatisfy { $0 >= scenario.targets.marginFloor - 1e-9 })
    }

    /// The first proposal anchors (Galinsky & Mussweiler 2001): credible (below the buyer's
    /// reservation, above half of it) it softens the buyer's reading; an insult flinches and hardens
    /// it, whatever the playbook; an opening at or past the reservation shows there is more to get.
    @Test func theFirstProposalAnchorsTheBuyer() {
        let scenario = EngineFixture.scenario()
        func first(_ move: Move) -> Driver {
            var driver = Driver(scenario)
            driver.play(move)
            return driver
        }
        let credible = first(.offer(("rebate", 4), ("listing_fee", 5_000), ("dm_fee", 2_000), ("payment_days", 60)))
        let insulting = first(.offer(("rebate", 0), ("listing_fee", 0), ("dm_fee", 0), ("payment_days", 30)))
        let generous = first(.offer(("rebate", 6), ("listing_fee", 8_000), ("dm_fee", 3_000), ("payment_days", 60)))
        let utility = credible.utility
        #expect(utility.utility(of: credible.state.offer) < utility.reservation)
        #expect(utility.utility(of: generous.state.offer) >= utility.reservation)
        #expect(credible.state.lean > 0 && insulting.state.lean < 0 && generous.state.lean < 0)
        #expect(insulting.state.lean < generous.state.lean)
        // the insult draws a flinch though this buyer's playbook is empty
        #expect(insulting.tactics.map(\.tactic) == [.firstOfferFlinch])
        #expect(credible.tactics.isEmpty)
        // and it leaves the buyer's end point higher
        let policy = credible.state.context.policy
        #expect(
            policy.aspiration(round: policy.patience, lean: insulting.state.lean)
                > policy.aspiration(round: policy.patience, lean: credible.state.lean))
    }
}
