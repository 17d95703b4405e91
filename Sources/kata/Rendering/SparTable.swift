import KataEngine
import KataScenario
import KataTerms

/// The terminal report of `kata spar`: one row per bot, then the tactics per bot.
struct SparTable {
    var reports: [SparReport]
    var scenario: Scenario

    func render(text: UIText, style: Style) -> String {
        var out: [String] = []
        let runs = reports.first?.sessions ?? 0
        out.append(
            style.bold("\(scenario.title.text(text.language))")
                + style.dim("  [\(scenario.id)] spar · \(runs) \(text("sessions per bot", "局/机器人"))"))
        out.append(
            text(
                "Deals: share reached; spreads are 10th / median / 90th percentile over the deals; expected contribution counts a no-deal as 0; score: the mean debrief score (0–100) over all sessions.",
                "成交率;分布为成交中的第10百分位 / 中位数 / 第90百分位;期望贡献中未成交记为0;平均得分:所有局复盘得分(0–100)的均值。"))
        var table = TextTable(
            header: [
                "bot", text("deals", "成交"), text("E[contribution]", "期望贡献"), text("score", "平均得分"),
                text("margin mean ± sd", "毛利率均值±标准差"),
                text("beyond limits", "破底线"), text("margin %", "毛利率%"), text("trade spend %", "费用率%"),
                text("promotions", "档期"), text("rounds", "回合"),
                text("walked: you (or final refused) / buyer", "离场:我方(含最后报价被拒) / 采购"),
            ],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right])
        for report in reports {
            let rate = Format.number(report.dealRate * 100, decimals: 1) + "%"
            let beyond =
                report.dealsBeyondLimits > 0
                ? TextTable.Cell(String(report.dealsBeyondLimits), shown: style.red(String(report.dealsBeyondLimits)))
                : TextTable.Cell("0")
            let mean =
                report.marginMean.map {
                    Format.number(($0 * 10).rounded() / 10, decimals: 1) + " ± "
                        + Format.number(((report.marginDeviation ?? 0) * 10).rounded() / 10, decimals: 1)
                } ?? "—"
            let walked =
                "\((report.endings[Outcome.Ending.traineeWalked.rawValue] ?? 0) + (report.endings[Outcome.Ending.finalRefused.rawValue] ?? 0)) / \(report.endings[Outcome.Ending.buyerWalked.rawValue] ?? 0)"
            table.add([
                .init(report.bot.rawValue), .init(rate), .init(Format.money(report.expectedContribution)),
                .init(report.meanScore.map { Format.number(($0 * 10).rounded() / 10, decimals: 1) } ?? "—"), .init(mean), beyond,
                .init(spread(report.margin)), .init(spread(report.tradeSpendRate)), .init(spread(report.promotions, decimals: 0)),
                .init(spread(report.rounds, decimals: 0)), .init(walked),
            ])
        }
        out.append(table.render(style: style))
        out.append("")
        out.append(style.bold(text("Tactics: sessions where it fired / where the bot then gave ground", "战术:出现的局数 / 之后机器人让步的局数")))
        let tactics = reports.first?.tactics.map(\.tactic) ?? []
        var tacticTable = TextTable(
            header: [text("tactic", "战术")] + reports.map(\.bot.rawValue),
            alignments: [.left] + reports.map { _ in .right })
        for tactic in tactics {
            var row: [TextTable.Cell] = [.init(tactic.rawValue)]
            for report in reports {
                let record = report.tactics.first { $0.tactic == tactic }
                row.append(.init(record.map { "\($0.sessions) / \($0.conceded)" } ?? "—"))
            }
            tacticTable.add(row)
        }
        out.append(tacticTable.render(style: style))
        return out.joined(separator: "\n")
    }

    private func spread(_ spread: SparReport.Spread?, decimals: Int = 1) -> String {
        guard let spread else { return "—" }
        func f(_ value: Double) -> String { Format.number((value * 10).rounded() / 10, decimals: decimals) }
        return "\(f(spread.p10)) / \(f(spread.median)) / \(f(spread.p90))"
    }
}
