import KataAnalysis
import KataEngine
import KataScenario
import KataTerms

/// `kata scenario analyze` rendered: the numbers, a terminal chart of the frontier, the deals that
/// matter, the terms worth trading, what the law costs and how hard the bots find it.
struct AnalysisReport: Encodable {
    var scenario: String
    var analysis: ScenarioAnalysis
    /// One spar report per bot; empty when the spar was skipped.
    var difficulty: [SparReport]
    /// The rating in words, from the disciplined bot's mean score.
    var rating: Rating?

    enum Rating: String, Encodable {
        case noDeal = "no_deal"
        case easy, medium, hard
        case veryHard = "very_hard"
    }

    private let source: Scenario

    private enum CodingKeys: String, CodingKey {
        case scenario, analysis, difficulty, rating
    }

    init(scenario: Scenario, analysis: ScenarioAnalysis, difficulty: [SparReport]) {
        source = scenario
        self.scenario = scenario.id
        self.analysis = analysis
        self.difficulty = difficulty
        if !analysis.zopaExists {
            rating = .noDeal
        } else if let score = difficulty.first(where: { $0.bot == .giveGet })?.meanScore {
            rating = score >= 70 ? .easy : score >= 50 ? .medium : score >= 30 ? .hard : .veryHard
        }
    }

    private func ratingText(_ text: UIText) -> String? {
        guard let rating else { return nil }
        return switch rating {
        case .noDeal: text("no lawful deal exists: walking away is the right answer", "不存在合规的成交空间:离开才是正确答案")
        case .easy: text("easy", "容易")
        case .medium: text("medium", "中等")
        case .hard: text("hard", "难")
        case .veryHard: text("very hard", "很难")
        }
    }

    private func describe(_ deal: ScenarioAnalysis.Deal, _ text: UIText) -> String {
        let values = source.terms.map { term in
            "\(term.label(text.language))=\(Format.value(deal.package[term.id] ?? 0, unit: term.kind.unit, language: text.language))"
        }.joined(separator: ", ")
        return text(
            "contribution \(Format.money(deal.contribution)) RMB, buyer utility \(Format.number(deal.utility, decimals: 3)), margin \(Format.number(deal.margin, decimals: 1))%, trade spend \(Format.number(deal.tradeSpendRate, decimals: 1))%, \(Format.number(deal.promotions)) promotion slots\n      \(values)",
            "贡献 \(Format.money(deal.contribution)) 元,采购效用 \(Format.number(deal.utility, decimals: 3)),毛利率 \(Format.number(deal.margin, decimals: 1))%,贸易费用率 \(Format.number(deal.tradeSpendRate, decimals: 1))%,促销档期 \(Format.number(deal.promotions))\n      \(values)"
        )
    }

    func render(text: UIText, style: Style) -> String {
        var out: [String] = []
        out.append(style.bold(source.title.text(text.language)) + style.dim("  [\(scenario)]"))
        out.append(
            text(
                "Packages: \(Format.money(analysis.packages)) on the terms' steps, \(Format.money(analysis.lawfulPackages)) of them lawful (every one considered, none sampled).",
                "方案总数:按步长共 \(Format.money(analysis.packages)) 个,其中合规 \(Format.money(analysis.lawfulPackages)) 个(逐一计入,不抽样)。"))
        if let best = analysis.supplierBest, let low = analysis.buyerBest {
            out.append(
                style.green(
                    text(
                        "A lawful ZOPA exists: your contribution from \(Format.money(low.contribution)) to \(Format.money(best.contribution)) RMB, the buyer's utility from \(Format.number(analysis.reservationUtility, decimals: 3)) to \(Format.number(low.utility, decimals: 3)).",
                        "存在合规的成交空间:我方贡献 \(Format.money(low.contribution)) 至 \(Format.money(best.contribution)) 元,采购效用 \(Format.number(analysis.reservationUtility, decimals: 3)) 至 \(Format.number(low.utility, decimals: 3))。"
                    )))
        } else {
            out.append(
                style.yellow(
                    text(
                        "No lawful ZOPA: no lawful package is inside your limits and acceptable to the buyer.",
                        "不存在合规的成交空间:没有哪个合规方案既在我方底线之内又能被采购接受。")))
        }
        out.append("")
        out.append(style.bold(text("Pareto frontier (lawful packages)", "帕累托前沿(合规方案)")))
        out += chart(text: text)
        out.append("")
        let marks: [(String, ScenarioAnalysis.Deal?)] = [
            (
                text("S  your best package the buyer signs (a perfect negotiator)", "S  采购肯签的、对我方最好的方案(完美谈判者)"),
                analysis.supplierBest
            ),
            (text("N  Nash bargaining point", "N  纳什议价点"), analysis.nash),
            (text("K  Kalai–Smorodinsky point", "K  卡莱-斯莫罗金斯基点"), analysis.kalaiSmorodinsky),
            (text("B  the buyer's best package inside your limits", "B  在我方底线内、对采购最好的方案"), analysis.buyerBest),
        ]
        for (label, deal) in marks {
            guard let deal else { continue }
            out.append(label)
            out.append("      " + describe(deal, text))
        }
        out.append("")
        out.append(style.bold(text("Terms worth trading", "值得交换的条款")))
        for trade in analysis.terms {
            let name = source.terms.first { $0.id == trade.term }?.label(text.language) ?? trade.term
            let price = trade.costPerPoint.map { Format.money($0) } ?? "—"
            let verdict =
                switch trade.verdict {
                case .cheapToGive: text("cheap to give, valued by the buyer: trade it for something", "我方让起来便宜、采购看重:拿它去换东西")
                case .costlyToGive: text("costly to give, worth little to the buyer: ask for it", "我方让起来很贵、采购不太在乎:向采购要")
                case .distributive: text("distributive: what one side wins the other loses", "分配型:一方所得即另一方所失")
                case .indifferent: text("the buyer does not value it", "采购不在乎")
                case .barred: text("giving more breaks a rule: not for trading", "再让就违规:不能拿来交换")
                }
            out.append(
                "  \(DisplayWidth.pad(name, to: 16)) \(DisplayWidth.pad(price, to: 12)) \(verdict)")
        }
        out.append(
            style.dim(
                text(
                    "  (RMB of your contribution per 0.01 of the buyer's utility, one step from its walk-away)",
                    "  (每 0.01 采购效用对应的我方贡献金额,自采购底线方案移动一步)")))
        out.append("")
        out.append(style.bold(text("What the law costs", "合规的代价")))
        if let with = analysis.bestAtReservation, let without = analysis.bestAtReservationWithoutRules {
            out.append(
                text(
                    "At the buyer's walk-away the best lawful package earns \(Format.money(with)) RMB; without the rules \(Format.money(without)): the law costs you \(Format.money(max(0, without - with))).",
                    "在采购底线上,最佳合规方案贡献 \(Format.money(with)) 元;不守规则可到 \(Format.money(without)) 元:合规的代价是 \(Format.money(max(0, without - with))) 元。"
                ))
        }
        if !analysis.zopaExists && analysis.zopaWithoutRules {
            out.append(
                style.yellow(
                    text(
                        "A deal exists only by breaking a rule: the lesson is to walk away lawfully.",
                        "只有违规才能成交:这个场景要练的是合规地离开。")))
        }
        if !difficulty.isEmpty {
            out.append("")
            out.append(
                style.bold(text("Difficulty", "难度")) + (ratingText(text).map { ": " + $0 } ?? "")
                    + style.dim(
                        text("  (\(difficulty[0].sessions) spar sessions per bot)", "  (每个机器人 \(difficulty[0].sessions) 场)")))
            var table = TextTable(
                header: [
                    text("bot", "机器人"), text("deal rate", "成交率"), text("expected contribution", "期望贡献"),
                    text("mean score", "平均得分"),
                ],
                alignments: [.left, .right, .right, .right])
            for report in difficulty {
                table.add(
                    report.bot.rawValue, Format.percent(report.dealRate), Format.money(report.expectedContribution),
                    report.meanScore.map { Format.number($0, decimals: 1) } ?? "—")
            }
            out.append(table.render(style: style))
        }
        return out.joined(separator: "\n")
    }

    /// The frontier as a character plot: the buyer's utility across, your contribution up; the
    /// buyer's opening (O), its walk-away (|) and the marked deals.
    private func chart(text: UIText) -> [String] {
        let width = 60
        let height = 16
        let points = analysis.frontier
        guard !points.isEmpty else { return [] }
        let deals: [(Character, ScenarioAnalysis.Deal?)] = [
            ("B", analysis.buyerBest), ("K", analysis.kalaiSmorodinsky), ("N", analysis.nash), ("S", analysis.supplierBest),
        ]
        let marks: [(Character, ScenarioAnalysis.Point)] =
            [("O", analysis.opening)] + deals.compactMap { mark, deal in deal.map { (mark, $0.point) } }
        let xs = points.map(\.utility) + marks.map(\.1.utility) + [analysis.reservationUtility]
        let ys = points.map(\.contribution) + marks.map(\.1.contribution)
        let (xLow, xHigh) = (xs.min() ?? 0, xs.max() ?? 1)
        let (yLow, yHigh) = (ys.min() ?? 0, ys.max() ?? 1)
        func column(_ x: Double) -> Int {
            min(width - 1, max(0, Int(((x - xLow) / max(xHigh - xLow, 1e-9)) * Double(width - 1))))
        }
        func row(_ y: Double) -> Int {
            min(height - 1, max(0, Int(((yHigh - y) / max(yHigh - yLow, 1e-9)) * Double(height - 1))))
        }
        var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: height)
        let walkAway = column(analysis.reservationUtility)
        for line in 0..<height { grid[line][walkAway] = "|" }
        for point in points { grid[row(point.contribution)][column(point.utility)] = "·" }
        for (mark, point) in marks { grid[row(point.contribution)][column(point.utility)] = mark }
        var out: [String] = []
        for (index, line) in grid.enumerated() {
            let label =
                index == 0 ? Format.money(yHigh) : index == height - 1 ? Format.money(yLow) : ""
            out.append(DisplayWidth.pad(label, to: 12) + " ┤" + String(line))
        }
        out.append(String(repeating: " ", count: 13) + "└" + String(repeating: "─", count: width))
        out.append(
            String(repeating: " ", count: 14)
                + text(
                    "buyer utility \(Format.number(xLow, decimals: 2)) → \(Format.number(xHigh, decimals: 2));  | the buyer's walk-away, O its opening; up: your contribution (RMB)",
                    "采购效用 \(Format.number(xLow, decimals: 2)) → \(Format.number(xHigh, decimals: 2));| 为采购底线,O 为采购开价;纵轴:我方贡献(元)"))
        return out
    }

    /// One self-contained page: the frontier with the marked deals, and the tables.
    func html(text: UIText) -> String {
        let e = HTMLPage.escape
        let frontier = analysis.frontier
        let step = max(1, frontier.count / 400)
        var points: [(x: Double, y: Double, label: String, color: String)] = stride(from: 0, to: frontier.count, by: step).map {
            (frontier[$0].utility, frontier[$0].contribution / 10_000, "", "#90a4ae")
        }
        points.append(
            (analysis.opening.utility, analysis.opening.contribution / 10_000, text("buyer's opening", "采购开价"), "#1565c0"))
        let marks: [(String, ScenarioAnalysis.Deal?, String)] = [
            (text("your best", "我方最优"), analysis.supplierBest, "#2e7d32"), (text("Nash", "纳什点"), analysis.nash, "#6a1b9a"),
            ("K–S", analysis.kalaiSmorodinsky, "#ef6c00"), (text("buyer's best", "采购最优"), analysis.buyerBest, "#c62828"),
        ]
        for (label, deal, color) in marks {
            if let deal { points.append((deal.utility, deal.contribution / 10_000, label, color)) }
        }
        let ys = points.map(\.y)
        let body =
            "<h1>\(e(source.title.text(text.language)))</h1><pre>\(e(render(text: text, style: Style(enabled: false))))</pre><figure>"
            + HTMLPage.scatter(
                id: "frontier", xLabel: text("buyer's utility", "采购效用"),
                yLabel: text("your contribution (10,000 RMB)", "我方贡献(万元)"),
                xRange: (points.map(\.x).min() ?? 0)...(points.map(\.x).max() ?? 1), yRange: (ys.min() ?? 0)...(ys.max() ?? 1),
                points: points, horizontal: [])
            + "<figcaption>\(e(text("The Pareto frontier over every lawful package, with the ZOPA's fair points.", "全部合规方案的帕累托前沿,及成交空间中的公平点。")))</figcaption></figure>"
        return HTMLPage.page(title: source.title.text(text.language), language: text.language.rawValue, body: body)
    }
}
