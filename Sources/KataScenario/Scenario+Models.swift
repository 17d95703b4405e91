import KataPersona
import KataTerms

/// The lower layers' models built from a whole scenario: the one place that says which parts of a
/// scenario each of them reads.
extension EconomicsModel {
    public convenience init(_ scenario: Scenario) {
        self.init(
            terms: scenario.terms, productLine: scenario.productLine, stores: scenario.account.stores,
            capitalRate: scenario.capitalRate)
    }
}

extension Economics {
    /// The economics of `package` (builds the scenario's model once for this call; sessions and
    /// analyses keep an `EconomicsModel`).
    public init(_ package: Package, in scenario: Scenario) {
        self = EconomicsModel(scenario).economics(package)
    }
}

extension BuyerUtility {
    public convenience init(_ scenario: Scenario) {
        self.init(terms: scenario.terms, persona: scenario.persona)
    }
}

extension BuyerPolicy {
    public convenience init(_ scenario: Scenario) {
        self.init(terms: scenario.terms, persona: scenario.persona)
    }
}

extension Scenario {
    /// What the buyer's lines fill their placeholders from.
    public var lineSetting: LineSetting {
        LineSetting(persona: persona, retailer: account.retailer, productLine: productLine, terms: terms)
    }
}

extension BuyerLines {
    /// The lines for `key` in `language`: the scenario's own, else the built-in ones.
    public static func lines(for key: LineKey, scenario: Scenario, language: Language) -> [String] {
        lines(for: key, persona: scenario.persona, language: language)
    }

    /// The line a speech stands for in `scenario`, with every placeholder filled, in `language`.
    public static func text(_ speech: Speech, scenario: Scenario, language: Language) -> String {
        text(speech, setting: scenario.lineSetting, language: language)
    }
}
