@testable import KataPersona
@testable import KataScenario
@testable import KataTerms

/// A scenario built in code with one term of every kind and round numbers, so the economics of a
/// package can be worked out by hand: 1,000,000 baseline units at list 10, cost 6, shelf 13,
/// 10 SKUs in 20 stores, capital 6 % (supplier) and 4 % (retailer). Each DM slot and each end-cap
/// month adds 20,000 units (52 % × 2/52 and 26 % × 4/52 of baseline).
enum EconomicsFixture {
    static let discount = 0, rebate = 1, anniversary = 2, listing = 3, barcode = 4
    static let dmSlots = 5, dmFee = 6, endcaps = 7, endcapFee = 8, days = 9

    static let scenario: Scenario = {
        let terms = [
            Term(id: "discount", name: LocalizedText(en: "discount"), kind: .priceDiscount, low: 0, high: 10, step: 0.5),
            Term(
                id: "rebate", name: LocalizedText(zh: "返利", en: "rebate"), aliases: ["年返"], kind: .percentOfPurchases, low: 0,
                high: 10, step: 0.5, lastYear: 4),
            Term(
                id: "anniversary_fee", name: LocalizedText(zh: "店庆费"), kind: .fixed, low: 0, high: 200_000, step: 10_000,
                prohibited: true, rule: "no fee without a promotion service"),
            Term(id: "listing_fee", name: LocalizedText(zh: "进场费"), kind: .perStore, low: 0, high: 20_000, step: 500),
            Term(
                id: "barcode_fee", name: LocalizedText(zh: "条码费"), kind: .perSKUPerStore, low: 0, high: 2_000, step: 100,
                legalMax: 1_000),
            Term(
                id: "dm_slots", name: LocalizedText(zh: "DM档期"), kind: .promoSlots, low: 0, high: 12, step: 1, lift: 0.52,
                weeks: 2),
            Term(
                id: "dm_fee", name: LocalizedText(zh: "DM费"), kind: .perSlot, low: 0, high: 5_000, step: 100, slotTerm: 5,
                perStore: true),
            Term(
                id: "endcaps", name: LocalizedText(zh: "端架"), kind: .promoSlots, low: 0, high: 12, step: 1, lift: 0.26, weeks: 4),
            Term(
                id: "endcap_fee", name: LocalizedText(zh: "端架费"), kind: .perSlot, low: 0, high: 50_000, step: 1_000, slotTerm: 7),
            Term(id: "payment_days", name: LocalizedText(zh: "账期"), kind: .paymentDays, low: 0, high: 90, step: 5, legalMax: 60),
        ]
        let persona = Persona(
            name: "王经理", role: "采购经理",
            weights: [0.1, 0.3, 0.05, 0.1, 0.05, 0.05, 0.1, 0.05, 0.1, 0.1],
            better: terms.map { BuyerEnd.defaultEnd(for: $0.kind) }, openness: 0.3,
            opening: Package([5, 8, 100_000, 15_000, 1_500, 2, 4_000, 1, 40_000, 90]),
            reservation: Package([2, 5, 0, 5_000, 500, 6, 2_000, 3, 20_000, 60]),
            concession: Concession(curve: .boulware, exponent: 0.25), patience: 16, tactics: [], lines: [:])
        return Scenario(
            id: "all-kinds", title: LocalizedText(en: "every kind"), language: .en,
            account: Account(
                retailer: "Test Mart", format: .hypermarket, stores: 20, tier: .strategic, brief: LocalizedText(en: "-")),
            productLine: ProductLine(
                name: "tissue", skus: 10, unitCost: 6, listPrice: 10, shelfPrice: 13, baselineUnits: 1_000_000),
            capitalRate: CapitalRate(supplier: 0.06, retailer: 0.04), terms: terms,
            targets: Targets(
                marginTarget: 0.30, marginFloor: 0.25, tradeSpendTarget: 0.10, tradeSpendCap: 0.15, promotionsTarget: 6,
                promotionsMinimum: 3),
            persona: persona, rounds: 20)
    }()

    /// A package with every term at 0 except those given.
    static func package(_ values: [Int: Double]) -> Package {
        var package = Package([Double](repeating: 0, count: scenario.terms.count))
        for (index, value) in values { package[index] = value }
        return package
    }
}
