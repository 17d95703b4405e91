import Foundation
import KataTerms
import Yams

/// Turns a composed YAML tree into a `Scenario`, section by section, checking every value where it
/// is read so that each problem carries the line and column of its node.
struct ScenarioDecoder {
    var reader: DocumentReader
    /// The persona's reservation mapping, where whole-scenario warnings about the buyer's limit point.
    var reservationNode: Node?
    var language: Language = .zh
    var terms: [Term] = []
    private var termNodes: [Node] = []
    /// Ids of terms whose declaration had an error: not repeated as unknown wherever they are used.
    var droppedTermIDs: Set<String> = []

    init(reader: DocumentReader) { self.reader = reader }

    /// The most grid steps a term may have: negotiations move in steps a person can type.
    static let maximumSteps = 10_000
    /// The most combinations of promotion slots, price discounts and payment days: KATA's analyses
    /// visit each of them.
    static let maximumVolumeCombinations = 2_000_000

    static let topKeys = [
        "kata", "id", "title", "language", "account", "product_line", "capital_rate", "terms", "targets", "persona",
    ]

    mutating func decode(_ root: Node) -> Scenario? {
        guard let top = reader.fields(root, "the scenario", required: Self.topKeys, optional: ["scoring", "limits"]) else {
            return nil
        }
        if let node = top["kata"] {
            if let version = reader.number(node, "kata"), version != 1 {
                reader.error(node, "unsupported format version \(Format.number(version)): this program reads 'kata: 1'")
            }
        }
        let id = top["id"].flatMap { scenarioID($0) }
        if let node = top["language"], let value = reader.choice(node, "language", as: Language.self) {
            language = value
        }
        let title = top["title"].flatMap { reader.localized($0, "title", language: language) }
        let account = top["account"].flatMap { self.account($0, owner: top.keys["account"]) }
        let productLine = top["product_line"].flatMap { self.productLine($0, owner: top.keys["product_line"]) }
        let capitalRate = top["capital_rate"].flatMap { self.capitalRate($0, owner: top.keys["capital_rate"]) }
        if let node = top["terms"] { decodeTerms(node) }
        let targets = top["targets"].flatMap { self.targets($0, owner: top.keys["targets"]) }
        let persona = top["persona"].flatMap { self.persona($0, owner: top.keys["persona"]) }
        let scoring = top["scoring"].map { self.scoring($0) } ?? [:]
        var rounds = 20
        if let node = top["limits"],
            let limits = reader.fields(node, "limits", required: [], optional: ["rounds"], owner: top.keys["limits"])
        {
            if let roundsNode = limits["rounds"], let value = reader.integer(roundsNode, "limits.rounds", atLeast: 1) {
                rounds = value
                if let persona, persona.patience > value {
                    reader.warning(
                        roundsNode,
                        "the buyer's patience (\(persona.patience) rounds) outlasts the round limit (\(value)): the limit ends every session first"
                    )
                }
            }
        }
        guard let id, let title, let account, let productLine, let capitalRate, let targets, let persona,
            !terms.isEmpty, !reader.hasErrors
        else { return nil }
        return Scenario(
            id: id, title: title, language: language, account: account, productLine: productLine,
            capitalRate: capitalRate, terms: terms, targets: targets, persona: persona, scoring: scoring,
            rounds: rounds)
    }

    // MARK: - Sections

    private mutating func scenarioID(_ node: Node) -> String? {
        guard let id = reader.string(node, "id") else { return nil }
        guard id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
            reader.error(node, "id '\(id)' must be lowercase letters, digits and '-' (it names the file and the transcripts)")
            return nil
        }
        return id
    }

    private mutating func account(_ node: Node, owner: Node?) -> Account? {
        guard
            let fields = reader.fields(
                node, "account", required: ["retailer", "format", "stores", "tier", "brief"], owner: owner)
        else {
            return nil
        }
        let retailer = fields["retailer"].flatMap { reader.string($0, "account.retailer") }
        let format = fields["format"].flatMap { reader.choice($0, "account.format", as: RetailFormat.self) }
        let stores = fields["stores"].flatMap { reader.integer($0, "account.stores", atLeast: 1) }
        let tier = fields["tier"].flatMap { reader.choice($0, "account.tier", as: AccountTier.self) }
        let brief = fields["brief"].flatMap { reader.localized($0, "account.brief", language: language) }
        guard let retailer, let format, let stores, let tier, let brief else { return nil }
        return Account(retailer: retailer, format: format, stores: stores, tier: tier, brief: brief)
    }

    private mutating func productLine(_ node: Node, owner: Node?) -> ProductLine? {
        let keys = ["name", "skus", "unit_cost", "list_price", "shelf_price", "baseline_units"]
        guard let fields = reader.fields(node, "product_line", required: keys, owner: owner) else { return nil }
        let name = fields["name"].flatMap { reader.string($0, "product_line.name") }
        let skus = fields["skus"].flatMap { reader.integer($0, "product_line.skus", atLeast: 1) }
        // Large enough for any product line, small enough that every money figure stays exact.
        let positive = 0.0...1e9
        var money: [String: Double] = [:]
        for key in keys.dropFirst(2) {
            guard let valueNode = fields[key], let value = reader.number(valueNode, "product_line.\(key)", in: positive) else {
                continue
            }
            if value == 0 {
                reader.error(valueNode, "product_line.\(key) must be more than 0")
                continue
            }
            money[key] = value
        }
        guard let name, let skus, let cost = money["unit_cost"], let list = money["list_price"],
            let shelf = money["shelf_price"], let units = money["baseline_units"]
        else { return nil }
        if cost >= list, let listNode = fields["list_price"] {
            reader.error(
                listNode,
                "list_price \(Format.number(list)) must be above unit_cost \(Format.number(cost)): the supplier would lose money on every unit"
            )
        }
        if shelf <= list, let shelfNode = fields["shelf_price"] {
            reader.warning(
                shelfNode,
                "shelf_price \(Format.number(shelf)) is not above list_price \(Format.number(list)): the retailer has no front margin"
            )
        }
        return ProductLine(name: name, skus: skus, unitCost: cost, listPrice: list, shelfPrice: shelf, baselineUnits: units)
    }

    private mutating func capitalRate(_ node: Node, owner: Node?) -> CapitalRate? {
        guard let fields = reader.fields(node, "capital_rate", required: ["supplier", "retailer"], owner: owner) else {
            return nil
        }
        let supplier = fields["supplier"].flatMap { rate($0, "capital_rate.supplier") }
        let retailer = fields["retailer"].flatMap { rate($0, "capital_rate.retailer") }
        guard let supplier, let retailer else { return nil }
        return CapitalRate(supplier: supplier / 100, retailer: retailer / 100)
    }

    /// A rate in percent points (0…`maximum`), refusing a fraction where percent points are meant.
    private mutating func rate(_ node: Node, _ what: String, maximum: Double = 100) -> Double? {
        guard let value = reader.number(node, what, in: 0...maximum) else { return nil }
        if value > 0 && value < 1 {
            reader.error(
                node,
                "\(what) \(Format.number(value)) looks like a fraction: rates are written in percent points; did you mean \(Format.number(value * 100))?"
            )
            return nil
        }
        return value
    }

    // MARK: - Terms

    private static let termKeys = ["id", "name", "kind", "range", "step"]
    private static let optionalTermKeys = [
        "aliases", "last_year", "lift", "weeks", "for", "per_store", "legal_max", "prohibited", "rule",
    ]

    private mutating func decodeTerms(_ node: Node) {
        guard let items = reader.list(node, "terms") else { return }
        if items.isEmpty { reader.error(node, "terms must list at least one term") }
        var slotReferences: [(term: Int, name: String, node: Node)] = []
        for item in items {
            guard let fields = reader.fields(item, "a term", required: Self.termKeys, optional: Self.optionalTermKeys) else {
                continue
            }
            guard let term = term(fields, slotReference: &slotReferences) else {
                // Later mentions of a term that failed to load are not reported again as unknown.
                if let id = fields["id"]?.scalar?.string, !terms.contains(where: { $0.id == id }) { droppedTermIDs.insert(id) }
                continue
            }
            terms.append(term)
            termNodes.append(item)
        }
        for reference in slotReferences {
            guard let index = terms.firstIndex(where: { $0.id == reference.name }) else {
                reader.error(
                    reference.node,
                    "'for: \(reference.name)' names no term\(Spelling.hint(for: reference.name, among: terms.map(\.id)))")
                continue
            }
            guard terms[index].kind == .promoSlots else {
                reader.error(
                    reference.node,
                    "'for: \(reference.name)' must name a promo_slots term, but '\(reference.name)' is \(terms[index].kind.rawValue)"
                )
                continue
            }
            terms[reference.term].slotTerm = index
        }
        checkNames()
        let combinations = terms.filter { !$0.kind.isFee }.reduce(1.0) { $0 * Double($1.gridCount) }
        if combinations > Double(Self.maximumVolumeCombinations) {
            reader.error(
                node,
                "the promotion-slot, price-discount and payment-day terms together have \(Format.money(combinations)) combinations; at most \(Format.money(Double(Self.maximumVolumeCombinations))) are allowed: use coarser steps"
            )
        }
    }

    private mutating func term(_ fields: Fields, slotReference: inout [(term: Int, name: String, node: Node)]) -> Term? {
        let id = fields["id"].flatMap { reader.string($0, "term id") }
        let label = id.map { "term '\($0)'" } ?? "this term"
        if let id, let node = fields["id"] {
            if id.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil {
                reader.error(node, "term id '\(id)' must be lowercase snake_case (letters, digits, '_'), e.g. listing_fee")
            } else if terms.contains(where: { $0.id == id }) {
                reader.error(node, "duplicate term id '\(id)': the first term of that id is kept")
                return nil
            }
        }
        let name = fields["name"].flatMap { reader.localized($0, "name of \(label)", language: language) }
        let aliases = fields["aliases"].flatMap { reader.strings($0, "aliases of \(label)") } ?? []
        let kind = fields["kind"].flatMap { reader.choice($0, "kind of \(label)", as: TermKind.self) }
        let range = fields["range"].flatMap { termRange($0, label: label, kind: kind) }
        var step: Double?
        if let node = fields["step"], let value = reader.number(node, "step of \(label)") {
            if value <= 0 {
                reader.error(node, "step of \(label) must be more than 0, found \(Format.number(value))")
            } else if let range, (range.1 - range.0) / value > Double(Self.maximumSteps) {
                reader.error(
                    node,
                    "step \(Format.number(value)) of \(label) cuts its range into \(Format.money((range.1 - range.0) / value)) steps; at most \(Format.money(Double(Self.maximumSteps))) are allowed: use a coarser step"
                )
            } else if let range, abs(((range.1 - range.0) / value).rounded() - (range.1 - range.0) / value) > 1e-6 {
                reader.error(
                    node,
                    "range \(Format.number(range.0))…\(Format.number(range.1)) of \(label) is not a whole number of \(Format.number(value)) steps"
                )
            } else {
                step = value
            }
        }
        guard let id, let name, let kind, let range, let step else { return nil }
        var term = Term(id: id, name: name, aliases: aliases, kind: kind, low: range.0, high: range.1, step: step)
        if let node = fields["last_year"] { term.lastYear = value(node, of: term, what: "last_year") }
        decodeKindFields(fields, into: &term, label: label, slotReference: &slotReference)
        if let node = fields["legal_max"], let value = reader.number(node, "legal_max of \(label)") {
            if term.contains(value) {
                term.legalMax = value
            } else {
                reader.error(
                    node,
                    "legal_max \(Format.number(value)) of \(label) is outside its range \(Format.number(term.low))…\(Format.number(term.high))"
                )
            }
        }
        if let node = fields["prohibited"] { term.prohibited = reader.bool(node, "prohibited of \(label)") ?? false }
        if let node = fields["rule"] { term.rule = reader.string(node, "rule of \(label)") }
        if term.prohibited && term.rule == nil, fields["rule"] == nil, let node = fields["prohibited"] {
            reader.error(node, "\(label) is prohibited but gives no 'rule:' text for the trainee to cite")
        }
        return term
    }

    private mutating func termRange(_ node: Node, label: String, kind: TermKind?) -> (Double, Double)? {
        guard let items = reader.list(node, "range of \(label)") else { return nil }
        guard items.count == 2 else {
            reader.error(node, "range of \(label) must be [low, high], found \(items.count) value\(items.count == 1 ? "" : "s")")
            return nil
        }
        guard let low = reader.number(items[0], "low end of \(label)"),
            let high = reader.number(items[1], "high end of \(label)")
        else { return nil }
        guard low >= 0 else {
            reader.error(items[0], "range of \(label) must not go below 0, found \(Format.number(low))")
            return nil
        }
        guard low < high else {
            reader.error(
                node,
                "range of \(label) must be [low, high] with low below high, found [\(Format.number(low)), \(Format.number(high))]"
            )
            return nil
        }
        if kind?.unit == .percent {
            if high < 1 {
                reader.error(
                    node,
                    "range of \(label) looks like fractions: rates are written in percent points; did you mean [\(Format.number(low * 100)), \(Format.number(high * 100))]?"
                )
                return nil
            }
            if high > 100 {
                reader.error(items[1], "range of \(label) must stay within 100 (percent points), found \(Format.number(high))")
                return nil
            }
        }
        return (low, high)
    }

    private mutating func decodeKindFields(
        _ fields: Fields, into term: inout Term, label: String,
        slotReference: inout [(term: Int, name: String, node: Node)]
    ) {
        let onlyFor: [(String, TermKind)] = [
            ("lift", .promoSlots), ("weeks", .promoSlots), ("for", .perSlot), ("per_store", .perSlot),
        ]
        for (key, kind) in onlyFor where term.kind != kind {
            if let keyNode = fields.keys[key] {
                reader.error(keyNode, "'\(key)' applies only to \(kind.rawValue) terms, and \(label) is \(term.kind.rawValue)")
            }
        }
        switch term.kind {
        case .promoSlots:
            if let node = fields["lift"], let lift = rate(node, "lift of \(label)", maximum: 1000) { term.lift = lift / 100 }
            if let node = fields["weeks"], let weeks = reader.number(node, "weeks of \(label)", in: 0...52) {
                if weeks == 0 { reader.error(node, "weeks of \(label) must be more than 0") }
                term.weeks = weeks
            }
            for key in ["lift", "weeks"] where fields[key] == nil {
                reader.error(
                    fields.node,
                    "\(label) is promo_slots and needs '\(key):' (\(key == "lift" ? "extra sales during a slot, in percent" : "how many weeks one slot lasts"))"
                )
            }
        case .perSlot:
            if let node = fields["for"], let name = reader.string(node, "for of \(label)") {
                slotReference.append((terms.count, name, node))
            } else if fields["for"] == nil {
                reader.error(fields.node, "\(label) is per_slot and needs 'for:' naming the promo_slots term it pays for")
            }
            if let node = fields["per_store"] { term.perStore = reader.bool(node, "per_store of \(label)") ?? false }
        case .priceDiscount, .percentOfPurchases, .fixed, .perStore, .perSKUPerStore, .paymentDays:
            break
        }
    }

    /// Duplicate names and aliases across terms are errors; an alias that repeats its own term's id or
    /// name is never used, because the id and name already match.
    private mutating func checkNames() {
        var owner: [String: String] = [:]
        for term in terms {
            for name in [term.id] + term.name.all {
                owner[name.lowercased()] = owner[name.lowercased()] ?? term.id
            }
        }
        for (index, term) in terms.enumerated() {
            let node = termNodes[index]
            let aliasNodes: [Node] = {
                if case .mapping(let mapping) = node, case .sequence(let sequence)? = mapping["aliases"] {
                    return Array(sequence)
                }
                return []
            }()
            var seen: Set<String> = []
            for (position, alias) in term.aliases.enumerated() {
                let at = position < aliasNodes.count ? aliasNodes[position] : node
                let key = alias.lowercased()
                if !seen.insert(key).inserted || ([term.id] + term.name.all).contains(where: { $0.lowercased() == key }) {
                    reader.warning(
                        at,
                        "unused alias '\(alias)' of term '\(term.id)': the term's id, name or an earlier alias already matches it"
                    )
                    continue
                }
                if let other = owner[key], other != term.id {
                    reader.error(at, "alias '\(alias)' of term '\(term.id)' already names term '\(other)'")
                    continue
                }
                owner[key] = term.id
            }
        }
    }

    /// A term value that must lie in the term's range and on its step grid.
    mutating func value(_ node: Node, of term: Term, what: String) -> Double? {
        guard let value = reader.number(node, "\(what) of term '\(term.id)'") else { return nil }
        if let problem = term.problem(with: value) {
            reader.error(node, "\(what) of term '\(term.id)': \(problem.message(.en))")
            return nil
        }
        return value
    }

    // MARK: - Targets

    private mutating func targets(_ node: Node, owner: Node?) -> Targets? {
        guard let fields = reader.fields(node, "targets", required: ["margin", "trade_spend", "promotions"], owner: owner) else {
            return nil
        }
        let margin = fields["margin"].flatMap {
            pair($0, "targets.margin", keys: ("target", "floor"), rates: true, owner: fields.keys["margin"])
        }
        let spend = fields["trade_spend"].flatMap {
            pair($0, "targets.trade_spend", keys: ("target", "cap"), rates: true, owner: fields.keys["trade_spend"])
        }
        let promotions = fields["promotions"].flatMap {
            pair($0, "targets.promotions", keys: ("target", "minimum"), rates: false, owner: fields.keys["promotions"])
        }
        if let margin, margin.first.value < margin.second.value {
            reader.error(
                margin.second.node,
                "targets.margin: floor \(Format.number(margin.second.value)) is above target \(Format.number(margin.first.value))"
            )
        }
        if let spend, spend.first.value > spend.second.value {
            reader.error(
                spend.first.node,
                "targets.trade_spend: target \(Format.number(spend.first.value)) is above cap \(Format.number(spend.second.value))"
            )
        }
        if let promotions, promotions.first.value < promotions.second.value {
            reader.error(
                promotions.second.node,
                "targets.promotions: minimum \(Format.number(promotions.second.value)) is above target \(Format.number(promotions.first.value))"
            )
        }
        guard let margin, let spend, let promotions else { return nil }
        return Targets(
            marginTarget: margin.first.value / 100, marginFloor: margin.second.value / 100,
            tradeSpendTarget: spend.first.value / 100, tradeSpendCap: spend.second.value / 100,
            promotionsTarget: promotions.first.value, promotionsMinimum: promotions.second.value)
    }

    typealias Located = (value: Double, node: Node)

    private mutating func pair(_ node: Node, _ what: String, keys: (String, String), rates: Bool, owner: Node?) -> (
        first: Located, second: Located
    )? {
        guard let fields = reader.fields(node, what, required: [keys.0, keys.1], owner: owner) else { return nil }
        let first = fields[keys.0].flatMap { located($0, "\(what).\(keys.0)", rate: rates) }
        let second = fields[keys.1].flatMap { located($0, "\(what).\(keys.1)", rate: rates) }
        guard let first, let second else { return nil }
        return (first, second)
    }

    private mutating func located(_ node: Node, _ what: String, rate isRate: Bool) -> Located? {
        let value = isRate ? rate(node, what) : reader.number(node, what, in: 0...1000)
        return value.map { ($0, node) }
    }
}
