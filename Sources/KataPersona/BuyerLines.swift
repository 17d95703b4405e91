import KataTerms

/// The text of what the buyer says: a situation's lines (the scenario's own, else the defaults) with
/// the placeholders filled from a `Speech`.
public enum BuyerLines {
    /// The lines for `key` in `language`: the scenario's when it gives some in that language, else
    /// the built-in ones.
    public static func lines(for key: LineKey, persona: Persona, language: Language) -> [String] {
        let own = persona.lines[key]?.lines(language) ?? []
        return own.isEmpty ? DefaultLines.lines(for: key, in: language) : own
    }

    /// The line a speech stands for, with every placeholder filled, in `language`.
    public static func text(_ speech: Speech, setting: LineSetting, language: Language) -> String {
        let lines = lines(for: speech.key, persona: setting.persona, language: language)
        guard !lines.isEmpty else { return "" }
        // The drawn variant, or the next one whose placeholders all have a value, else a built-in line
        // that fits (a persona's counters may all name a term that this speech has not): never a hole.
        let order = (0..<lines.count).map { lines[(speech.variant + $0) % lines.count] }
        let fits = { (line: String) in placeholders(in: line).allSatisfy { speech.fills($0) } }
        let template =
            order.first(where: fits) ?? DefaultLines.lines(for: speech.key, in: language).first(where: fits) ?? order[0]
        let term = speech.term.flatMap { id in setting.terms.first { $0.id == id } }
        var result = ""
        var name: String?
        for character in template {
            if character == "{" {
                name = ""
            } else if character == "}", let placeholder = name {
                result += fill(placeholder, speech: speech, term: term, setting: setting, language: language)
                name = nil
            } else if name != nil {
                name?.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The names inside `{…}` in a line.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }

    private static func fill(_ placeholder: String, speech: Speech, term: Term?, setting: LineSetting, language: Language)
        -> String
    {
        switch placeholder {
        case "buyer": return setting.persona.name
        case "retailer": return setting.retailer
        case "product": return setting.productLine.name
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

/// What a buyer line's placeholders are filled from: the persona, the account's name, the product and
/// the terms. A scenario provides one (`Scenario.lineSetting`).
public struct LineSetting: Sendable {
    public var persona: Persona
    public var retailer: String
    public var productLine: ProductLine
    public var terms: [Term]

    public init(persona: Persona, retailer: String, productLine: ProductLine, terms: [Term]) {
        self.persona = persona
        self.retailer = retailer
        self.productLine = productLine
        self.terms = terms
    }
}
