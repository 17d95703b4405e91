import KataAnalysis
import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// What the trainee sees during a session: the buyer's words under the persona's name, the table
/// of terms (last year, your offer, the buyer's demand, what is agreed), and the outcome.
struct NegotiationView {
    let scenario: Scenario
    let text: UIText
    let style: Style

    /// The buyer's lines and the system's notes among `events`. Tactic names and whether a claim is
    /// true stay hidden: the trainee hears only what the buyer says.
    func render(_ events: [Event]) -> [String] {
        var out: [String] = []
        for event in events {
            if let speech = event.kind.speech { out.append("\(speaker(speech)) \(line(speech))") }
            switch event.kind {
            case .lastPackage:
                out.append(
                    style.yellow(
                        text(
                            "! The buyer's last package: answer once — accept, a final offer that meets it, or walk.",
                            "! 这是采购的最后方案:你只有一次回应——成交、给出够得着的最终报价,或离开。")))
            case .reopened(let term):
                out.append(style.yellow(text("! \(name(term)) is open again", "! \(name(term))被重新拿出来谈")))
            case .rejected(_, let reason):
                out.append(
                    style.yellow(text("refused: ", "无效:") + reason.message(text.language, name: name))
                        + style.dim(text(" (no round spent)", "(不计回合)")))
            case .started, .planned, .moved, .ended, .demand, .picked, .revealed, .challenged, .agreed, .accepted, .signed,
                .lastChance, .walkedOut, .cited, .tactic:
                break
            }
        }
        return out
    }

    /// The buyer's name, or a colleague's with their role: each speaks in their own voice.
    private func speaker(_ speech: Speech) -> String {
        let colleagues = scenario.persona.colleagues
        guard let index = speech.speaker, colleagues.indices.contains(index) else {
            return style.cyan(style.bold("\(scenario.persona.name):"))
        }
        let colleague = colleagues[index]
        return style.magenta(style.bold("\(colleague.name) (\(colleague.role)):"))
    }

    private func line(_ speech: Speech) -> String {
        BuyerLines.text(speech, scenario: scenario, language: scenario.language)
    }

    private func name(_ id: String) -> String {
        scenario.terms.first { $0.id == id }?.label(text.language) ?? id
    }

    /// The table of terms: last year, the trainee's standing offer, the buyer's demand, and a mark
    /// for agreed terms; rule breaks flagged.
    func table(_ state: SessionState) -> String {
        var table = TextTable(
            header: [
                text("term", "条款"), text("last year", "去年"), text("your offer", "我方报价"), text("buyer wants", "采购要求"),
                text("agreed", "已谈定"),
            ],
            alignments: [.left, .right, .right, .right, .left])
        for (index, term) in scenario.terms.enumerated() {
            let unit = term.kind.unit
            func value(_ number: Double) -> String { Format.value(number, unit: unit, language: text.language) }
            let offer = value(state.offer[index])
            let demand = value(state.demand[index])
            // A rule break is marked on either side: the trainee's own offer can break the law too.
            let offerCell =
                term.breaksRule(state.offer[index])
                ? TextTable.Cell(offer + " !", shown: style.red(offer + " !")) : TextTable.Cell(offer)
            let gap = state.offer[index] != state.demand[index] && !state.agreed[index]
            let demandCell =
                term.breaksRule(state.demand[index])
                ? TextTable.Cell(demand + " !", shown: style.red(demand + " !"))
                : TextTable.Cell(demand, shown: gap ? style.yellow(demand) : demand)
            table.add([
                .init(text.language == .zh ? term.name.text(.zh) : "\(term.name.text(.en)) \(term.id)"),
                .init(term.lastYear.map(value) ?? "—"),
                offerCell,
                demandCell,
                state.agreed[index] ? .init("✔", shown: style.green("✔")) : .init(""),
            ])
        }
        return table.render(style: style)
    }

    /// How the session ended, what the deal means in money, and where the transcript is.
    func outcome(_ outcome: Outcome, transcript: String) -> [String] {
        var out = [""]
        switch outcome.ending {
        case .deal:
            out.append(style.bold(style.green(text("Deal signed after \(outcome.rounds) rounds.", "第\(outcome.rounds)轮成交。"))))
            if let package = outcome.package {
                out.append(EconomicsReport(package, in: scenario).render(text: text, style: style))
            }
        case .traineeWalked, .buyerWalked, .finalRefused, .outOfRounds:
            let why =
                switch outcome.ending {
                case .traineeWalked: text("You walked away.", "你选择了离开。")
                case .buyerWalked: text("The buyer ended the meeting.", "采购结束了会谈。")
                case .finalRefused: text("The buyer would not sign your final offer.", "采购不接受你的最后报价。")
                default: text("The round limit was reached.", "达到回合上限。")
                }
            out.append(style.bold(text("No deal. ", "未成交。") + why))
            out.append(
                ZOPA(scenario).isEmpty
                    ? style.green(text("No deal within your limits existed: walking away was right.", "本场不存在符合我方底线的方案:离开是对的。"))
                    : style.yellow(text("A deal within your limits was possible here.", "本场存在符合我方底线的成交空间。")))
        }
        out.append("")
        out.append(text("Transcript: \(transcript)", "谈判记录:\(transcript)"))
        out.append(
            text(
                "Debrief it (score, lost points, tactics): kata debrief \(transcript) [--html report.html]",
                "复盘(得分、失分、战术):kata debrief \(transcript) [--html report.html]"))
        out.append(text("Replay it turn by turn: kata replay \(transcript)", "逐轮回放:kata replay \(transcript)"))
        return out
    }
}
