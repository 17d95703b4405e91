import Foundation
import KataAnalysis
import KataLanguage
import KataEngine
import KataPersona
import KataScenario
import KataTerms
import KataTranscript

/// A recorded session turned into lessons (`kata debrief`): the scorecard with every lost point and
/// its round, the timeline with the buyer's tactics, whether each claim was true and how it was
/// answered, both sides' positions per term over the rounds, and the three costliest moments.
struct DebriefReport: Encodable {
    /// One round: what the trainee said, what the buyer said and did, where both stood after it.
    struct Round: Encodable {
        var round: Int
        var said: String?
        var move: String?
        var buyer: [String]
        var tactics: [Tactic]
        var offer: [String: Double]
        var demand: [String: Double]
    }

    struct Tactic: Encodable {
        var tactic: TacticID
        var truthful: Bool?
        var good: Bool?
        var answer: Scorecard.TacticAnswer.Answer?
    }

    var scenario: String
    var trainee: String
    var started: String
    var seed: UInt64
    var scorecard: Scorecard
    var total: Double
    var maximum: Double
    /// The total recorded in the transcript, when it differs from the re-scored one (the scenario's
    /// `scoring:` changed since).
    var recordedScore: Double?
    /// The deal's supplier contribution, and the most it could have been at the same buyer utility.
    var contribution: Double?
    var bestContribution: Double?
    /// Where the deal sits in the lawful ZOPA: the share of its room each side took (exact, over lawful packages).
    var surplusShare: SurplusShare?
    /// The share of disciplined bot sessions whose score this one beats, and how many there were.
    var ghostScoreBeats: Double?
    var ghostSessions: Int?
    /// The share of disciplined bot deals whose margin this deal's margin beats, and how many there were.
    var ghostBeats: Double?
    var ghostDeals: Int?
    var rounds: [Round]
    /// The losses grouped into lessons (one kind in one round, whatever parts it cost), costliest first.
    var lessons: [Scorecard.Lesson]

    private let source: Scenario
    private let deal: Economics?

    private enum CodingKeys: String, CodingKey {
        case scenario, trainee, started, seed, scorecard, total, maximum, rounds, contribution, lessons
        case recordedScore = "recorded_score"
        case bestContribution = "best_contribution"
        case surplusShare = "surplus_share"
        case ghostScoreBeats = "ghost_score_beats"
        case ghostSessions = "ghost_sessions"
        case ghostBeats = "ghost_beats"
        case ghostDeals = "ghost_deals"
    }

    init(file: TranscriptFile, scenario: Scenario, debrief: Debrief) {
        source = scenario
        self.scenario = scenario.id
        trainee = file.header.trainee
        started = file.header.started
        seed = file.header.seed
        // Until the session ends, what the buyer hides stays hidden: which claims were bluffs and how
        // far it was from its walk-away.
        let hidden = !debrief.scorecard.finished
        var scorecard = debrief.scorecard
        if hidden {
            scorecard.buyerPushed = nil
            scorecard.zopaExists = nil
            scorecard.tactics = scorecard.tactics.map { answer in
                var answer = answer
                answer.truthful = nil
                return answer
            }
            scorecard.losses = scorecard.losses.map { loss in
                var loss = loss
                if case .gaveAfterPressure(let tactic, _) = loss.kind {
                    loss.kind = .gaveAfterPressure(tactic: tactic, bluff: false)
                }
                return loss
            }
        }
        self.scorecard = scorecard
        lessons = scorecard.lessons.sorted { ($0.points, -$0.round) > ($1.points, -$1.round) }
        total = debrief.scorecard.total
        maximum = debrief.scorecard.maximum
        recordedScore = debrief.recordedScore
        contribution = debrief.deal?.contribution
        bestContribution = debrief.bestContribution
        surplusShare = debrief.surplusShare
        ghostScoreBeats = debrief.ghostScoreBeats
        ghostSessions = debrief.ghostSessions
        ghostBeats = debrief.ghostBeats
        ghostDeals = debrief.ghostDeals
        deal = debrief.deal
        let ids = scenario.terms.map(\.id)
        func values(_ package: Package) -> [String: Double] { Dictionary(uniqueKeysWithValues: zip(ids, package.values)) }
        let view = NegotiationView(scenario: scenario, text: UIText(language: scenario.language), style: .init(enabled: false))
        rounds = debrief.rounds.map { round in
            Round(
                round: round.round, said: round.move?.text,
                move: round.move.map { MoveText.command($0.move, scenario: scenario) },
                buyer: view.render(round.events),
                tactics: round.tactics.map {
                    Tactic(
                        tactic: $0.use.tactic, truthful: hidden ? nil : $0.use.truthful, good: $0.answer?.good,
                        answer: $0.answer?.answer)
                },
                offer: values(round.offer), demand: values(round.demand))
        }
    }

    func render(text: UIText, style: Style) -> String {
        var out: [String] = []
        let card = scorecard
        out.append(
            style.bold("\(source.title.text(text.language))")
                + style.dim(
                    "  [\(scenario)] · \(PrintableText.short(trainee, limit: 80)) · \(PrintableText.short(started, limit: 40)) · seed \(seed)"
                ))
        out.append(outcomeLine(text: text, style: style))
        let outcomePoints = card.parts.filter { [.margin, .tradeSpend, .promotions].contains($0.part) }
        let processPoints = card.parts.filter { ![.margin, .tradeSpend, .promotions].contains($0.part) }
        func sum(_ parts: [Scorecard.Part]) -> String {
            "\(Format.number(parts.reduce(0) { $0 + $1.points }, decimals: 1))/\(Format.number(parts.reduce(0) { $0 + $1.maximum }, decimals: 1))"
        }
        out.append(
            style.bold(
                text(
                    "Score \(Format.number(total, decimals: 1)) / \(Format.number(maximum))",
                    "得分 \(Format.number(total, decimals: 1)) / \(Format.number(maximum))"))
                + "   "
                + text(
                    "outcome \(sum(outcomePoints)) · process \(sum(processPoints))",
                    "结果 \(sum(outcomePoints)) · 过程 \(sum(processPoints))"))
        var table = TextTable(header: [text("part", "部分"), text("points", "得分"), ""], alignments: [.left, .right, .left])
        for part in card.parts {
            let share = part.maximum > 0 ? part.points / part.maximum : 1
            let bar = Bar.text(share)
            table.add([
                .init(part.part.name(text)),
                .init("\(Format.number(part.points, decimals: 1)) / \(Format.number(part.maximum, decimals: 1))"),
                .init(bar, shown: share >= 0.8 ? style.green(bar) : share >= 0.5 ? style.yellow(bar) : style.red(bar)),
            ])
        }
        out.append(table.render(style: style))
        if let recordedScore {
            out.append(
                style.yellow(
                    text(
                        "Re-scored under the scenario's current weights: \(Format.number(total, decimals: 1)) (recorded: \(Format.number(recordedScore, decimals: 1))).",
                        "按场景当前的权重重新计分:\(Format.number(total, decimals: 1))(记录中为 \(Format.number(recordedScore, decimals: 1)))。")))
        }
        out += benchmarks(text: text)
        out.append("")
        out.append(style.bold(text("Points lost", "失分")))
        if card.losses.isEmpty { out.append(text("  none", "  无")) }
        for lesson in card.lessons {
            out.append(
                "  " + text("round \(lesson.round)", "第\(lesson.round)轮")
                    + "  −\(Format.number(lesson.points, decimals: 1)) \(lesson.partNames(text)): \(lesson.kind.explained(text, name: termName(text)))"
            )
        }
        out.append("")
        out.append(style.bold(text("The three moments that cost the most", "代价最大的三个时刻")))
        for (position, loss) in card.costliest.enumerated() {
            let said = rounds.first { $0.round == loss.round }?.said.map { " — “\(PrintableText.short($0, limit: 600))”" } ?? ""
            out.append(
                "  \(position + 1). " + text("round \(loss.round)", "第\(loss.round)轮") + said
                    + ": \(loss.kind.explained(text, name: termName(text))) (−\(Format.number(loss.points, decimals: 1)))")
        }
        out.append("")
        out.append(style.bold(text("Timeline", "逐轮回顾")))
        for round in rounds {
            if let said = round.said {
                out.append(
                    style.bold(text("[round \(round.round)] you: ", "[第\(round.round)轮] 你:"))
                        + PrintableText.short(said, limit: 600)
                        + style.dim("  → \(round.move ?? "")"))
            }
            for line in round.buyer { out.append("  " + line) }
            for tactic in round.tactics {
                let truth = tactic.truthful.map { $0 ? text("true", "属实") : text("a bluff", "虚张声势") } ?? ""
                let verdict =
                    tactic.answer.map {
                        $0.isGood ? style.green("✔ " + $0.described(text)) : style.red("✘ " + $0.described(text))
                    } ?? ""
                out.append(
                    style.dim("    ⚑ \(tactic.tactic.name(text))") + (truth.isEmpty ? "" : style.dim(" (\(truth))")) + "  "
                        + verdict)
            }
        }
        out.append("")
        out.append(
            style.bold(text("Positions per term (you ▲ / buyer ▼, low … high of each range)", "各条款双方立场(你 ▲ / 采购 ▼,范围从低到高)")))
        out += chart(style: style, text: text)
        return out.joined(separator: "\n")
    }

    /// How far the buyer was pushed, the contribution against its bound, and the ghost benchmark.
    fileprivate func benchmarks(text: UIText) -> [String] {
        var out: [String] = []
        if let pushed = scorecard.buyerPushed {
            out.append(
                text(
                    "You moved the buyer \(Format.percent(pushed)) of the way from its opening to its walk-away (in its own utility).",
                    "你把采购从开价推向其底线的 \(Format.percent(pushed))(按采购自己的效用)。"))
        }
        if let contribution, let bestContribution {
            let left = max(0, bestContribution - contribution)
            out.append(
                text(
                    "Your contribution \(Format.money(contribution)) RMB; the best lawful package worth as much to the buyer earns \(Format.money(bestContribution)): \(Format.money(left)) RMB left on the table.",
                    "我方贡献 \(Format.money(contribution)) 元;对采购同等价值的最佳合规方案可得 \(Format.money(bestContribution)) 元:少拿了 \(Format.money(left)) 元。"
                ))
        }
        if let surplusShare {
            out.append(
                text(
                    "Where the deal sits in the lawful ZOPA: you took \(Format.percent(surplusShare.supplier)) of your room (from your contribution at the buyer's best package inside your limits to the most the buyer would sign), the buyer \(Format.percent(surplusShare.buyer)) of its room (from its walk-away to the most inside your limits).",
                    "成交在合规协议区间中的位置:你拿到了自己空间的 \(Format.percent(surplusShare.supplier))(从采购在我方底线内最优方案下的我方贡献,到采购肯签的最高贡献),采购拿到了它空间的 \(Format.percent(surplusShare.buyer))(从它的底线到我方底线内它能得到的最多)。"
                ))
        }
        if let ghostScoreBeats, let ghostSessions, ghostSessions > 0 {
            out.append(
                text(
                    "Your score beats \(Format.percent(ghostScoreBeats)) of \(ghostSessions) sessions of a disciplined bot (give-get) on this scenario.",
                    "你的得分高于本场景 \(ghostSessions) 场自律机器人(give-get)谈判中的 \(Format.percent(ghostScoreBeats))。"))
        }
        if let ghostBeats, let ghostDeals, ghostDeals > 0 {
            out.append(
                text(
                    "Your margin beats \(Format.percent(ghostBeats)) of \(ghostDeals) disciplined bot deals (give-get) on this scenario.",
                    "你的毛利率高于本场景 \(ghostDeals) 个自律机器人(give-get)成交中的 \(Format.percent(ghostBeats))。"))
        }
        return out
    }

    /// Names a term id as the reader's language does.
    fileprivate func termName(_ text: UIText) -> (String) -> String {
        { id in source.terms.first { $0.id == id }?.label(text.language) ?? id }
    }

    fileprivate func outcomeLine(text: UIText, style: Style) -> String {
        let outcome = scorecard.outcome
        guard scorecard.finished else {
            return text(
                "Not finished after \(outcome.rounds) rounds (continue it with kata resume). What the buyer hides — its limits, which claims were bluffs — is shown once the session ends.",
                "\(outcome.rounds)轮后尚未结束(可用 kata resume 继续)。采购隐藏的信息(底线、哪些说法是虚张声势)在谈判结束后才显示。")
        }
        switch outcome.ending {
        case .deal:
            let unlawful = scorecard.brokenRules.map { id in
                source.terms.first { $0.id == id }?.label(text.language) ?? id
            }
            let flag =
                (scorecard.beyondLimits ? style.red(text("  ✘ beyond your own limits", "  ✘ 突破我方底线")) : "")
                + (unlawful.isEmpty
                    ? ""
                    : style.red(
                        text(
                            "  ✘ unlawful (\(unlawful.joined(separator: ", "))): no outcome points",
                            "  ✘ 违规(\(unlawful.joined(separator: ", "))):结果分为零")))
            return text("Deal after \(outcome.rounds) rounds.", "第\(outcome.rounds)轮成交。") + flag
        case .traineeWalked, .buyerWalked, .finalRefused, .outOfRounds:
            let who =
                switch outcome.ending {
                case .traineeWalked: text("you walked away", "你离开了")
                case .buyerWalked: text("the buyer ended the meeting", "采购结束了会谈")
                case .finalRefused: text("the buyer would not sign your final offer", "采购不接受你的最后报价")
                default: text("out of rounds", "回合用尽")
                }
            let right =
                scorecard.zopaExists == true
                ? text("a deal within your limits existed", "存在符合底线的方案")
                : text("no deal within your limits existed: right to walk", "不存在符合底线的方案:离开是对的")
            return text("No deal after \(outcome.rounds) rounds: \(who); \(right).", "\(outcome.rounds)轮后未成交:\(who);\(right)。")
        }
    }

    /// One row per side per term: each round's value as a block from the range's low to its high end.
    private func chart(style: Style, text: UIText) -> [String] {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var out: [String] = []
        let width = source.terms.map { DisplayWidth.of($0.name.text(text.language)) }.max() ?? 0
        for term in source.terms {
            func row(_ values: [Double]) -> String {
                String(
                    values.map { value in
                        let share = (value - term.low) / (term.high - term.low)
                        return blocks[min(blocks.count - 1, max(0, Int((share * Double(blocks.count - 1)).rounded())))]
                    })
            }
            let you = rounds.map { $0.offer[term.id] ?? term.low }
            let buyer = rounds.map { $0.demand[term.id] ?? term.low }
            let label = DisplayWidth.pad(term.name.text(text.language), to: width)
            let last = { (values: [Double]) in
                values.last.map { Format.value($0, unit: term.kind.unit, language: text.language) } ?? ""
            }
            out.append("  \(label) ▲ " + style.green(row(you)) + "  \(last(you))")
            out.append("  \(DisplayWidth.pad("", to: width)) ▼ " + style.cyan(row(buyer)) + "  \(last(buyer))")
        }
        return out
    }
}

extension DebriefReport {
    /// The same debrief as one self-contained HTML file with SVG charts: the scorecard as bars, the
    /// deal against the targets, each term's positions over the rounds.
    func html(text: UIText) -> String {
        let e = HTMLPage.escape
        let card = scorecard
        var body = "<h1>\(e(source.title.text(text.language)))</h1>"
        body += "<p class=\"dim\">\(e(scenario)) · \(e(trainee)) · \(e(started)) · seed \(seed)</p>"
        body += "<p><strong>\(e(outcomeLine(text: text, style: .init(enabled: false))))</strong></p>"
        body +=
            "<h2>\(e(text("Score \(Format.number(total, decimals: 1)) / \(Format.number(maximum))", "得分 \(Format.number(total, decimals: 1)) / \(Format.number(maximum))")))</h2>"
        for line in benchmarks(text: text) { body += "<p>\(e(line))</p>" }
        body +=
            "<figure>" + HTMLPage.bars(id: "scorecard", card.parts.map { ($0.part.name(text), $0.points, $0.maximum) })
            + "<figcaption>\(e(text("Points per part of the scorecard", "计分卡各部分得分")))</figcaption></figure>"
        if let economics = deal {
            let targets = source.targets
            body += "<h2>\(e(text("The deal against your targets", "成交方案与我方目标")))</h2><figure>"
            body += HTMLPage.bars(
                id: "targets",
                [
                    (text("margin % (target)", "毛利率%(目标)"), economics.margin * 100, targets.marginTarget * 100),
                    (text("trade spend % (cap)", "费用率%(上限)"), economics.tradeSpendRate * 100, targets.tradeSpendCap * 100),
                    (text("promotions (target)", "档期(目标)"), economics.promotions, targets.promotionsTarget),
                ])
            body +=
                "<figcaption>\(e(text("Margin and promotions should reach their targets; trade spend should stay under its cap.", "毛利率与档期应达到目标;费用率应低于上限。")))</figcaption></figure>"
        }
        body += "<h2>\(e(text("Points lost", "失分")))</h2><table>"
        for lesson in card.lessons {
            body +=
                "<tr><td>\(e(text("round \(lesson.round)", "第\(lesson.round)轮")))</td><td class=\"n bad\">−\(Format.number(lesson.points, decimals: 1))</td><td>\(e(lesson.partNames(text)))</td><td>\(e(lesson.kind.explained(text, name: termName(text))))</td></tr>"
        }
        body += "</table><h2>\(e(text("The three moments that cost the most", "代价最大的三个时刻")))</h2><ol>"
        for loss in card.costliest {
            body +=
                "<li>\(e(text("round \(loss.round)", "第\(loss.round)轮"))): \(e(loss.kind.explained(text, name: termName(text)))) (−\(Format.number(loss.points, decimals: 1)))</li>"
        }
        body += "</ol><h2>\(e(text("Positions per term over the rounds", "各条款双方立场变化")))</h2>"
        for term in source.terms {
            let unit = term.kind.unit == .percent ? "%" : ""
            body +=
                "<figure>"
                + HTMLPage.lines(
                    id: "term-\(term.id)", low: term.low, high: term.high,
                    series: [
                        (text("you", "我方"), "#2e7d32", rounds.map { $0.offer[term.id] ?? term.low }),
                        (text("buyer", "采购"), "#1565c0", rounds.map { $0.demand[term.id] ?? term.low }),
                    ], unit: unit) + "<figcaption>\(e(term.name.text(text.language))) (\(e(term.id)))</figcaption></figure>"
        }
        body += "<h2>\(e(text("Timeline", "逐轮回顾")))</h2><table>"
        for round in rounds {
            body +=
                "<tr><td>\(round.round)</td><td>\(e(round.said ?? ""))</td><td>\(round.buyer.map(e).joined(separator: "<br>"))"
            for tactic in round.tactics {
                let truth = tactic.truthful.map { $0 ? text("true", "属实") : text("a bluff", "虚张声势") } ?? ""
                let verdict =
                    tactic.answer.map {
                        $0.isGood
                            ? "<span class=\"good\">✔ \(e($0.described(text)))</span>"
                            : "<span class=\"bad\">✘ \(e($0.described(text)))</span>"
                    } ?? ""
                body += "<br><span class=\"dim\">⚑ \(e(tactic.tactic.name(text))) \(e(truth))</span> \(verdict)"
            }
            body += "</td></tr>"
        }
        body += "</table>"
        return HTMLPage.page(
            title: "\(source.title.text(text.language)) — \(trainee)", language: text.language.rawValue, body: body)
    }
}
