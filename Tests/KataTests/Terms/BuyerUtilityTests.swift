@testable import KataPersona
import Testing

@Suite struct BuyerUtilityTests {
    typealias F = EconomicsFixture

    @Test func openingAndReservationByHand() {
        // weights: discount .1, rebate .3, anniversary .05, listing .1, barcode .05, dm_slots .05 (better low),
        // dm_fee .1, endcaps .05 (better low), endcap_fee .1, days .1
        // opening: discount 5/10 → .05; rebate 8/10 → .24; anniversary 100k/200k → .025; listing 15k/20k → .075;
        //   barcode 1.5k/2k → .0375; dm_slots (12−2)/12 → .041667; dm_fee on 2 slots 4k×2/(5k×12) → .013333;
        //   endcaps (12−1)/12 → .045833; endcap_fee on 1 slot 40k×1/(50k×12) → .006667; days 90/90 → .1; sum = .635
        let utility = BuyerUtility(F.scenario)
        #expect(abs(utility.opening - 0.635) < 1e-9)
        // reservation: .02 + .15 + 0 + .025 + .0125 + (6/12)×.05 = .025 + dm_fee 2k×6/(5k×12) → .02
        //   + (9/12)×.05 = .0375 + endcap_fee 20k×3/(50k×12) → .01 + 60/90×.1 = .066667; sum = .366667
        #expect(abs(utility.reservation - 0.366_666_667) < 1e-8)
        #expect(utility.acceptable(F.scenario.persona.opening))
        #expect(utility.acceptable(F.scenario.persona.reservation))
        #expect(!utility.acceptable(F.package([:])) || utility.utility(of: F.package([:])) >= utility.reservation)
    }

    @Test func promotionSlotsAreBetterLowForTheBuyer() {
        let utility = BuyerUtility(F.scenario)
        let none = F.package([:])
        #expect(utility.utility(ofTerm: F.dmSlots, value: 0, in: none) > utility.utility(ofTerm: F.dmSlots, value: 6, in: none))
        #expect(utility.utility(ofTerm: F.rebate, value: 6, in: none) > utility.utility(ofTerm: F.rebate, value: 3, in: none))
    }

    @Test func betterEndCanBeOverridden() {
        var scenario = F.scenario
        scenario.persona.better[F.dmSlots] = .high
        let utility = BuyerUtility(scenario)
        let none = F.package([:])
        #expect(
            utility.utility(ofTerm: F.dmSlots, value: 12, in: none) - utility.utility(ofTerm: F.dmSlots, value: 0, in: none)
                == 0.05)
    }

    /// DESIGN §4: a per-slot fee is worth the money it brings, so a fee on zero slots is worth nothing.
    @Test func aFeeOnZeroSlotsIsWorthNothing() {
        let utility = BuyerUtility(F.scenario)
        let bare = F.package([F.dmSlots: 0, F.dmFee: 0])
        let feeOnNothing = F.package([F.dmSlots: 0, F.dmFee: 5_000])
        #expect(abs(utility.utility(of: feeOnNothing) - utility.utility(of: bare)) < 1e-12)
        // on 6 of 12 slots, the top fee brings half of what it brings on all 12
        let half =
            utility.utility(of: F.package([F.dmSlots: 6, F.dmFee: 5_000]))
            - utility.utility(of: F.package([F.dmSlots: 6, F.dmFee: 0]))
        #expect(abs(half - 0.1 / 2) < 1e-12)
        // the slope of the fee follows its slots; the slope of the slots counts the fee they carry
        #expect(utility.slope(ofTerm: F.dmFee, in: bare) == 0)
        #expect(
            utility.slope(ofTerm: F.dmSlots, in: F.package([F.dmSlots: 0, F.dmFee: 5_000]))
                > utility.slope(ofTerm: F.dmSlots, in: bare))
    }
}
