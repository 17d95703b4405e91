import KataPersona
import KataTerms

/// Who an event comes from (DESIGN §8).
public enum Actor: String, Sendable, Hashable, Codable {
    case trainee, buyer, system
}

/// Anything that happened in a session, in order: the reducer's only output, and what transcripts,
/// replays, bots and statistics read.
public struct Event: Sendable, Hashable, Codable {
    /// The round the event belongs to; 0 before the first move.
    public var round: Int
    public var actor: Actor
    public var kind: EventKind

    public init(round: Int, actor: Actor, kind: EventKind) {
        self.round = round
        self.actor = actor
        self.kind = kind
    }
}

/// What happened.
public enum EventKind: Sendable, Hashable, Codable {
    /// The session began with this seed.
    case started(scenario: String, seed: UInt64)
    /// The trainee recorded a preparation plan.
    case planned(entries: [PlanEntry])
    /// The trainee made a move that costs a round. `gave` is how much buyer utility the move handed
    /// over (negative when it took some back); the trainee never sees it, the debrief does. `eager`:
    /// the trainee sounded keen to close, which the buyer reads as room to push.
    case moved(move: Move, gave: Double, eager: Bool)
    /// A move the reducer refused; it cost no round.
    case rejected(move: Move, reason: Rejection)
    /// The buyer states its (new) demand.
    case demand(package: Package, speech: Speech)
    /// The buyer uses a playbook tactic.
    case tactic(TacticUse)
    /// The buyer picked one of a MESO's options: the one it values most.
    case picked(option: Int, speech: Speech)
    /// The buyer answered a probe, ranking some of its terms by importance (most important first).
    case revealed(terms: [String], speech: Speech)
    /// A challenged claim: a bluff the buyer backs off from, or a true claim it backs up.
    case challenged(tactic: TacticID, truthful: Bool, speech: Speech)
    /// A term was settled at a value and locked.
    case agreed(term: String, value: Double, speech: Speech)
    /// A settled term was opened again.
    case reopened(term: String)
    /// The buyer accepts the trainee's proposal (a final nibble may still follow).
    case accepted(package: Package, speech: Speech)
    /// Both sides sign `package`.
    case signed(package: Package, speech: Speech)
    /// The buyer's patience ran out; it states its last package and waits for one answer.
    case lastPackage(package: Package, speech: Speech)
    /// The trainee cited the rule a demand broke; the buyer dropped it from `from` to the lawful `to`.
    case cited(term: String, from: Double, to: Double, speech: Speech)
    /// The buyer warns this is the last round before it ends the meeting.
    case lastChance(speech: Speech)
    /// The buyer ends the meeting without a deal.
    case walkedOut(speech: Speech)
    /// The session is over.
    case ended(Outcome)
}

extension EventKind {
    /// What the buyer said in this event, if it said anything.
    public var speech: Speech? {
        switch self {
        case .demand(_, let speech), .picked(_, let speech), .revealed(_, let speech), .challenged(_, _, let speech),
            .agreed(_, _, let speech), .accepted(_, let speech), .signed(_, let speech), .lastChance(let speech),
            .lastPackage(_, let speech), .walkedOut(let speech), .cited(_, _, _, let speech):
            speech
        case .tactic(let use): use.speech
        case .started, .planned, .moved, .rejected, .reopened, .ended: nil
        }
    }
}

/// One use of a tactic: what the buyer said, whether its claim was true, and what it did.
public struct TacticUse: Sendable, Hashable, Codable {
    public var tactic: TacticID
    public var speech: Speech
    /// `nil` when the tactic makes no factual claim (a flinch, a threat); else whether the claim is true.
    public var truthful: Bool?
    public var effect: TacticEffect
    /// The buyer's demand after the tactic.
    public var demand: Package

    public init(tactic: TacticID, speech: Speech, truthful: Bool?, effect: TacticEffect, demand: Package) {
        self.tactic = tactic
        self.speech = speech
        self.truthful = truthful
        self.effect = effect
        self.demand = demand
    }
}

/// What a tactic did to the session.
public enum TacticEffect: Sendable, Hashable, Codable {
    /// The buyer refused the proposal outright and did not move.
    case refused
    /// The buyer asks for more on a term.
    case raised(term: String, from: Double, to: Double)
    /// The buyer asks for money already settled again, on another term under another name.
    case renamed(settled: String, term: String, from: Double, to: Double, amount: Double)
    /// The buyer set a deadline round.
    case deadline(round: Int)
    /// The buyer postponed: no counter this round.
    case postponed
    /// A settled term is open again.
    case reopened(term: String)
    /// The buyer stated a wrong margin for the supplier (percent points) against the true one.
    case miscalculated(claimed: Double, actual: Double)
    /// The buyer hardened without changing its demand.
    case pressed
    /// Before signing, the buyer asks for one more small thing.
    case nibbled(term: String, from: Double, to: Double)
    /// A true threat carried out: a promotion slot taken off the table (offer and demand).
    case cut(term: String, from: Double, to: Double)
}

/// Why the reducer refused a move. Refusals cost no round.
public enum Rejection: Sendable, Hashable, Codable {
    case unknownTerm(String)
    case invalidValue(term: String, problem: ValueProblem)
    case alreadyAgreed(String)
    case termTwice(String)
    case emptyOffer
    case planTooLate
    case nothingToChallenge
    /// `cite` on a term whose demand breaks no rule.
    case nothingToCite(String)
    /// `agree` on a term whose demand breaks a rule: signing it would break the law; cite it instead.
    case unlawfulAgreement(String)
    case alreadyEscalated
    case mesoNeedsTwoOptions
    case sessionOver

    /// The reason in words, in the UI's language, each term id named by `name` (its name in that
    /// language on screen; the id itself in transcripts).
    public func message(_ language: Language, name: (String) -> String = { $0 }) -> String {
        switch (self, language) {
        case (.unknownTerm(let unknown), .en): "'\(unknown)' is not a term of this negotiation"
        case (.unknownTerm(let unknown), .zh): "“\(unknown)”不是本次谈判的条款"
        case (.invalidValue(let term, let problem), .en): "\(name(term)): \(problem.message(.en))"
        case (.invalidValue(let term, let problem), .zh): "\(name(term)):\(problem.message(.zh))"
        case (.alreadyAgreed(let term), .en): "\(name(term)) is already agreed and locked"
        case (.alreadyAgreed(let term), .zh): "\(name(term))已经谈定并锁定"
        case (.termTwice(let term), .en): "\(name(term)) is named twice in one proposal"
        case (.termTwice(let term), .zh): "同一方案中\(name(term))出现了两次"
        case (.emptyOffer, .en): "the proposal names no term"
        case (.emptyOffer, .zh): "方案里没有任何条款"
        case (.planTooLate, .en): "the plan is recorded before the first round"
        case (.planTooLate, .zh): "谈判计划须在第一回合之前录入"
        case (.nothingToChallenge, .en): "the buyer has made no claim to challenge"
        case (.nothingToChallenge, .zh): "采购没有提出可以质疑的说法"
        case (.nothingToCite(let term), .en): "the buyer's demand on \(name(term)) breaks no rule"
        case (.nothingToCite(let term), .zh): "采购在\(name(term))上的要求并不违规"
        case (.unlawfulAgreement(let term), .en):
            "the buyer's demand on \(name(term)) breaks a rule: cite it (cite \(name(term))) or offer a lawful value"
        case (.unlawfulAgreement(let term), .zh): "采购在\(name(term))上的要求违规：请引用规定拒绝(\(name(term))违规)，或报一个合规的数"
        case (.alreadyEscalated, .en): "your manager is already in the room"
        case (.alreadyEscalated, .zh): "你的上级已经在场"
        case (.mesoNeedsTwoOptions, .en): "several equal offers need at least two options"
        case (.mesoNeedsTwoOptions, .zh): "多方案报价至少需要两个方案"
        case (.sessionOver, .en): "the negotiation is over"
        case (.sessionOver, .zh): "谈判已经结束"
        }
    }
}

/// How a session ended.
public struct Outcome: Sendable, Hashable, Codable {
    public enum Ending: String, Sendable, Hashable, Codable {
        /// Both sides signed `package`.
        case deal
        /// The trainee walked away.
        case traineeWalked = "trainee_walked"
        /// The buyer ended the meeting: its patience (or a real deadline) ran out.
        case buyerWalked = "buyer_walked"
        /// The trainee's final offer fell short of what the buyer would sign: the trainee stood by it
        /// and the meeting ended — no deal by the trainee's choice.
        case finalRefused = "final_refused"
        /// The scenario's round limit was reached.
        case outOfRounds = "out_of_rounds"
    }

    public var ending: Ending
    /// The signed package, for a deal.
    public var package: Package?
    public var rounds: Int

    public init(ending: Ending, package: Package?, rounds: Int) {
        self.ending = ending
        self.package = package
        self.rounds = rounds
    }
}
