import KataPersona
import KataScenario
import KataTerms

/// What never changes during a session: the scenario and everything derived from it once, shared by
/// every copy of the state (a reference, so copying a state stays cheap).
public final class SessionContext: Sendable {
    public let scenario: Scenario
    public let policy: BuyerPolicy
    public let economics: EconomicsModel
    /// Term ids in order: a linear scan of a few short ids beats hashing them.
    let ids: [String]
    /// Term kinds in order (read every round, without copying the terms).
    let kinds: [TermKind]
    /// Each tactic's weight by ordinal, −1 when the persona does not use it (checked every round).
    let tacticWeights: [Double]
    /// The persona's tactic settings, by `TacticID.ordinal`.
    let tactics: [TacticSetting?]
    /// How many lines each situation has in the scenario's language (defaults or the scenario's own),
    /// by `LineKey.ordinal`.
    let lineCounts: [Int]
    /// Last year's package (or the middle of each range): what stands before anyone proposes.
    public let statusQuo: Package
    /// Per promotion-slot term, the per-slot fee term that is paid for it, if any.
    let slotFee: [Int?]
    /// The most each term may lawfully be: its low end when prohibited, the grid value at or under
    /// its legal maximum, else its high end.
    let lawfulMax: [Double]
    /// The supplier's ambitious position (see `TraineeView.ambitious`).
    let ambitious: Package

    public init(_ scenario: Scenario) {
        self.scenario = scenario
        policy = BuyerPolicy(scenario)
        economics = EconomicsModel(scenario)
        ids = scenario.terms.map(\.id)
        kinds = scenario.terms.map(\.kind)
        var tactics = [TacticSetting?](repeating: nil, count: TacticID.allCases.count)
        for setting in scenario.persona.tactics { tactics[setting.id.ordinal] = setting }
        self.tactics = tactics
        tacticWeights = tactics.map { $0?.weight ?? -1 }
        lineCounts = LineKey.all.map { BuyerLines.lines(for: $0, scenario: scenario, language: scenario.language).count }
        statusQuo = scenario.referencePackage
        slotFee = scenario.terms.indices.map { index in
            scenario.terms.firstIndex { $0.kind == .perSlot && $0.slotTerm == index }
        }
        lawfulMax = scenario.terms.map { term in
            if term.prohibited { return term.low }
            guard let legalMax = term.legalMax else { return term.high }
            return term.low + ((legalMax - term.low) / term.step + 1e-9).rounded(.down) * term.step
        }
        let promoTerms = scenario.terms.filter { $0.kind == .promoSlots }.count
        let perTerm = promoTerms > 0 ? (scenario.targets.promotionsTarget / Double(promoTerms)).rounded(.up) : 0
        ambitious = Package(
            scenario.terms.map { term in
                term.kind == .promoSlots ? term.snapped(max(term.lastYear ?? term.low, perTerm)) : term.low
            })
    }

    func setting(_ tactic: TacticID) -> TacticSetting? { tactics[tactic.ordinal] }

    /// The position of the term with id `id`.
    func termIndex(_ id: String) -> Int? { ids.firstIndex(of: id) }
}

/// Where a session stands.
public enum Phase: Sendable, Hashable, Codable {
    /// Negotiating.
    case negotiating
    /// The deal is agreed but the buyer asked for one small extra before signing (`final_nibble`).
    case nibble(base: Package, extra: Package)
    /// The buyer's patience ran out and it stated its last package: the trainee answers once.
    case lastPackage(Package)
    /// The session is over.
    case over(Outcome)
}

/// A claim the buyer made that the trainee may challenge.
public struct OpenClaim: Sendable, Hashable, Codable {
    public var tactic: TacticID
    public var truthful: Bool
    /// The buyer's demand just before the claim.
    public var demandBefore: Package
    /// The supplier's own contract the claim quoted (`match_other_retailer` with `elsewhere:`): the
    /// trainee knows it, so the buyer answers a challenge with its true value.
    public var quoted: OtherContract?
}

/// A session's whole state. Only `Session.reduce` (this module) changes it, and in debug builds
/// checks its invariants after each move (`SessionState+Invariants.swift`); hidden parts (the buyer's lean, its
/// claims' truth, the generator) are never shown to the trainee (`TraineeView`).
public struct SessionState: Sendable {
    public let context: SessionContext
    public internal(set) var seed: UInt64
    public internal(set) var rng: SeededGenerator
    /// Rounds played: each move that costs a round adds one.
    public internal(set) var round = 0
    public internal(set) var phase: Phase = .negotiating
    /// The trainee's standing proposal (last year's terms until the trainee names others).
    public internal(set) var offer: Package
    /// Terms the trainee has named a value for.
    public internal(set) var named: [Bool]
    /// The buyer's standing demand.
    public internal(set) var demand: Package
    /// Terms settled and locked into the memo.
    public internal(set) var agreed: [Bool]
    public internal(set) var plan: [PlanEntry] = []
    /// How many proposals the trainee has made: the buyer never accepts the first.
    public internal(set) var proposals = 0
    /// The buyer's reading of the trainee, −0.3…0.3: positive when it believes the trainee is near its
    /// limit (tapering steps), negative when it smells weakness (steady or growing steps, easy gives,
    /// bluffs that worked).
    public internal(set) var lean = 0.0
    /// The trainee's concessions so far, in buyer utility.
    public internal(set) var concessions: [Double] = []
    public internal(set) var holdsInARow = 0
    public internal(set) var openClaim: OpenClaim?
    /// The round the buyer walks at (its patience, or earlier after a real deadline).
    public internal(set) var walkRound: Int
    public internal(set) var deadline: Int?
    public internal(set) var escalated = false
    /// The round of the trainee's last `final`, if any.
    public internal(set) var finalRound: Int?
    /// The trainee gave ground after a `final`: the buyer believes no further ultimatum.
    public internal(set) var finalBroken = false
    /// The last round the trainee conceded something (0: never).
    public internal(set) var lastGiveRound = 0
    public internal(set) var nibbled = false
    /// How many terms the buyer has revealed, by weight, to probing.
    public internal(set) var revealed = 0
    /// Rounds at which each tactic was last used (by ordinal), for cooldowns.
    public internal(set) var lastUsed: [Int]
    /// How often each tactic was used (by ordinal).
    public internal(set) var uses: [Int]
    /// The buyer's last objection, repeated word for word by `repeat_objection`.
    public internal(set) var lastObjection: Speech?
    /// The variant of each situation's line the buyer used last, by `LineKey.ordinal` (−1: none yet).
    public internal(set) var lastVariant: [Int]
    /// Terms whose unlawful demand the trainee refused by citing the rule: the buyer keeps them lawful.
    public internal(set) var cited: [Bool]
    /// Fee terms already asked for again under another name.
    public internal(set) var renamed: [Bool]
    /// A true `delist_threat` waiting for the trainee's answer: carried out if it gives nothing.
    public internal(set) var threatPending = false

    init(context: SessionContext, seed: UInt64) {
        self.context = context
        self.seed = seed
        rng = SeededGenerator(seed: seed)
        let count = context.scenario.terms.count
        offer = context.statusQuo
        named = Array(repeating: false, count: count)
        demand = context.scenario.persona.opening
        agreed = Array(repeating: false, count: count)
        walkRound = context.policy.patience + Self.patienceJitter(seed: seed)
        lastUsed = Array(repeating: -10, count: TacticID.allCases.count)
        uses = Array(repeating: 0, count: TacticID.allCases.count)
        renamed = Array(repeating: false, count: count)
        cited = Array(repeating: false, count: count)
        lastVariant = Array(repeating: -1, count: LineKey.all.count)
    }

    /// A state without storage, only ever swapped out (see `Session.reduce(into:_:)`).
    init(placeholderFor context: SessionContext) {
        self.context = context
        seed = 0
        rng = SeededGenerator(seed: 0)
        offer = Package([])
        named = []
        demand = Package([])
        agreed = []
        walkRound = 0
        lastUsed = []
        uses = []
        renamed = []
        cited = []
        lastVariant = []
    }

    public var scenario: Scenario { context.scenario }

    /// −1, 0 or +1 round on the persona's patience, from the seed alone (not the session's
    /// generator): the trainee cannot know exactly when the buyer's patience runs out (DESIGN §6).
    static func patienceJitter(seed: UInt64) -> Int {
        var mixer = SplitMix64(state: seed ^ 0x7061_7469_656E_6365)
        return Int(mixer.next() % 3) - 1
    }

    /// How far the buyer's reading of the trainee (`lean`) may go either way.
    public static let leanLimit = BuyerPolicy.leanLimit

    /// `lean` kept within ±`leanLimit`.
    static func clamped(lean: Double) -> Double {
        min(leanLimit, max(-leanLimit, lean))
    }

    /// Moves the buyer's reading of the trainee by `delta`, within its limits.
    mutating func shiftLean(by delta: Double) {
        lean = Self.clamped(lean: lean + delta)
    }

    public var isOver: Bool {
        if case .over = phase { return true }
        return false
    }

    public var outcome: Outcome? {
        if case .over(let outcome) = phase { return outcome }
        return nil
    }
}

extension LineKey {
    /// Every situation the buyer speaks in, in `ordinal` order.
    public static var all: [LineKey] {
        Reply.allCases.map(LineKey.reply) + TacticID.allCases.map(LineKey.tactic)
    }

    /// The situation's position in `all`.
    public var ordinal: Int {
        switch self {
        case .reply(let reply): Reply.allCases.firstIndex(of: reply) ?? 0
        case .tactic(let tactic): Reply.allCases.count + tactic.ordinal
        }
    }
}
