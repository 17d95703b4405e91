/// The text of what the buyer says: a situation's lines (the scenario's own, else the defaults) with
/// the placeholders filled from a `Speech`.
public enum BuyerLines {
    /// The lines for `key` in `language`: the scenario's when it gives some in that language, else
    /// the built-in ones.
    public static func lines(for key: LineKey, scenario: Scenario, language: Language) -> [String] {
        let own = scenario.persona.lines[key]?.lines(language) ?? []
        return own.isEmpty ? DefaultLines.lines(for: key, in: language) : own
    }

    /// The line a speech stands for, with every placeholder filled, in `language`.
    public static func text(_ speech: Speech, scenario: Scenario, language: Language) -> String {
        let lines = lines(for: speech.key, scenario: scenario, language: language)
        guard !lines.isEmpty else { return "" }
        let template = lines[speech.variant % lines.count]
        let term = speech.term.flatMap { id in scenario.terms.first { $0.id == id } }
        var result = ""
        var name: String?
        for character in template {
            if character == "{" {
                name = ""
            } else if character == "}", let placeholder = name {
                result += fill(placeholder, speech: speech, term: term, scenario: scenario, language: language)
                name = nil
            } else if name != nil {
                name?.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func fill(_ placeholder: String, speech: Speech, term: Term?, scenario: Scenario, language: Language) -> String {
        switch placeholder {
        case "buyer": return scenario.persona.name
        case "retailer": return scenario.account.retailer
        case "product": return scenario.productLine.name
        case "term": return term?.name.text(language) ?? speech.term ?? ""
        case "value":
            guard let value = speech.value else { return "" }
            if speech.key == .tactic(.renamedFee) { return Format.value(value, unit: .rmb, language: language) }
            return Format.value(value, unit: term?.kind.unit ?? .rmb, language: language)
        case "competitor": return speech.competitor ?? ""
        case "other_retailer": return speech.otherRetailer ?? ""
        case "fee": return speech.fee ?? ""
        case "margin": return speech.margin.map { Format.number($0, decimals: 1) + "%" } ?? ""
        case "deadline": return speech.deadline.map(String.init) ?? ""
        case "rounds_left": return speech.roundsLeft.map(String.init) ?? ""
        case "volume": return speech.volume.map { Format.number($0) + "%" } ?? ""
        default: return "{\(placeholder)}"
        }
    }
}
