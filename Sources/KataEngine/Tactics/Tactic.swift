import KataPersona
import KataTerms

/// One buyer tactic from the Carrefour playbook (seed 001, DESIGN §6): when it may fire, what it does,
/// and what the scorecard and the bots need to know about it. Each tactic is one type in its own file,
/// listed once in `Playbook.tactics`.
protocol Tactic: Sendable {
    static var id: TacticID { get }
    /// When in a turn the buyer reaches for it.
    static var moment: TacticMoment { get }
    /// A threat (delisting, the boss, a deadline): giving ground straight after one is poor discipline.
    static var isThreat: Bool { get }
    /// The share of its claims that are bluffs unless the persona sets `bluff_rate`; `nil` for a
    /// tactic that claims nothing.
    static var defaultBluffRate: Double? { get }
    /// The placeholders its lines may use (beyond `buyer`, `retailer`, `product`).
    static var placeholders: Set<String> { get }
    /// Whether its trigger holds on this turn, before the draw against the persona's weight.
    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool
    /// What it does once it fired; returns whether it acted (a tactic may fire and find nothing to do).
    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool
}

extension Tactic {
    static var isThreat: Bool { false }
    static var defaultBluffRate: Double? { nil }
    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool { true }
}

/// The points of a turn where the buyer may use a tactic.
enum TacticMoment: Sendable {
    /// A first value named on a term, before the buyer answers.
    case firstValue
    /// The buyer would accept the proposal.
    case acceptance
    /// Riding on a counter: at most one per round, the first in `Playbook.tactics` order that fires.
    case counter
    /// A fee term was settled (agreed, or conceded to within a step).
    case settlement
    /// The deal is about to be signed.
    case closing
    /// The trainee brought in its manager.
    case escalation
}

/// What a tactic knows about the moment it is tried at.
struct TacticOccasion {
    /// The buyer's demand before this turn's counter.
    var previous: Package
    /// Whether the trainee named a value on a term for the first time.
    var newlyNamed = false
    /// The term just agreed, for `.settlement` after an `agree`.
    var settled: Int?
    /// The package about to be signed, for `.closing`.
    var closing: Package?
}

/// How trying a tactic went.
enum TacticAttempt {
    /// Its trigger did not hold or it lost its draw: the next tactic may be tried.
    case passed
    /// It fired and acted.
    case used
    /// It fired but found nothing to do: no other tactic this turn.
    case fizzled
}
