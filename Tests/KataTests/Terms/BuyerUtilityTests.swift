@testable import KataPersona
import Testing

@Suite struct BuyerUtilityTests {
    typealias F = EconomicsFixture

    @Test func openingAndReservationByHand() {
        // weights: discount .1, rebate .3, anniversary .05, listing .1, barcode .05, dm_slots .05 (better low),
        // dm_fee .1, endcaps .05 (better low), endcap_fee .1, days .1
        // opening: discount 5/10 → .05; rebate 8/10 → .24; anniversary 100k/200k → .025; listing 15k/20k → .075;
        //   barcode 1.5k/2k → .0375; dm_slots (12−2)/12 → .041667; dm_fee 4k/5k → .08; endcaps (12−1)/12 → .045833;
        //   endcap_fee 40k/50k → .08; days 90/90 → .1; sum = .775
        let utility = BuyerUtility(F.scenario)
        #expect(abs(utility.opening - 0.775) < 1e-9)
        // reservation: .02 + .15 + 0 + .025 + .0125 + (6/12)×.05 = .025 + .04 + (9/12)×.05 = .0375 + .04 + 60/90×.1 = .066667
        //   = .416667
        #expect(abs(utility.reservation - 0.416_666_667) < 1e-8)
        #expect(utility.acceptable(F.scenario.persona.opening))
        #expect(utility.acceptable(F.scenario.persona.reservation))
        #expect(!utility.acceptable(F.package([:])) || utility.utility(of: F.package([:])) >= utility.reservation)
    }

    @Test func promotionSlotsAreBetterLowForTheBuyer() {
        let utility = BuyerUtility(F.scenario)
        #expect(utility.utility(ofTerm: F.dmSlots, value: 0) > utility.utility(ofTerm: F.dmSlots, value: 6))
        #expect(utility.utility(ofTerm: F.rebate, value: 6) > utility.utility(ofTerm: F.rebate, value: 3))
    }

    @Test func betterEndCanBeOverridden() {
        var scenario = F.scenario
        scenario.persona.better[F.dmSlots] = .high
        let utility = BuyerUtility(scenario)
        #expect(utility.utility(ofTerm: F.dmSlots, value: 12) - utility.utility(ofTerm: F.dmSlots, value: 0) == 0.05)
    }
}
