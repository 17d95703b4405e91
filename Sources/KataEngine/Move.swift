/// A value for one term, named by the term's id as the trainee or a bot gave it.
public struct TermValue: Sendable, Hashable, Codable {
    public var term: String
    public var value: Double

    public init(_ term: String, _ value: Double) {
        self.term = term
        self.value = value
    }
}

/// The trainee's preparation for one term (DESIGN §1, seed 004: 洽谈前测算费用点位, 获取底限): where to
/// open, what to aim for, and the point past which they walk away.
public struct PlanEntry: Sendable, Hashable, Codable {
    public var term: String
    public var opening: Double
    public var target: Double
    public var walkAway: Double

    public init(term: String, opening: Double, target: Double, walkAway: Double) {
        self.term = term
        self.opening = opening
        self.target = target
        self.walkAway = walkAway
    }
}

/// What a probing question asks the buyer.
public enum Question: String, Sendable, Hashable, Codable, CaseIterable {
    /// "Why?": the buyer explains its pressure, naming what matters most.
    case why
    /// "What matters to you?": the buyer ranks some of its terms.
    case priorities
}

/// One trainee action, parsed from a command or free text, or chosen by a bot. Every session change
/// comes from a `Move` through `Session.reduce`.
public enum Move: Sendable, Hashable, Codable {
    /// The preparation plan, recorded before the first round.
    case plan(entries: [PlanEntry])
    /// New values for some or all terms; the rest of the standing offer stays.
    case offer(terms: [TermValue])
    /// "If you give `get`, we give `give`": both sets become the proposal together.
    case conditional(give: [TermValue], get: [TermValue])
    /// Several proposals meant to be equal for the supplier (MESO); the buyer picks the one it values
    /// most, which tells the trainee what it cares about.
    case meso(options: [[TermValue]])
    /// Settle one term at the buyer's current demand and lock it into the memo (先易后难).
    case agree(term: String)
    /// Accept the buyer's standing demand as the deal.
    case accept
    /// The trainee's ultimatum (DESIGN §6): the standing offer, with `terms` put on it first; the
    /// buyer signs it when it reaches its reservation, else ends the meeting.
    case final(terms: [TermValue])
    /// Refuse the buyer's demand on a term by citing the rule it breaks (`legal_max`, `prohibited`).
    case cite(term: String)
    /// Reject the demand without moving.
    case hold
    /// Probe the buyer's interests.
    case ask(question: Question)
    /// Ask for proof of the buyer's last claim.
    case challenge
    /// Bring in one's own manager.
    case escalate
    /// End the negotiation without a deal.
    case walk

    /// Whether the move names values the buyer may weigh (offers of any form).
    public var isProposal: Bool {
        switch self {
        case .offer, .conditional, .meso: true
        case .plan, .agree, .accept, .final, .cite, .hold, .ask, .challenge, .escalate, .walk: false
        }
    }
}
