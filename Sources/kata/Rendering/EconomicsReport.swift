import KataAnalysis
import KataScenario
import KataTerms

/// What a package means in money for both sides and against the supplier's targets: the output of
/// `kata calc` (and later of the REPL's `calc` and the session outcome). Rates are percent points.
struct EconomicsReport: Encodable {
    struct TermLine: Encodable {
        var id: String
        var name: String
        var value: Double
        var unit: String
        /// What the term costs the supplier a year (0 for terms that are not fees).
        var supplierCost: Double
        var breaksRule: Bool
        var rule: String?
    }

    struct Supplier: Encodable {
        var units: Double
        var grossSales: Double
        var netSales: Double
        var fees: Double
        var financingCost: Double
        var contribution: Double
        var margin: Double
        var tradeSpend: Double
        var tradeSpendRate: Double
        var promotions: Double
    }

    struct Retailer: Encodable {
        var frontMargin: Double
        var backMargin: Double
        var float: Double
        var profit: Double
    }

    struct Goal: Encodable {
        var value: Double
        var target: Double
        var limit: Double
        var meetsTarget: Bool
        var withinLimit: Bool
    }

    struct Goals: Encodable {
        var margin: Goal
        var tradeSpend: Goal
        var promotions: Goal
        var acceptable: Bool
    }

    var scenario: String
    var package: [TermLine]
    var supplier: Supplier
    var retailer: Retailer
    var targets: Goals

    private let source: Scenario

    private enum CodingKeys: String, CodingKey {
        case scenario, package, supplier, retailer, targets
    }

    init(_ package: Package, in scenario: Scenario) {
        source = scenario
        let economics = Economics(package, in: scenario)
        let check = TargetCheck(economics, scenario.targets)
        let t = scenario.targets
        self.scenario = scenario.id
        self.package = scenario.terms.enumerated().map { index, term in
            TermLine(
                id: term.id, name: term.name.text(scenario.language), value: package[index], unit: term.kind.unit.rawValue,
                supplierCost: economics.feeByTerm[index], breaksRule: term.breaksRule(package[index]), rule: term.rule)
        }
        supplier = Supplier(
            units: economics.units, grossSales: economics.grossSales, netSales: economics.netSales, fees: economics.fees,
            financingCost: economics.financingCost, contribution: economics.contribution, margin: economics.margin * 100,
            tradeSpend: economics.tradeSpend, tradeSpendRate: economics.tradeSpendRate * 100, promotions: economics.promotions)
        retailer = Retailer(
            frontMargin: economics.retailerFrontMargin, backMargin: economics.retailerBackMargin,
            float: economics.retailerFloat, profit: economics.retailerProfit)
        targets = Goals(
            margin: Goal(
                value: economics.margin * 100, target: t.marginTarget * 100, limit: t.marginFloor * 100,
                meetsTarget: check.marginAtTarget, withinLimit: check.marginAboveFloor),
            tradeSpend: Goal(
                value: economics.tradeSpendRate * 100, target: t.tradeSpendTarget * 100, limit: t.tradeSpendCap * 100,
                meetsTarget: check.tradeSpendAtTarget, withinLimit: check.tradeSpendUnderCap),
            promotions: Goal(
                value: economics.promotions, target: t.promotionsTarget, limit: t.promotionsMinimum,
                meetsTarget: check.promotionsAtTarget, withinLimit: check.promotionsAtMinimum),
            acceptable: check.acceptableToSupplier)
    }

    func render(text: UIText, style: Style) -> String {
        var out: [String] = []
        var terms = TextTable(
            header: [text("term", "条款"), text("value", "数值"), text("cost to you / year", "我方年成本")],
            alignments: [.left, .right, .right])
        for line in package {
            let term = source.terms.first { $0.id == line.id }
            let unit = term?.kind.unit ?? .rmb
            let value = Format.value(line.value, unit: unit, language: text.language)
            let shown = line.breaksRule ? style.red(value + " !") : value
            let name = "\(term?.name.text(text.language) ?? line.name) (\(line.id))"
            terms.add([
                .init(name), .init(value + (line.breaksRule ? " !" : ""), shown: shown),
                .init(line.supplierCost == 0 ? "—" : Format.money(line.supplierCost)),
            ])
        }
        out.append(terms.render(style: style))
        out.append("")
        var money = TextTable(
            header: [text("supplier (you)", "供应商(我方)"), text("RMB / year", "元/年")], alignments: [.left, .right])
        money.add(text("units", "销量(件)"), Format.money(supplier.units))
        money.add(text("gross sales G", "毛销售额 G"), Format.money(supplier.grossSales))
        money.add(text("net sales N", "净销售额 N"), Format.money(supplier.netSales))
        money.add(text("fees F", "费用 F"), Format.money(supplier.fees))
        money.add(text("financing cost K", "资金成本 K"), Format.money(supplier.financingCost))
        money.add(text("contribution C", "贡献 C"), Format.money(supplier.contribution))
        money.add(text("margin C/N", "毛利率 C/N"), Format.number(supplier.margin, decimals: 1) + "%")
        money.add(text("trade spend TS", "贸易费用 TS"), Format.money(supplier.tradeSpend))
        money.add(text("trade-spend rate TS/G", "贸易费用率 TS/G"), Format.number(supplier.tradeSpendRate, decimals: 1) + "%")
        money.add(text("promotion slots P", "促销档期 P"), Format.number(supplier.promotions))
        out.append(money.render(style: style))
        out.append("")
        var shop = TextTable(header: [text("retailer", "零售商"), text("RMB / year", "元/年")], alignments: [.left, .right])
        shop.add(text("front margin", "前台毛利"), Format.money(retailer.frontMargin))
        shop.add(text("back margin (fees)", "后台毛利(费用)"), Format.money(retailer.backMargin))
        shop.add(text("float on payment days", "账期资金收益"), Format.money(retailer.float))
        shop.add(text("profit", "利润合计"), Format.money(retailer.profit))
        out.append(shop.render(style: style))
        out.append("")
        var goals = TextTable(
            header: [text("your targets", "我方目标"), text("deal", "本方案"), text("target", "目标"), text("limit", "底线"), ""],
            alignments: [.left, .right, .right, .right, .left])
        func verdict(_ goal: Goal) -> TextTable.Cell {
            if goal.meetsTarget {
                return .init("✔ " + text("target met", "达标"), shown: style.green("✔ " + text("target met", "达标")))
            }
            if goal.withinLimit {
                return .init("~ " + text("within limit", "未破底线"), shown: style.yellow("~ " + text("within limit", "未破底线")))
            }
            return .init("✘ " + text("beyond limit", "突破底线"), shown: style.red("✘ " + text("beyond limit", "突破底线")))
        }
        func pct(_ value: Double) -> String { Format.number(value, decimals: 1) + "%" }
        goals.add([
            .init(text("margin", "毛利率")), .init(pct(targets.margin.value)), .init("≥ " + pct(targets.margin.target)),
            .init("≥ " + pct(targets.margin.limit)), verdict(targets.margin),
        ])
        goals.add([
            .init(text("trade-spend rate", "贸易费用率")), .init(pct(targets.tradeSpend.value)),
            .init("≤ " + pct(targets.tradeSpend.target)), .init("≤ " + pct(targets.tradeSpend.limit)),
            verdict(targets.tradeSpend),
        ])
        goals.add([
            .init(text("promotions", "促销档期")), .init(Format.number(targets.promotions.value)),
            .init("≥ " + Format.number(targets.promotions.target)), .init("≥ " + Format.number(targets.promotions.limit)),
            verdict(targets.promotions),
        ])
        out.append(goals.render(style: style))
        let acceptable =
            targets.acceptable
            ? style.green(text("Acceptable to your company: yes", "我方可接受:是"))
            : style.red(text("Acceptable to your company: NO — beyond your own limits", "我方可接受:否——突破我方底线"))
        out.append(acceptable)
        for line in package where line.breaksRule {
            let term = source.terms.first { $0.id == line.id }
            let what = term?.prohibited == true ? text("prohibited fee", "违规收费") : text("above the legal maximum", "超过法定上限")
            out.append(style.red("! \(line.id): \(what)") + (line.rule.map { " — \($0)" } ?? ""))
        }
        return out.joined(separator: "\n")
    }
}
