import KataEngine
import KataScenario
import KataTerms

/// A move written back as the command that makes it (`offer rebate=5%, dm_slots=6`): how the REPL
/// echoes what it understood, and what a bot "types".
enum MoveText {
    static func command(_ move: Move, scenario: Scenario) -> String {
        func values(_ items: [TermValue]) -> String {
            items.map { item in
                let unit = scenario.terms.first { $0.id == item.term }?.kind.unit ?? .rmb
                return "\(item.term)=\(Format.number(item.value))\(unit == .percent ? "%" : "")"
            }.joined(separator: ", ")
        }
        switch move {
        case .plan(let entries):
            return "plan "
                + entries.map {
                    "\($0.term) \(Format.number($0.opening))/\(Format.number($0.target))/\(Format.number($0.walkAway))"
                }.joined(separator: ", ")
        case .offer(let terms): return "offer \(values(terms))"
        case .conditional(let give, let get): return "if \(values(get)) then \(values(give))"
        case .meso(let options): return "offers " + options.map(values).joined(separator: " | ")
        case .agree(let term): return "agree \(term)"
        case .accept: return "accept"
        case .final(let terms): return terms.isEmpty ? "final" : "final \(values(terms))"
        case .cite(let term): return "cite \(term)"
        case .hold: return "hold"
        case .ask(let question): return "ask \(question.rawValue)"
        case .challenge: return "challenge"
        case .escalate: return "escalate"
        case .walk: return "walk"
        }
    }
}
