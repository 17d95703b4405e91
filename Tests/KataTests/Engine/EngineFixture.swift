@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms

/// A small scenario built in code for engine tests, with the persona's tactics chosen per test:
/// rebate (heaviest), listing fee, DM slots and their per-store fee, an anniversary fee and payment
/// days. Patience 10 rounds, a linear curve unless a test says otherwise.
enum EngineFixture {
    static let rebate = 0, listing = 1, dmSlots = 2, dmFee = 3, anniversary = 4, days = 5

    static func scenario(
        tactics: [TacticSetting] = [], curve: ConcessionCurve = .linear, exponent: Double = 1,
        patience: Int = 10, rebateStep: Double = 0.5, reservationRebate: Double = 5
    ) -> Scenario {
        let terms = [
            Term(
                id: "rebate", name: LocalizedText(zh: "年度返利", en: "annual rebate"), aliases: ["返利"], kind: .percentOfPurchases,
                low: 0, high: 10, step: rebateStep, lastYear: 4),
            Term(
                id: "listing_fee", name: LocalizedText(zh: "进场费", en: "listing fee"), kind: .perStore, low: 0, high: 20_000,
                step: 500, lastYear: 5_000),
            Term(
                id: "dm_slots", name: LocalizedText(zh: "DM档期", en: "DM slots"), kind: .promoSlots, low: 0, high: 12, step: 1,
                lastYear: 4, lift: 0.5, weeks: 2),
            Term(
                id: "dm_fee", name: LocalizedText(zh: "DM费", en: "DM fee"), kind: .perSlot, low: 0, high: 5_000, step: 100,
                lastYear: 2_000, slotTerm: 2, perStore: true),
            Term(
                id: "anniversary_fee", name: LocalizedText(zh: "店庆费", en: "anniversary fee"), kind: .fixed, low: 0, high: 200_000,
                step: 10_000, lastYear: 0, prohibited: true, rule: "no fee without a promotion service"),
            Term(
                id: "payment_days", name: LocalizedText(zh: "账期", en: "payment days"), kind: .paymentDays, low: 30, high: 90,
                step: 5, lastYear: 60, legalMax: 60),
        ]
        let persona = Persona(
            name: "王经理", role: "采购经理",
            weights: [0.4, 0.15, 0.05, 0.15, 0.1, 0.15],
            better: terms.map { BuyerEnd.defaultEnd(for: $0.kind) }, openness: 0.4,
            opening: Package([8, 15_000, 2, 4_000, 100_000, 90]),
            reservation: Package([reservationRebate, 6_000, 6, 2_000, 0, 60]),
            concession: Concession(curve: curve, exponent: exponent), patience: patience, tactics: tactics, lines: [:])
        return Scenario(
            id: "engine", title: LocalizedText(zh: "引擎测试", en: "engine test"), language: .zh,
            account: Account(retailer: "家乐福", format: .hypermarket, stores: 20, tier: .strategic, brief: LocalizedText(zh: "-")),
            productLine: ProductLine(name: "抽纸", skus: 10, unitCost: 6, listPrice: 10, shelfPrice: 13, baselineUnits: 1_000_000),
            capitalRate: CapitalRate(supplier: 0.06, retailer: 0.04), terms: terms,
            targets: Targets(
                marginTarget: 0.30, marginFloor: 0.20, tradeSpendTarget: 0.10, tradeSpendCap: 0.15, promotionsTarget: 6,
                promotionsMinimum: 3),
            persona: persona, rounds: 20)
    }

    /// A persona with one tactic that always fires when its trigger holds, its claims always true or
    /// always bluffs.
    static func only(_ tactic: TacticID, bluffs: Bool = true, afterHolds: Int? = nil, afterRound: Int? = nil) -> Scenario {
        scenario(tactics: [
            TacticSetting(id: tactic, weight: 1, bluffRate: bluffs ? 1 : 0, afterHolds: afterHolds, afterRound: afterRound)
        ])
    }
}

/// A session driven move by move, keeping every event.
struct Driver {
    var state: SessionState
    var events: [Event]
    var last: [Event] = []

    init(_ scenario: Scenario, seed: UInt64 = 1) {
        (state, events) = Session.start(scenario, seed: seed)
        last = events
    }

    @discardableResult
    mutating func play(_ move: Move) -> [Event] {
        last = Session.reduce(into: &state, move)
        events += last
        return last
    }

    var utility: BuyerUtility { state.context.policy.utility }

    /// The tactic uses among the last move's events.
    var tactics: [TacticUse] { last.compactMap { if case .tactic(let use) = $0.kind { use } else { nil } } }

    /// Every buyer demand stated, in order.
    var demands: [Package] {
        events.compactMap { event in
            switch event.kind {
            case .demand(let package, _): package
            case .tactic(let use): use.demand
            default: nil
            }
        }
    }

    /// The text of a speech, in the scenario's language.
    func text(_ speech: Speech) -> String {
        BuyerLines.text(speech, scenario: state.scenario, language: state.scenario.language)
    }
}

extension Move {
    static func offer(_ values: (String, Double)...) -> Move {
        .offer(terms: values.map { TermValue($0.0, $0.1) })
    }
}
