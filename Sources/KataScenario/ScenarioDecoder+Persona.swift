import Foundation
import KataPersona
import KataTerms
import Yams

/// The persona section: weights, ends, opening and reservation over the decoded terms, the
/// concession curve, the tactics and the lines.
extension ScenarioDecoder {
    static let personaKeys = ["name", "role", "weights", "opening", "reservation", "concession", "patience", "tactics"]
    static let tacticKeys = [
        "id", "weight", "bluff_rate", "competitors", "retailers", "fees", "after_holds", "after_round", "elsewhere",
    ]

    mutating func persona(_ node: Node, owner: Node?) -> Persona? {
        guard
            let fields = reader.fields(
                node, "persona", required: Self.personaKeys, optional: ["better", "openness", "lines", "colleagues"], owner: owner
            )
        else {
            return nil
        }
        let name = fields["name"].flatMap { reader.string($0, "persona.name") }
        let role = fields["role"].flatMap { reader.string($0, "persona.role") }
        let weights = fields["weights"].flatMap { self.weights($0) }
        var better = terms.map { BuyerEnd.defaultEnd(for: $0.kind) }
        if let node = fields["better"], let entries = termEntries(node, "persona.better", complete: false) {
            for (index, valueNode) in entries {
                if let end = reader.choice(valueNode, "persona.better.\(terms[index].id)", as: BuyerEnd.self) {
                    better[index] = end
                }
            }
        }
        let openness = fields["openness"].map { reader.number($0, "persona.openness", in: 0...1) } ?? 0.3
        let opening = fields["opening"].flatMap { package($0, "persona.opening") }
        reservationNode = fields["reservation"]
        let reservation = fields["reservation"].flatMap { package($0, "persona.reservation") }
        let concession = fields["concession"].flatMap { self.concession($0, owner: fields.keys["concession"]) }
        let patience = fields["patience"].flatMap { reader.integer($0, "persona.patience", atLeast: 1) }
        let tactics = fields["tactics"].flatMap { self.tactics($0) }
        let lines = fields["lines"].map { self.lines($0) } ?? [:]
        var colleagues: [Colleague]? = []
        if let node = fields["colleagues"] { colleagues = self.colleagues(node) }
        if let opening, let reservation, let node = fields["reservation"] {
            checkReservation(opening: opening, reservation: reservation, better: better, weights: weights, node: node)
        }
        guard let name, let role, let weights, let openness, let opening, let reservation, let concession,
            let patience, let tactics, let colleagues
        else { return nil }
        return Persona(
            name: name, role: role, weights: weights, better: better, openness: openness, opening: opening,
            reservation: reservation, concession: concession, patience: patience, tactics: tactics, lines: lines,
            colleagues: colleagues)
    }

    /// `persona.colleagues`: a list of `{name, role}`; nil when an entry is malformed (reported).
    private mutating func colleagues(_ node: Node) -> [Colleague]? {
        guard let items = reader.list(node, "persona.colleagues") else { return nil }
        var result: [Colleague] = []
        var valid = true
        for item in items {
            guard let fields = reader.fields(item, "a colleague", required: ["name", "role"], optional: []),
                let name = fields["name"].flatMap({ reader.string($0, "colleague name") }),
                let role = fields["role"].flatMap({ reader.string($0, "colleague role") })
            else {
                valid = false
                continue
            }
            result.append(Colleague(name: name, role: role))
        }
        return valid ? result : nil
    }

    /// A mapping from term ids to values, with unknown ids reported and, when `complete`, missing ones.
    private mutating func termEntries(_ node: Node, _ what: String, complete: Bool) -> [(Int, Node)]? {
        guard let entries = reader.entries(node, what) else { return nil }
        var result: [(Int, Node)] = []
        var seen: Set<Int> = []
        var misspelt: Set<String> = []
        for entry in entries {
            guard let index = terms.firstIndex(where: { $0.id == entry.key }) else {
                if droppedTermIDs.contains(entry.key) { continue }
                let suggestion = Spelling.suggestion(for: entry.key, among: terms.map(\.id))
                if let suggestion { misspelt.insert(suggestion) }
                reader.error(
                    entry.keyNode,
                    "\(what) names '\(entry.key)', which is not a term" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
                continue
            }
            if seen.contains(index) {
                reader.error(entry.keyNode, "\(what) names '\(entry.key)' twice")
                continue
            }
            seen.insert(index)
            result.append((index, entry.value))
        }
        let missing = terms.indices.filter { !seen.contains($0) && !misspelt.contains(terms[$0].id) }.map { terms[$0].id }
        if complete && !missing.isEmpty && !terms.isEmpty {
            reader.error(
                node,
                "\(what) is missing term\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")): give a value for every term"
            )
        }
        return result
    }

    private mutating func weights(_ node: Node) -> [Double]? {
        guard let entries = termEntries(node, "persona.weights", complete: true) else { return nil }
        var weights = [Double](repeating: 0, count: terms.count)
        var complete = entries.count == terms.count
        for (index, valueNode) in entries {
            guard let weight = reader.number(valueNode, "weight of '\(terms[index].id)'", in: 0...1) else {
                complete = false
                continue
            }
            weights[index] = weight
            if weight == 0 {
                reader.warning(valueNode, "nobody weighs term '\(terms[index].id)': the buyer will give it away for nothing")
            }
        }
        // A sum over a list with an unknown or dropped term would only repeat that error.
        guard complete, droppedTermIDs.isEmpty, node.mapping?.count == entries.count else { return nil }
        let sum = weights.reduce(0, +)
        guard abs(sum - 1) <= 0.001 else {
            reader.error(node, "persona.weights must sum to 1, found \(Format.number(sum, decimals: 4))")
            return nil
        }
        return weights
    }

    private mutating func package(_ node: Node, _ what: String) -> Package? {
        guard let entries = termEntries(node, what, complete: true) else { return nil }
        var values = terms.map(\.low)
        var complete = entries.count == terms.count
        for (index, valueNode) in entries {
            if let value = value(valueNode, of: terms[index], what: what) { values[index] = value } else { complete = false }
        }
        return complete ? Package(values) : nil
    }

    /// The reservation is the least the buyer accepts, so it must be no better for the buyer than
    /// the opening on any term, and worse on the whole.
    private mutating func checkReservation(
        opening: Package, reservation: Package, better: [BuyerEnd], weights: [Double]?, node: Node
    ) {
        let entries: [String: Node] = {
            guard case .mapping(let mapping) = node else { return [:] }
            var result: [String: Node] = [:]
            for (key, value) in mapping { if let name = key.scalar?.string { result[name] = value } }
            return result
        }()
        var anyWorse = false
        for (index, term) in terms.enumerated() {
            let open = opening[index]
            let reserve = reservation[index]
            let betterForBuyer = better[index] == .high ? reserve > open : reserve < open
            if betterForBuyer {
                reader.error(
                    entries[term.id] ?? node,
                    "reservation \(Format.number(reserve)) of term '\(term.id)' is better for the buyer than its opening \(Format.number(open)): the reservation is the least the buyer accepts"
                )
            } else if reserve != open && (weights?[index] ?? 1) > 0 {
                anyWorse = true
            }
        }
        if !anyWorse {
            reader.error(
                node, "persona.reservation is not worse for the buyer than its opening: the buyer would have nothing to concede")
        }
    }

    private mutating func concession(_ node: Node, owner: Node?) -> Concession? {
        guard let fields = reader.fields(node, "persona.concession", required: ["curve"], optional: ["exponent"], owner: owner)
        else { return nil }
        let curve = fields["curve"].flatMap { reader.choice($0, "persona.concession.curve", as: ConcessionCurve.self) }
        var exponent: Double? = 1
        if let exponentNode = fields["exponent"] {
            exponent = reader.number(exponentNode, "persona.concession.exponent")
            if let value = exponent, value <= 0 || value > 20 {
                reader.error(
                    exponentNode, "persona.concession.exponent must be above 0 and at most 20, found \(Format.number(value))")
                exponent = nil
            }
        }
        guard let curve, let exponent else { return nil }
        return Concession(curve: curve, exponent: exponent)
    }

    private mutating func tactics(_ node: Node) -> [TacticSetting]? {
        guard let items = reader.list(node, "persona.tactics") else { return nil }
        var result: [TacticSetting] = []
        var valid = true
        for item in items {
            guard
                let fields = reader.fields(
                    item, "a tactic", required: ["id", "weight"], optional: Array(Self.tacticKeys.dropFirst(2))),
                let idNode = fields["id"], let id = reader.choice(idNode, "tactic id", as: TacticID.self)
            else {
                valid = false
                continue
            }
            if result.contains(where: { $0.id == id }) {
                reader.error(idNode, "tactic '\(id.rawValue)' is listed twice")
            }
            let label = "tactic '\(id.rawValue)'"
            var setting = TacticSetting(id: id, weight: 0)
            if let weightNode = fields["weight"], let weight = reader.number(weightNode, "weight of \(label)", in: 0...1) {
                setting.weight = weight
            } else {
                valid = false
            }
            if let rateNode = fields["bluff_rate"] {
                setting.bluffRate = reader.number(rateNode, "bluff_rate of \(label)", in: 0...1)
            }
            if let listNode = fields["competitors"] {
                setting.competitors = reader.strings(listNode, "competitors of \(label)") ?? []
            }
            if let listNode = fields["retailers"] { setting.retailers = reader.strings(listNode, "retailers of \(label)") ?? [] }
            if let listNode = fields["fees"] { setting.fees = reader.strings(listNode, "fees of \(label)") ?? [] }
            if let countNode = fields["after_holds"] {
                setting.afterHolds = reader.integer(countNode, "after_holds of \(label)", atLeast: 1)
            }
            if let countNode = fields["after_round"] {
                setting.afterRound = reader.integer(countNode, "after_round of \(label)", atLeast: 1)
            }
            if let node = fields["elsewhere"] {
                if let contracts = elsewhere(node, label) { setting.elsewhere = contracts } else { valid = false }
            }
            result.append(setting)
        }
        return valid ? result : nil
    }

    /// `elsewhere:` — retailer → {term: value}: the supplier's own terms at other retailers.
    private mutating func elsewhere(_ node: Node, _ label: String) -> [OtherContract]? {
        guard let retailers = reader.entries(node, "elsewhere of \(label)") else { return nil }
        var result: [OtherContract] = []
        var valid = true
        for retailer in retailers {
            guard let entries = termEntries(retailer.value, "elsewhere.\(retailer.key) of \(label)", complete: false) else {
                valid = false
                continue
            }
            for (index, valueNode) in entries {
                guard let value = value(valueNode, of: terms[index], what: "elsewhere.\(retailer.key)") else {
                    valid = false
                    continue
                }
                result.append(OtherContract(retailer: retailer.key, term: index, value: value))
            }
        }
        return valid ? result : nil
    }

    private mutating func lines(_ node: Node) -> [LineKey: LocalizedLines] {
        guard let entries = reader.entries(node, "persona.lines") else { return [:] }
        var result: [LineKey: LocalizedLines] = [:]
        for entry in entries {
            guard let key = LineKey(name: entry.key) else {
                reader.error(
                    entry.keyNode,
                    "persona.lines has no situation '\(entry.key)'\(Spelling.hint(for: entry.key, among: LineKey.allNames)); known: \(LineKey.allNames.joined(separator: ", "))"
                )
                continue
            }
            let what = "persona.lines.\(entry.key)"
            var lines = LocalizedLines()
            if case .mapping = entry.value {
                guard let fields = reader.fields(entry.value, what, required: [], optional: ["zh", "en"]) else { continue }
                if let zh = fields["zh"] { lines.zh = lineList(zh, "\(what).zh") }
                if let en = fields["en"] { lines.en = lineList(en, "\(what).en") }
            } else {
                let list = lineList(entry.value, what)
                switch language {
                case .zh: lines.zh = list
                case .en: lines.en = list
                }
            }
            result[key] = lines
        }
        return result
    }

    /// One line or a list of lines, each checked for unknown placeholders.
    private mutating func lineList(_ node: Node, _ what: String) -> [String] {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        var result: [String] = []
        for item in items {
            guard let text = reader.string(item, "each line of \(what)") else { continue }
            let unknown = BuyerLines.placeholders(in: text).filter { !LineKey.placeholders.contains($0) }
            if let first = unknown.first {
                let known = LineKey.placeholders.sorted().map { "{\($0)}" }.joined(separator: " ")
                reader.error(
                    at: placeholderLocation(first, in: item),
                    "unknown placeholder {\(first)} in \(what)\(Spelling.hint(for: first, among: Array(LineKey.placeholders))); known: \(known)"
                )
                continue
            }
            result.append(text)
        }
        return result
    }

    /// Where `{name}` starts in a one-line scalar (after its opening quote, if quoted); the scalar's
    /// own start for block scalars, whose columns cannot be recovered from the value.
    private func placeholderLocation(_ name: String, in node: Node) -> SourceLocation {
        var location = reader.location(node)
        guard case .scalar(let scalar) = node, !scalar.string.contains("\n"),
            let range = scalar.string.range(of: "{\(name)}")
        else { return location }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        guard quoted || scalar.style == .plain else { return location }
        location.column +=
            scalar.string.unicodeScalars.distance(
                from: scalar.string.unicodeScalars.startIndex,
                to: range.lowerBound.samePosition(in: scalar.string.unicodeScalars) ?? scalar.string.unicodeScalars.startIndex)
            + (quoted ? 1 : 0)
        return location
    }
}
