@testable import KataTerms
import Testing

/// DESIGN §4's definitions, pinned by packages worked out by hand (arithmetic in each comment).
@Suite struct EconomicsTests {
    typealias F = EconomicsFixture

    @Test func baselineOnly() {
        // U = 1,000,000; G = N = 1,000,000 × 10 = 10,000,000; F = K = 0
        // C = 10,000,000 − 1,000,000 × 6 = 4,000,000; margin = 4,000,000 / 10,000,000 = 40 %
        // retailer front = 1,000,000 × 13 − 10,000,000 = 3,000,000
        let e = Economics(F.package([:]), in: F.scenario)
        #expect(e.units == 1_000_000)
        #expect(e.grossSales == 10_000_000)
        #expect(e.netSales == 10_000_000)
        #expect(e.fees == 0 && e.financingCost == 0)
        #expect(e.contribution == 4_000_000)
        #expect(e.margin == 0.4)
        #expect(e.tradeSpend == 0 && e.tradeSpendRate == 0 && e.promotions == 0)
        #expect(e.retailerFrontMargin == 3_000_000 && e.retailerProfit == 3_000_000)
    }

    @Test func priceDiscountCutsNetSales() {
        // N = 10,000,000 × (1 − 0.05) = 9,500,000; C = 9,500,000 − 6,000,000 = 3,500,000
        // margin = 3.5 / 9.5 = 36.842 %; TS = G − N = 500,000; rate = 500,000 / 10,000,000 = 5 %
        // retailer front = 13,000,000 − 9,500,000 = 3,500,000
        let e = Economics(F.package([F.discount: 5]), in: F.scenario)
        #expect(e.netSales == 9_500_000)
        #expect(e.contribution == 3_500_000)
        #expect(abs(e.margin - 3.5 / 9.5) < 1e-12)
        #expect(e.tradeSpend == 500_000)
        #expect(abs(e.tradeSpendRate - 0.05) < 1e-12)
        #expect(e.retailerFrontMargin == 3_500_000)
    }

    @Test func rebateAndPaymentDays() {
        // F = 4 % × 10,000,000 = 400,000; K = 10,000,000 × 60/365 × 6 % = 98,630.137
        // C = 10,000,000 − 6,000,000 − 400,000 − 98,630.137 = 3,501,369.863; margin = 35.0137 %
        // TS = 400,000 → 4 %; retailer float = 10,000,000 × 60/365 × 4 % = 65,753.425
        // retailer profit = 3,000,000 + 400,000 + 65,753.425 = 3,465,753.425
        let e = Economics(F.package([F.rebate: 4, F.days: 60]), in: F.scenario)
        #expect(abs(e.fees - 400_000) < 1e-6)
        #expect(abs(e.financingCost - 98_630.136_986) < 1e-3)
        #expect(abs(e.contribution - 3_501_369.863_014) < 1e-3)
        #expect(abs(e.margin - 0.350_136_986) < 1e-9)
        #expect(abs(e.tradeSpendRate - 0.04) < 1e-12)
        #expect(abs(e.retailerFloat - 65_753.424_658) < 1e-3)
        #expect(abs(e.retailerProfit - 3_465_753.424_658) < 1e-3)
    }

    @Test func promotionSlotsLiftUnitsAndCarryPerSlotFees() {
        // U = 1,000,000 + 3 DM × (52 % × 2/52 × 1,000,000 = 20,000) + 2 end-caps × (26 % × 4/52 × 1,000,000 = 20,000)
        //   = 1,100,000; G = N = 11,000,000
        // F = DM fee 2,000 × 3 slots × 20 stores + end-cap fee 30,000 × 2 = 120,000 + 60,000 = 180,000
        // C = 11,000,000 − 6,600,000 − 180,000 = 4,220,000; margin = 4.22 / 11 = 38.364 %
        // TS rate = 180,000 / 11,000,000 = 1.636 %; P = 5; front = 14,300,000 − 11,000,000 = 3,300,000
        let e = Economics(F.package([F.dmSlots: 3, F.dmFee: 2_000, F.endcaps: 2, F.endcapFee: 30_000]), in: F.scenario)
        #expect(abs(e.units - 1_100_000) < 1e-6)
        #expect(abs(e.netSales - 11_000_000) < 1e-6)
        #expect(abs(e.feeByTerm[F.dmFee] - 120_000) < 1e-6)
        #expect(abs(e.feeByTerm[F.endcapFee] - 60_000) < 1e-6)
        #expect(abs(e.contribution - 4_220_000) < 1e-6)
        #expect(abs(e.margin - 4.22 / 11) < 1e-12)
        #expect(abs(e.tradeSpendRate - 180_000 / 11_000_000) < 1e-12)
        #expect(e.promotions == 5)
        #expect(abs(e.retailerFrontMargin - 3_300_000) < 1e-6)
    }

    @Test func perSlotFeeWithoutSlotsCostsNothing() {
        // 0 DM slots × 2,000 × 20 stores = 0
        let e = Economics(F.package([F.dmFee: 2_000]), in: F.scenario)
        #expect(e.feeByTerm[F.dmFee] == 0)
    }

    @Test func everyKindAtOnce() {
        // U = 1,000,000 + 4 × 20,000 + 3 × 20,000 = 1,140,000; G = 11,400,000; N = G × 0.98 = 11,172,000
        // fees: rebate 5 % × 11,172,000 = 558,600; anniversary 50,000; listing 5,000 × 20 = 100,000;
        //   barcode 1,000 × 10 SKUs × 20 stores = 200,000; DM 2,500 × 4 × 20 = 200,000; end-cap 40,000 × 3 = 120,000
        //   F = 1,228,600
        // K = 11,172,000 × 45/365 × 6 % = 82,642.192
        // C = 11,172,000 − 1,140,000 × 6 − 1,228,600 − 82,642.192 = 3,020,757.808; margin = 27.0386 %
        // TS = (11,400,000 − 11,172,000) + 1,228,600 = 1,456,600; rate = 12.7772 %; P = 7
        // retailer: front = 1,140,000 × 13 − 11,172,000 = 3,648,000; back = 1,228,600;
        //   float = 11,172,000 × 45/365 × 4 % = 55,094.795; profit = 4,931,694.795
        let package = F.package([
            F.discount: 2, F.rebate: 5, F.anniversary: 50_000, F.listing: 5_000, F.barcode: 1_000,
            F.dmSlots: 4, F.dmFee: 2_500, F.endcaps: 3, F.endcapFee: 40_000, F.days: 45,
        ])
        let e = Economics(package, in: F.scenario)
        #expect(abs(e.units - 1_140_000) < 1e-6)
        #expect(abs(e.grossSales - 11_400_000) < 1e-6)
        #expect(abs(e.netSales - 11_172_000) < 1e-6)
        #expect(abs(e.feeByTerm[F.rebate] - 558_600) < 1e-6)
        #expect(e.feeByTerm[F.anniversary] == 50_000)
        #expect(e.feeByTerm[F.listing] == 100_000)
        #expect(e.feeByTerm[F.barcode] == 200_000)
        #expect(abs(e.feeByTerm[F.dmFee] - 200_000) < 1e-6)
        #expect(abs(e.feeByTerm[F.endcapFee] - 120_000) < 1e-6)
        #expect(abs(e.fees - 1_228_600) < 1e-6)
        #expect(abs(e.financingCost - 82_642.191_781) < 1e-3)
        #expect(abs(e.contribution - 3_020_757.808_219) < 1e-3)
        #expect(abs(e.margin - 0.270_386_484_8) < 1e-9)
        #expect(abs(e.tradeSpend - 1_456_600) < 1e-6)
        #expect(abs(e.tradeSpendRate - 0.127_771_929_8) < 1e-9)
        #expect(e.promotions == 7)
        #expect(abs(e.retailerFrontMargin - 3_648_000) < 1e-6)
        #expect(abs(e.retailerBackMargin - 1_228_600) < 1e-6)
        #expect(abs(e.retailerFloat - 55_094.794_521) < 1e-3)
        #expect(abs(e.retailerProfit - 4_931_694.794_521) < 1e-3)
    }

    @Test func targetChecksFollowTheLimits() {
        // the every-kind package: margin 27.04 % (target 30, floor 25), TS 12.78 % (target 10, cap 15), P 7 (target 6, min 3)
        let package = F.package([
            F.discount: 2, F.rebate: 5, F.anniversary: 50_000, F.listing: 5_000, F.barcode: 1_000,
            F.dmSlots: 4, F.dmFee: 2_500, F.endcaps: 3, F.endcapFee: 40_000, F.days: 45,
        ])
        let check = TargetCheck(Economics(package, in: F.scenario), F.scenario.targets)
        #expect(!check.marginAtTarget && check.marginAboveFloor)
        #expect(!check.tradeSpendAtTarget && check.tradeSpendUnderCap)
        #expect(check.promotionsAtTarget && check.promotionsAtMinimum)
        #expect(check.acceptableToSupplier)
        // no promotions at all: below the minimum of 3, so not acceptable whatever the margin
        let bare = TargetCheck(Economics(F.package([:]), in: F.scenario), F.scenario.targets)
        #expect(!bare.promotionsAtMinimum && !bare.acceptableToSupplier)
    }

    @Test func ruleBreaks() {
        let terms = F.scenario.terms
        #expect(terms[F.anniversary].breaksRule(10_000))
        #expect(!terms[F.anniversary].breaksRule(0))
        #expect(terms[F.days].breaksRule(65) && !terms[F.days].breaksRule(60))
        #expect(terms[F.barcode].breaksRule(1_100) && !terms[F.barcode].breaksRule(1_000))
    }
}
