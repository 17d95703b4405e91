import KataPersona
import KataTerms

/// One negotiation exercise, loaded from a `kata: 1` YAML file: the account, the product line and its
/// economics, the negotiable terms, the supplier's targets and the buyer persona (DESIGN §5).
public struct Scenario: Sendable {
    public var id: String
    public var title: LocalizedText
    public var language: Language
    public var account: Account
    public var productLine: ProductLine
    public var capitalRate: CapitalRate
    public var terms: [Term]
    public var targets: Targets
    public var persona: Persona
    /// Points per scorecard part where the scenario re-weights them (DESIGN §7).
    public var scoring: [ScorePart: Double]
    /// The most rounds a session may run.
    public var rounds: Int

    public init(
        id: String, title: LocalizedText, language: Language, account: Account,
        productLine: ProductLine, capitalRate: CapitalRate, terms: [Term], targets: Targets,
        persona: Persona, scoring: [ScorePart: Double] = [:], rounds: Int
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.account = account
        self.productLine = productLine
        self.capitalRate = capitalRate
        self.terms = terms
        self.targets = targets
        self.persona = persona
        self.scoring = scoring
        self.rounds = rounds
    }

    /// The index of the term named `text` (id, name or alias, case-insensitive), if any.
    public func termIndex(named text: String) -> Int? {
        terms.firstIndex { $0.isNamed(text) }
    }

    /// A package with last year's value for every term that has one, else the grid point nearest the
    /// middle of its range: what `kata calc` assumes for terms the user did not name.
    public var referencePackage: Package {
        Package(terms.map { $0.lastYear ?? $0.snapped(($0.low + $0.high) / 2) })
    }
}

/// The retail account the trainee negotiates with.
public struct Account: Sendable, Hashable {
    public var retailer: String
    public var format: RetailFormat
    public var stores: Int
    public var tier: AccountTier
    /// The fact sheet the trainee reads before negotiating.
    public var brief: LocalizedText

    public init(retailer: String, format: RetailFormat, stores: Int, tier: AccountTier, brief: LocalizedText) {
        self.retailer = retailer
        self.format = format
        self.stores = stores
        self.tier = tier
        self.brief = brief
    }
}

/// The kind of store chain, which sets what fees are usual.
public enum RetailFormat: String, CaseIterable, Sendable, Codable {
    case hypermarket, supermarket, appliance, convenience
    case warehouseClub = "warehouse_club"
}

/// How important the account is to the supplier (seed 003's customer tiers).
public enum AccountTier: String, CaseIterable, Sendable, Codable {
    case ordinary, partner, strategic
}

/// A part of the scorecard that a scenario's `scoring:` may re-weight (DESIGN §7).
public enum ScorePart: String, CaseIterable, Sendable, Codable {
    case margin
    case tradeSpend = "trade_spend"
    case promotions
    case preparation
    case opening
    case reciprocity
    case discipline
    case tacticHandling = "tactic_handling"

    /// The points the part is worth unless a scenario says otherwise.
    public var defaultPoints: Double {
        switch self {
        case .margin: 25
        case .tradeSpend: 20
        case .promotions: 15
        case .preparation: 5
        case .opening: 5
        case .reciprocity: 10
        case .discipline: 10
        case .tacticHandling: 10
        }
    }

    /// Margin, trade spend and promotions: what the deal itself is worth.
    public var isOutcome: Bool { [.margin, .tradeSpend, .promotions].contains(self) }
}
