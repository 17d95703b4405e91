import KataAnalysis
import KataTerms

/// The terminal report of `kata team`.
struct TeamTable {
    var summary: TeamSummary

    func render(text: UIText, style: Style) -> String {
        var out: [String] = []
        out.append(style.bold(text("Team: \(summary.sessions) sessions", "团队:\(summary.sessions) 场谈判")))
        var board = TextTable(
            header: [
                "#", text("trainee", "学员"), text("scenario", "场景"), text("sessions", "场次"), text("best", "最高分"),
                text("average", "平均分"),
                text("deals", "成交"), text("margin", "毛利率"), text("trade spend", "费用率"), text("promotions", "档期"),
                text("flags", "警示"),
            ],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .right, .right, .right, .left])
        for (rank, standing) in summary.leaderboard.enumerated() {
            board.add(
                "\(rank + 1)", PrintableText.short(standing.trainee, limit: 80), standing.scenario, "\(standing.sessions)",
                Format.number(standing.best, decimals: 1),
                Format.number(standing.average, decimals: 1), "\(standing.deals)",
                standing.margin.map { Format.number($0, decimals: 1) + "%" } ?? "—",
                standing.tradeSpendRate.map { Format.number($0, decimals: 1) + "%" } ?? "—",
                standing.promotions.map { Format.number($0) } ?? "—", flags(standing, text: text, style: style))
        }
        out.append(board.render(style: style))
        out.append("")
        out.append(style.bold(text("Average per score part", "各部分平均得分率")))
        for (part, share) in summary.averages {
            out.append("  \(DisplayWidth.pad(part.rawValue, to: 16)) \(Bar.text(share)) \(Format.percent(share))")
        }
        out.append("")
        out.append(style.bold(text("Most common mistakes", "最常见的失误")))
        for mistake in summary.commonMistakes.prefix(10) {
            out.append("  \(mistake.count)× \(mistake.part.rawValue): \(mistake.kind.summary(text))")
            out.append(
                style.dim(
                    "      " + text("e.g. \(mistake.example), round \(mistake.round)", "例:\(mistake.example) 第\(mistake.round)轮"))
            )
        }
        return out.joined(separator: "\n")
    }

    /// The deals a trainer must look at whatever their scores: unlawful ones and ones past the limits.
    private func flags(_ standing: TeamSummary.Standing, text: UIText, style: Style) -> String {
        var flags: [String] = []
        if standing.unlawfulDeals > 0 {
            flags.append(text("✘ \(standing.unlawfulDeals) unlawful", "✘ 违规 \(standing.unlawfulDeals)"))
        }
        if standing.dealsBeyondLimits > 0 {
            flags.append(text("✘ \(standing.dealsBeyondLimits) beyond limits", "✘ 越过底线 \(standing.dealsBeyondLimits)"))
        }
        return flags.isEmpty ? "" : style.red(flags.joined(separator: " · "))
    }

    /// The team report as HTML: the leaderboard, and per scenario every trainee's best deal on one
    /// chart — supplier margin against the buyer's utility — with the targets and the buyer's opening.
    func html(text: UIText) -> String {
        let e = HTMLPage.escape
        var body =
            "<h1>\(e(text("Team report", "团队报告")))</h1><p>\(e(text("\(summary.sessions) sessions", "\(summary.sessions) 场谈判")))</p><table>"
        body +=
            "<tr><th>#</th><th>\(e(text("trainee", "学员")))</th><th>\(e(text("scenario", "场景")))</th><th>\(e(text("best", "最高分")))</th><th>\(e(text("average", "平均分")))</th><th>\(e(text("deals", "成交")))</th><th>\(e(text("flags", "警示")))</th></tr>"
        for (rank, standing) in summary.leaderboard.enumerated() {
            body +=
                "<tr><td>\(rank + 1)</td><td>\(e(standing.trainee))</td><td>\(e(standing.scenario))</td><td class=\"n\">\(Format.number(standing.best, decimals: 1))</td><td class=\"n\">\(Format.number(standing.average, decimals: 1))</td><td class=\"n\">\(standing.deals)/\(standing.sessions)</td><td class=\"bad\">\(e(flags(standing, text: text, style: Style(enabled: false))))</td></tr>"
        }
        body += "</table>"
        for (id, reference) in summary.references.sorted(by: { $0.key < $1.key }) {
            let deals = summary.leaderboard.filter { $0.scenario == id }.compactMap {
                standing -> (x: Double, y: Double, label: String, color: String)? in
                guard let x = standing.buyerUtility, let y = standing.margin else { return nil }
                return (x, y, standing.trainee, y >= reference.marginFloor ? "#2e7d32" : "#c62828")
            }
            let points = deals + [(reference.openingUtility, reference.openingMargin, text("buyer's opening", "采购开价"), "#1565c0")]
            let margins = points.map(\.y) + [reference.marginTarget, reference.marginFloor]
            let low = (margins.min() ?? 0) - 2
            let high = (margins.max() ?? 30) + 2
            body +=
                "<h2>\(e(id))</h2><figure>"
                + HTMLPage.scatter(
                    id: "deals-\(id)", xLabel: text("buyer's utility of the deal", "成交方案对采购的效用"),
                    yLabel: text("your margin %", "我方毛利率 %"),
                    xRange: 0...1, yRange: low...high, points: points,
                    horizontal: [
                        (reference.marginTarget, text("margin target", "毛利率目标")),
                        (reference.marginFloor, text("margin floor", "毛利率底线")),
                    ])
            body +=
                "<figcaption>\(e(text("Each trainee's best deal; red below your margin floor.", "每位学员的最佳成交;红色为低于毛利率底线。")))</figcaption></figure>"
        }
        body += "<h2>\(e(text("Most common mistakes", "最常见的失误")))</h2><ul>"
        for mistake in summary.commonMistakes.prefix(10) {
            body +=
                "<li>\(mistake.count)× \(e(mistake.part.rawValue)): \(e(mistake.kind.summary(text))) <span class=\"dim\">(\(e(mistake.example)), \(e(text("round", "第"))) \(mistake.round))</span></li>"
        }
        body += "</ul>"
        return HTMLPage.page(title: text("Team report", "团队报告"), language: text.language.rawValue, body: body)
    }
}
