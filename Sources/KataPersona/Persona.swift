import KataTerms

/// The buyer across the table: what it values, where it opens, where it would walk away (hidden from
/// the trainee), how fast it concedes, and the playbook tactics and lines it uses (DESIGN §5–6).
public struct Persona: Sendable {
    public var name: String
    public var role: String
    /// Weight per term, in term order; they sum to 1.
    public var weights: [Double]
    /// The buyer's better end per term, in term order.
    public var better: [BuyerEnd]
    /// 0…1: how much probing reveals of the weights.
    public var openness: Double
    public var opening: Package
    /// The least the buyer will accept, in utility. Never shown to the trainee.
    public var reservation: Package
    public var concession: Concession
    /// Rounds before the buyer ends the meeting without a deal.
    public var patience: Int
    public var tactics: [TacticSetting]
    /// Lines that override or add to the defaults, per situation.
    public var lines: [LineKey: LocalizedLines]
    /// Other people on the buyer's side (seed 003): who comes in for `stall` and `higher_authority`.
    public var colleagues: [Colleague]

    public init(
        name: String, role: String, weights: [Double], better: [BuyerEnd], openness: Double,
        opening: Package, reservation: Package, concession: Concession, patience: Int,
        tactics: [TacticSetting], lines: [LineKey: LocalizedLines], colleagues: [Colleague] = []
    ) {
        self.name = name
        self.role = role
        self.weights = weights
        self.better = better
        self.openness = openness
        self.opening = opening
        self.reservation = reservation
        self.concession = concession
        self.patience = patience
        self.tactics = tactics
        self.lines = lines
        self.colleagues = colleagues
    }
}

/// A person on the buyer's side who is not the negotiator (采购总监 who approves, 财务 who checks the
/// numbers): when they come in, they speak in their own name.
public struct Colleague: Sendable, Hashable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// Which end of a term's range the buyer prefers.
public enum BuyerEnd: String, CaseIterable, Sendable, Codable {
    case low, high

    /// The default better end for a kind: high for every kind but promotion slots, whose space is scarce.
    public static func defaultEnd(for kind: TermKind) -> BuyerEnd {
        kind == .promoSlots ? .low : .high
    }
}

/// How the buyer's aspiration falls from its opening towards its reservation over its patience.
public struct Concession: Sendable, Hashable {
    public var curve: ConcessionCurve
    public var exponent: Double

    public init(curve: ConcessionCurve, exponent: Double) {
        self.curve = curve
        self.exponent = exponent
    }
}

/// The shape of the buyer's concessions: boulware holds then gives late, conceder gives early.
public enum ConcessionCurve: String, CaseIterable, Sendable, Codable {
    case boulware, linear, conceder
}

extension Persona {
    /// The competitors and other retailers the buyer's tactics name: a trainee who quotes one is
    /// arguing, not offering (`Oreo gets 4% here`).
    public var thirdParties: [String] {
        Array(Set(tactics.flatMap { $0.competitors + $0.retailers + $0.elsewhere.map(\.retailer) })).sorted()
    }
}

/// One tactic in a persona's playbook with its parameters.
public struct TacticSetting: Sendable, Hashable {
    public var id: TacticID
    /// 0…1: how readily the buyer reaches for it when its trigger holds.
    public var weight: Double
    /// 0…1: share of the tactic's claims that are bluffs.
    public var bluffRate: Double?
    public var competitors: [String]
    public var retailers: [String]
    /// Other names the buyer gives the same money (`renamed_fee`).
    public var fees: [String]
    public var afterHolds: Int?
    public var afterRound: Int?
    /// What the supplier gave other retailers (`match_other_retailer`): its own contracts, which the
    /// trainee can check, so the buyer quotes them, truly or (a bluff) one step too high.
    public var elsewhere: [OtherContract]

    public init(
        id: TacticID, weight: Double, bluffRate: Double? = nil, competitors: [String] = [],
        retailers: [String] = [], fees: [String] = [], afterHolds: Int? = nil, afterRound: Int? = nil,
        elsewhere: [OtherContract] = []
    ) {
        self.id = id
        self.weight = weight
        self.bluffRate = bluffRate
        self.competitors = competitors
        self.retailers = retailers
        self.fees = fees
        self.afterHolds = afterHolds
        self.afterRound = afterRound
        self.elsewhere = elsewhere
    }
}

/// A term of the supplier's contract with another retailer.
public struct OtherContract: Sendable, Hashable, Codable {
    public var retailer: String
    /// Index of the term in the scenario.
    public var term: Int
    public var value: Double

    public init(retailer: String, term: Int, value: Double) {
        self.retailer = retailer
        self.term = term
        self.value = value
    }
}

/// Buyer lines for one situation, in one or both languages.
public struct LocalizedLines: Sendable, Hashable {
    public var zh: [String]
    public var en: [String]

    public init(zh: [String] = [], en: [String] = []) {
        self.zh = zh
        self.en = en
    }

    public func lines(_ language: Language) -> [String] {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
