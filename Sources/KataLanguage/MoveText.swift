import KataEngine
import KataScenario
import KataTerms

/// A move written back as words that make it again: the command (`offer rebate=5%, dm_slots=6`) a bot
/// "types" and a transcript shows, or the echo in the session's language (`→ 报价 年度返利=5%,
/// DM档期=6`) that tells the trainee how a line was understood. Both read back as the same move.
public enum MoveText {
    /// The command, with term ids.
    public static func command(_ move: Move, scenario: Scenario) -> String {
        written(move, scenario: scenario, language: nil)
    }

    /// The echo in `language`, with the terms' names in it: English reads as the command does.
    public static func echo(_ move: Move, scenario: Scenario, language: Language) -> String {
        written(move, scenario: scenario, language: language == .zh ? .zh : nil)
    }

    private static func written(_ move: Move, scenario: Scenario, language: Language?) -> String {
        func name(_ id: String) -> String {
            guard let language, let term = scenario.terms.first(where: { $0.id == id }) else { return id }
            return term.name.text(language)
        }
        func values(_ items: [TermValue]) -> String {
            items.map { item in
                let unit = scenario.terms.first { $0.id == item.term }?.kind.unit ?? .rmb
                return "\(name(item.term))=\(Format.number(item.value))\(unit == .percent ? "%" : "")"
            }.joined(separator: ", ")
        }
        let zh = language == .zh
        switch move {
        case .plan(let entries):
            return (zh ? "计划 " : "plan ")
                + entries.map {
                    "\(name($0.term)) \(Format.number($0.opening))/\(Format.number($0.target))/\(Format.number($0.walkAway))"
                }.joined(separator: ", ")
        case .offer(let terms): return (zh ? "报价 " : "offer ") + values(terms)
        case .conditional(let give, let get):
            return zh ? "如果 \(values(get)) 就 \(values(give))" : "if \(values(get)) then \(values(give))"
        case .meso(let options): return (zh ? "多方案 " : "offers ") + options.map(values).joined(separator: " | ")
        case .agree(let term): return (zh ? "谈定 " : "agree ") + name(term)
        case .accept: return zh ? "成交" : "accept"
        case .final(let terms):
            let head = zh ? "最后报价" : "final"
            return terms.isEmpty ? head : "\(head) \(values(terms))"
        case .cite(let term): return (zh ? "援引法规 " : "cite ") + name(term)
        case .hold: return zh ? "坚持" : "hold"
        case .ask(let question):
            switch question {
            case .why: return zh ? "问为什么" : "ask why"
            case .priorities: return zh ? "问优先级" : "ask priorities"
            }
        case .challenge: return zh ? "质疑" : "challenge"
        case .escalate: return zh ? "请示上级" : "escalate"
        case .walk: return zh ? "离开谈判" : "walk"
        }
    }
}
