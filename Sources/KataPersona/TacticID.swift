/// The buyer moves of the Carrefour playbook (seed 001, DESIGN §6). The raw value is the scenario id.
public enum TacticID: String, CaseIterable, Sendable, Codable {
    case firstOfferFlinch = "first_offer_flinch"
    case competitorClaim = "competitor_claim"
    case delistThreat = "delist_threat"
    case renamedFee = "renamed_fee"
    case matchOtherRetailer = "match_other_retailer"
    case higherAuthority = "higher_authority"
    case bossSqueeze = "boss_squeeze"
    case timePressure = "time_pressure"
    case stall
    case repeatObjection = "repeat_objection"
    case volumePromise = "volume_promise"
    case ownCalculation = "own_calculation"
    case promotionPush = "promotion_push"
    case easyGiveProbe = "easy_give_probe"
    case finalNibble = "final_nibble"
}

extension TacticID {
    /// The tactic's position in `allCases`, for per-tactic arrays.
    @inlinable public var ordinal: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A situation the buyer speaks in: a reply of the negotiation, or one of its tactics.
public enum LineKey: Hashable, Sendable, Codable {
    case reply(Reply)
    case tactic(TacticID)

    /// The buyer's non-tactic replies.
    public enum Reply: String, CaseIterable, Sendable, Codable {
        case greet, counter, accept
        case walkOut = "walk_out"
        case lastChance = "last_chance"
        case probeAnswer = "probe_answer"
        case bluffCalled = "bluff_called"
        case claimBacked = "claim_backed"
        case termAgreed = "term_agreed"
        case dealClosed = "deal_closed"
        /// Its patience ran out: its last package, before the trainee's one answer.
        case lastPackage = "last_package"
        /// The trainee cited a rule the demand broke: the buyer drops it to the lawful value.
        case ruleCited = "rule_cited"
        /// The trainee's ultimatum after it moved past an earlier one: not believed.
        case finalDoubted = "final_doubted"
        /// A first ultimatum the buyer does not believe (early, from a trainee it reads as soft).
        case finalDisbelieved = "final_disbelieved"
        /// A colleague of the buyer's comes in and reopens a settled term (`stall`).
        case colleagueReopens = "colleague_reopens"
        /// A colleague of the buyer's comes in and asks more on a term (`stall`, `higher_authority`).
        case colleagueAsks = "colleague_asks"
        /// A true threat carried out: a promotion slot cut (`delist_threat`).
        case threatCarriedOut = "threat_carried_out"
        /// A quote of the supplier's own contract elsewhere, challenged and true.
        case quoteConfirmed = "quote_confirmed"
        /// A quote of the supplier's own contract elsewhere, challenged and false: the true value.
        case quoteCorrected = "quote_corrected"
    }

    /// The key as written under `persona.lines`.
    public var name: String {
        switch self {
        case .reply(let reply): reply.rawValue
        case .tactic(let tactic): tactic.rawValue
        }
    }

    public init?(name: String) {
        if let reply = Reply(rawValue: name) {
            self = .reply(reply)
        } else if let tactic = TacticID(rawValue: name) {
            self = .tactic(tactic)
        } else {
            return nil
        }
    }

    public static var allNames: [String] {
        Reply.allCases.map(\.rawValue) + TacticID.allCases.map(\.rawValue)
    }

    /// Placeholders a line may use; the engine fills them in.
    public static let placeholders: Set<String> = [
        "buyer", "retailer", "product", "term", "value", "competitor", "other_retailer",
        "fee", "margin", "deadline", "rounds_left", "volume",
    ]
}

extension LineKey {
    /// Written as its name (`"greet"`, `"competitor_claim"`), as in scenario files.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let key = LineKey(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown line key '\(name)'")
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
