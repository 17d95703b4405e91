import KataCore

/// The terminal report of `kata team`.
struct TeamTable {
    var summary: TeamSummary

    func render(text: UIText, style: Style) -> String {
        var out: [String] = []
        out.append(style.bold(text("Team: \(summary.sessions) sessions", "团队:\(summary.sessions) 场谈判")))
        var board = TextTable(
            header: ["#", text("trainee", "学员"), text("scenario", "场景"), text("sessions", "场次"), text("best", "最高分"), text("average", "平均分"),
                     text("deals", "成交"), text("margin", "毛利率"), text("trade spend", "费用率"), text("promotions", "档期")],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .right, .right, .right])
        for (rank, standing) in summary.leaderboard.enumerated() {
            board.add("\(rank + 1)", standing.trainee, standing.scenario, "\(standing.sessions)", Format.number(standing.best, decimals: 1),
                      Format.number(standing.average, decimals: 1), "\(standing.deals)",
                      standing.margin.map { Format.number($0, decimals: 1) + "%" } ?? "—",
                      standing.tradeSpendRate.map { Format.number($0, decimals: 1) + "%" } ?? "—",
                      standing.promotions.map { Format.number($0) } ?? "—")
        }
        out.append(board.render(style: style))
        out.append("")
        out.append(style.bold(text("Average per score part", "各部分平均得分率")))
        for (part, share) in summary.averages {
            let filled = Int((share * 20).rounded())
            out.append("  \(DisplayWidth.pad(part.rawValue, to: 16)) \(String(repeating: "█", count: filled))\(String(repeating: "░", count: 20 - filled)) \(Format.percent(share))")
        }
        out.append("")
        out.append(style.bold(text("Most common mistakes", "最常见的失误")))
        for mistake in summary.commonMistakes.prefix(10) {
            out.append("  \(mistake.count)× \(mistake.part.rawValue): \(mistake.reason)")
            out.append(style.dim("      " + text("e.g. \(mistake.example), round \(mistake.round)", "例:\(mistake.example) 第\(mistake.round)轮")))
        }
        return out.joined(separator: "\n")
    }
}
