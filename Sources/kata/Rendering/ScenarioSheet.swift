import Foundation
import KataAnalysis
import KataScenario
import KataTerms

/// What `kata scenario show` tells a trainee: the account, the brief, the terms and the targets.
/// It never carries the persona's weights, opening or reservation.
struct ScenarioSheet: Encodable {
    struct TermRow: Encodable {
        var id: String
        var name: String
        var kind: String
        var unit: String
        var range: [Double]
        var step: Double
        var lastYear: Double?
        var aliases: [String]
        var legalMax: Double?
        var prohibited: Bool
        var rule: String?
    }

    struct TargetsRow: Encodable {
        var marginTarget: Double
        var marginFloor: Double
        var tradeSpendTarget: Double
        var tradeSpendCap: Double
        var promotionsTarget: Double
        var promotionsMinimum: Double
    }

    var id: String
    var path: String
    var title: String
    var language: String
    var retailer: String
    var format: String
    var stores: Int
    var tier: String
    var brief: String
    var buyer: String
    var buyerRole: String
    /// Others on the buyer's side, "name, role" (seed 003: who is in the account).
    var colleagues: [String]
    var productLine: [String: String]
    var capitalRate: [String: Double]
    var terms: [TermRow]
    /// In percent points, as written in the scenario file.
    var targets: TargetsRow
    var rounds: Int

    private let scenario: Scenario

    private enum CodingKeys: String, CodingKey {
        case id, path, title, language, retailer, format, stores, tier, brief, buyer, colleagues, terms, targets, rounds
        case buyerRole = "buyer_role"
        case productLine = "product_line"
        case capitalRate = "capital_rate"
    }

    init(_ scenario: Scenario, path: String) {
        self.scenario = scenario
        let line = scenario.productLine
        id = scenario.id
        self.path = path
        title = scenario.title.text(scenario.language)
        language = scenario.language.rawValue
        retailer = scenario.account.retailer
        format = scenario.account.format.rawValue
        stores = scenario.account.stores
        tier = scenario.account.tier.rawValue
        brief = scenario.account.brief.text(scenario.language)
        buyer = scenario.persona.name
        buyerRole = scenario.persona.role
        colleagues = scenario.persona.colleagues.map { "\($0.name), \($0.role)" }
        productLine = [
            "name": line.name, "skus": String(line.skus), "unit_cost": Format.number(line.unitCost),
            "list_price": Format.number(line.listPrice), "shelf_price": Format.number(line.shelfPrice),
            "baseline_units": Format.number(line.baselineUnits),
        ]
        capitalRate = ["supplier": scenario.capitalRate.supplier * 100, "retailer": scenario.capitalRate.retailer * 100]
        terms = scenario.terms.map { term in
            TermRow(
                id: term.id, name: term.name.text(scenario.language), kind: term.kind.rawValue, unit: term.kind.unit.rawValue,
                range: [term.low, term.high], step: term.step, lastYear: term.lastYear, aliases: term.aliases,
                legalMax: term.legalMax, prohibited: term.prohibited, rule: term.rule)
        }
        let t = scenario.targets
        targets = TargetsRow(
            marginTarget: t.marginTarget * 100, marginFloor: t.marginFloor * 100,
            tradeSpendTarget: t.tradeSpendTarget * 100, tradeSpendCap: t.tradeSpendCap * 100,
            promotionsTarget: t.promotionsTarget, promotionsMinimum: t.promotionsMinimum)
        rounds = scenario.rounds
    }

    func render(text: UIText, style: Style) -> String {
        let line = scenario.productLine
        let account = scenario.account
        var out: [String] = []
        out.append(style.bold("\(scenario.title.text(text.language))") + style.dim("  [\(id)]"))
        out.append(
            "\(text("Account", "客户")): \(account.retailer) · \(Self.label(account.format, text)) · \(account.stores) \(text("stores", "家门店")) · \(text("tier", "级别")) \(Self.label(account.tier, text))"
        )
        out.append("\(text("Buyer", "采购")): \(buyer), \(buyerRole)")
        if !colleagues.isEmpty {
            out.append("\(text("Also on the buyer's side", "采购方还有")): \(colleagues.joined(separator: "; "))")
        }
        out.append(
            "\(text("Product line", "产品线")): \(line.name) · \(line.skus) SKU · \(text("unit cost", "单位成本")) \(Format.number(line.unitCost)) · \(text("list price", "供价")) \(Format.number(line.listPrice)) · \(text("shelf price", "零售价")) \(Format.number(line.shelfPrice)) · \(text("baseline", "基准销量")) \(Format.money(line.baselineUnits)) \(text("units/year", "件/年"))"
        )
        out.append(
            "\(text("Capital cost", "资金成本")): \(text("supplier", "供应商")) \(Format.number(capitalRate["supplier"] ?? 0))% · \(text("retailer", "零售商")) \(Format.number(capitalRate["retailer"] ?? 0))%"
        )
        out.append("")
        out.append(style.bold(text("Brief", "客户简报")))
        let brief = scenario.account.brief.text(text.language).trimmingCharacters(in: .whitespacesAndNewlines)
        out.append(contentsOf: brief.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
        out.append(style.bold(text("Terms", "谈判条款")))
        // A Chinese session names terms by their names only; an English one shows the ids to type.
        let chinese = text.language == .zh
        var table = TextTable(
            header: (chinese ? [] : ["id"]) + [
                text("name", "名称"), text("kind", "类型"), text("range", "范围"), text("step", "步长"), text("last year", "去年"),
                text("aliases", "别名"),
            ],
            alignments: (chinese ? [] : [.left]) + [.left, .left, .right, .right, .right, .left])
        var rules: [String] = []
        for term in scenario.terms {
            let unit = term.kind.unit
            let range = "\(Format.number(term.low))…\(Format.value(term.high, unit: unit, language: text.language))"
            let last = term.lastYear.map { Format.value($0, unit: unit, language: text.language) } ?? "—"
            let cells = [
                term.name.text(text.language), Self.label(term.kind, text), range, Format.number(term.step), last,
                term.aliases.joined(separator: ", "),
            ]
            table.add((chinese ? cells : [term.id] + cells).map { TextTable.Cell($0) })
            let shown = chinese ? term.name.text(.zh) : term.id
            if term.prohibited {
                rules.append("\(shown): \(text("prohibited", "禁止收取")) — \(term.rule ?? "")")
            } else if let legalMax = term.legalMax {
                rules.append(
                    "\(shown): \(text("legal maximum", "法定上限")) \(Format.value(legalMax, unit: unit, language: text.language))"
                        + (term.rule.map { " — \($0)" } ?? ""))
            }
        }
        out.append(table.render(style: style))
        if !rules.isEmpty {
            out.append(style.bold(text("Rules", "法规")))
            out.append(contentsOf: rules.map { "  " + $0 })
        }
        out.append(style.bold(text("Your targets", "我方目标")))
        out.append(
            "  \(text("margin", "毛利率")): \(text("target", "目标")) \(Format.number(targets.marginTarget))%, \(text("floor", "底线")) \(Format.number(targets.marginFloor))%"
        )
        out.append(
            "  \(text("trade spend", "贸易费用率")): \(text("target", "目标")) ≤ \(Format.number(targets.tradeSpendTarget))%, \(text("cap", "上限")) \(Format.number(targets.tradeSpendCap))%"
        )
        out.append(
            "  \(text("promotions", "促销档期")): \(text("target", "目标")) \(Format.number(targets.promotionsTarget)), \(text("minimum", "最少")) \(Format.number(targets.promotionsMinimum))"
        )
        out.append("  \(text("rounds", "回合上限")): \(rounds)")
        return out.joined(separator: "\n")
    }

    /// What a term kind charges, in words (the id in English, where scenario authors write it).
    static func label(_ kind: TermKind, _ text: UIText) -> String {
        let chinese: String =
            switch kind {
            case .priceDiscount: "发票折扣"
            case .percentOfPurchases: "按采购额百分比"
            case .fixed: "一次性费用"
            case .perStore: "每店费用"
            case .perSKUPerStore: "每SKU每店费用"
            case .promoSlots: "促销档期"
            case .perSlot: "每档费用"
            case .paymentDays: "账期天数"
            }
        return text(kind.rawValue, chinese)
    }

    static func label(_ format: RetailFormat, _ text: UIText) -> String {
        let chinese: String =
            switch format {
            case .hypermarket: "大卖场"
            case .supermarket: "超市"
            case .appliance: "家电连锁"
            case .convenience: "便利店"
            case .warehouseClub: "仓储会员店"
            }
        return text(format.rawValue, chinese)
    }

    static func label(_ tier: AccountTier, _ text: UIText) -> String {
        let chinese: String =
            switch tier {
            case .ordinary: "普通"
            case .partner: "伙伴"
            case .strategic: "战略"
            }
        return text(tier.rawValue, chinese)
    }
}
