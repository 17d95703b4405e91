import Foundation

/// The commented starter file `kata scenario new` writes: a small but complete scenario that passes
/// `kata scenario check`, with every section explained, for a trainer to edit.
public enum StarterScenario {
    /// The template with `id` filled in.
    public static func text(id: String) -> String {
        """
        # A KATA scenario (format: kata 1). Check it with: kata scenario check \(id).yaml
        # Every rate is in percent points: 5 means 5 %. Money is RMB a year.
        kata: 1
        id: \(id)                       # lowercase letters, digits and '-'; the file's name
        title: {en: Sparkle dish soap at a regional supermarket chain, zh: 闪亮洗洁精 区域超市年度合同}
        language: en                   # zh | en: the buyer's lines and the default UI language

        account:
          retailer: Huadong Fresh Mart
          format: supermarket          # hypermarket | supermarket | appliance | convenience | warehouse_club
          stores: 25
          tier: partner                # ordinary | partner | strategic
          brief: |                     # what the trainee reads first: facts to prepare from
            Last year: 4.6 million RMB of purchases at list price, rebate 3 %, barcode fee 500 RMB per
            SKU per store, 4 DM flyer slots at 1,500 RMB per store each, 60 payment days.
            The buyer's category missed its back-margin goal and will push for a higher rebate.
            A private-label dish soap launches this spring; the chain still needs a national brand.

        product_line: {name: Sparkle 500 ml, skus: 6, unit_cost: 7.5, list_price: 12.0, shelf_price: 15.9, baseline_units: 400000}
        capital_rate: {supplier: 6, retailer: 4}

        # Kinds: price_discount, percent_of_purchases, fixed, per_store, per_sku_per_store,
        # promo_slots (needs lift and weeks), per_slot (needs for:), payment_days.
        # Every value must sit on the step grid that starts at the range's low end.
        terms:
          - {id: rebate, name: {en: annual rebate, zh: 年度返利}, aliases: [返利, 年返], kind: percent_of_purchases, range: [0, 8], step: 0.5, last_year: 3}
          - {id: barcode_fee, name: {en: barcode fee, zh: 条码费}, aliases: [条码, barcode], kind: per_sku_per_store, range: [0, 2000], step: 100, last_year: 500,
             legal_max: 1000, rule: "Barcode fees above cost are barred (2006 fair-trade rules)"}
          - {id: dm_slots, name: {en: DM flyer slots, zh: DM档期}, aliases: [DM, flyer, 海报], kind: promo_slots, range: [0, 10], step: 1, last_year: 4, lift: 50, weeks: 2}
          - {id: dm_fee, name: {en: DM fee, zh: DM费}, aliases: [flyer fee, 海报费], kind: per_slot, for: dm_slots, per_store: true, range: [0, 3000], step: 100, last_year: 1500}
          - {id: payment_days, name: {en: payment days, zh: 账期}, aliases: [payment, 付款], kind: payment_days, range: [30, 90], step: 5, last_year: 60,
             legal_max: 60, rule: "Payment within 60 days of receipt (2006 fair-trade rules)"}

        targets:                       # your own company's goals and limits, shown to the trainee
          margin: {target: 28, floor: 22}
          trade_spend: {target: 10, cap: 15}
          promotions: {target: 5, minimum: 3}

        persona:
          name: Ms. Li
          role: category buyer
          weights: {rebate: 0.35, barcode_fee: 0.2, dm_slots: 0.1, dm_fee: 0.15, payment_days: 0.2}   # sum to 1
          better: {dm_slots: low}      # the buyer's better end where it differs from the default
          openness: 0.4                # 0…1: how much probing reveals
          opening: {rebate: 6, barcode_fee: 1500, dm_slots: 2, dm_fee: 2500, payment_days: 75}
          reservation: {rebate: 4, barcode_fee: 800, dm_slots: 5, dm_fee: 1800, payment_days: 60}   # hidden from the trainee
          concession: {curve: boulware, exponent: 0.5}   # boulware | linear | conceder
          patience: 12                 # rounds before the buyer ends the meeting
          tactics:                     # ids: see the scenario format reference
            - {id: first_offer_flinch, weight: 0.8}
            - {id: competitor_claim, weight: 0.4, bluff_rate: 0.6, competitors: [Blue Moon, Liby]}
            - {id: delist_threat, weight: 0.3, after_holds: 2}
            - {id: final_nibble, weight: 0.5}
          lines:                       # optional; placeholders: {buyer} {retailer} {term} {value} {competitor} …
            greet: ["Let's be quick. Your numbers last year were not good enough for {retailer}."]
            competitor_claim:
              en: ["{competitor} already gives us {value} on {term}. Why should you get shelf space for less?"]
              zh: ["{competitor}的{term}已经给到{value}了,你们凭什么更少?"]

        limits: {rounds: 16}

        """
    }

    /// `original` with its top-level `id:` line replaced by `id`, for `kata scenario new --from`.
    public static func renaming(_ original: String, to id: String) -> String {
        var lines = original.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("id:") }) {
            let comment = lines[index].range(of: " #").map { String(lines[index][$0.lowerBound...]) } ?? ""
            lines[index] = "id: \(id)" + comment
        }
        return lines.joined(separator: "\n")
    }
}
