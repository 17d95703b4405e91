import KataAnalysis
import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// One event of a transcript as it is written on disk (DESIGN §8): what happened, who did it, and
/// its payload in readable form — term values by id, buyer lines as text — so the file reads with
/// `jq` and `kata verify` can compare it line by line with a re-run. It holds only what the trainee
/// saw: whether a claim was a bluff and what a move gave the buyer are the hidden persona's, and the
/// debrief finds them by replay once the session is over.
public struct TranscriptLine: Sendable, Codable, Equatable {
    public var seq: Int
    public var round: Int
    public var actor: Actor
    public var type: String
    /// The trainee's words as typed.
    public var text: String?
    public var move: Move?
    public var eager: Bool?
    public var reason: String?
    public var entries: [PlanEntry]?
    public var package: [String: Double]?
    public var line: String?
    /// Who said `line` when it was not the buyer itself: a colleague's name (persona `colleagues:`).
    public var speaker: String?
    public var tactic: TacticID?
    public var effect: TacticEffect?
    public var terms: [String]?
    public var term: String?
    public var value: Double?
    public var option: Int?
    public var seed: UInt64?
    public var outcome: OutcomeRecord?

    public init(seq: Int, round: Int, actor: Actor, type: String) {
        self.seq = seq
        self.round = round
        self.actor = actor
        self.type = type
    }

    /// The last line of a session: how it ended, the signed package and what it means in money.
    public struct OutcomeRecord: Sendable, Codable, Equatable {
        public var ending: Outcome.Ending
        public var rounds: Int
        public var package: [String: Double]?
        /// Percent points.
        public var margin: Double?
        public var tradeSpendRate: Double?
        public var promotions: Double?
        public var contribution: Double?
        public var withinLimits: Bool?
        /// Terms of the deal that break a rule (a prohibited fee, above a legal maximum).
        public var ruleBreaks: [String]?
        /// The scorecard's total and its points per part (DESIGN §7).
        public var score: Double?
        public var scorecard: [String: Double]?

        enum CodingKeys: String, CodingKey {
            case ending, rounds, package, margin, promotions, contribution, score, scorecard
            case tradeSpendRate = "trade_spend_rate"
            case withinLimits = "within_limits"
            case ruleBreaks = "rule_breaks"
        }
    }

    /// The transcript lines for `events`, numbered from `seq`; `text` is the trainee's words for the
    /// move among them; `scorecard` goes with the outcome. The buyer's lines are rendered in the
    /// scenario's language.
    public static func lines(
        for events: [Event], scenario: Scenario, from seq: Int, text: String? = nil, scorecard: Scorecard? = nil
    ) -> [TranscriptLine] {
        var result: [TranscriptLine] = []
        for (offset, event) in events.enumerated() {
            var line = TranscriptLine(seq: seq + offset, round: event.round, actor: event.actor, type: "")
            func say(_ speech: Speech) {
                line.line = BuyerLines.text(speech, scenario: scenario, language: scenario.language)
                let colleagues = scenario.persona.colleagues
                if let index = speech.speaker, colleagues.indices.contains(index) { line.speaker = colleagues[index].name }
            }
            func values(_ package: Package) -> [String: Double] {
                Dictionary(uniqueKeysWithValues: zip(scenario.terms.map(\.id), package.values))
            }
            switch event.kind {
            case .started(_, let seed):
                line.type = "session"
                line.seed = seed
            case .planned(let entries):
                line.type = "plan"
                line.entries = entries
                line.move = .plan(entries: entries)
                line.text = text
            case .moved(let move, _, let eager):
                line.type = "move"
                line.move = move
                line.eager = eager ? true : nil
                line.text = text
            case .rejected(let move, let reason):
                line.type = "rejected"
                line.move = move
                line.reason = reason.message(.en)
                line.text = text
            case .demand(let package, let speech):
                line.type = "demand"
                line.package = values(package)
                say(speech)
            case .tactic(let use):
                line.type = "tactic"
                line.tactic = use.tactic
                line.effect = use.effect
                line.package = values(use.demand)
                say(use.speech)
            case .picked(let option, let speech):
                line.type = "picked"
                line.option = option
                say(speech)
            case .revealed(let terms, let speech):
                line.type = "revealed"
                line.terms = terms
                say(speech)
            case .challenged(let tactic, _, let speech):
                line.type = "challenged"
                line.tactic = tactic
                say(speech)
            case .agreed(let term, let value, let speech):
                line.type = "agreed"
                line.term = term
                line.value = value
                say(speech)
            case .reopened(let term):
                line.type = "reopened"
                line.term = term
            case .accepted(let package, let speech):
                line.type = "accepted"
                line.package = values(package)
                say(speech)
            case .signed(let package, let speech):
                line.type = "signed"
                line.package = values(package)
                say(speech)
            case .lastChance(let speech):
                line.type = "last_chance"
                say(speech)
            case .lastPackage(let package, let speech):
                line.type = "last_package"
                line.package = values(package)
                say(speech)
            case .cited(let term, _, let to, let speech):
                line.type = "cited"
                line.term = term
                line.value = to
                say(speech)
            case .walkedOut(let speech):
                line.type = "walked_out"
                say(speech)
            case .ended(let outcome):
                line.type = "outcome"
                var record = OutcomeRecord(ending: outcome.ending, rounds: outcome.rounds)
                if let package = outcome.package {
                    let economics = Economics(package, in: scenario)
                    record.package = values(package)
                    record.margin = economics.margin * 100
                    record.tradeSpendRate = economics.tradeSpendRate * 100
                    record.promotions = economics.promotions
                    record.contribution = economics.contribution
                    record.withinLimits = TargetCheck(economics, scenario.targets).acceptableToSupplier
                    record.ruleBreaks = scenario.terms.indices.filter { scenario.terms[$0].breaksRule(package[$0]) }.map {
                        scenario.terms[$0].id
                    }
                }
                if let scorecard {
                    record.score = scorecard.total
                    record.scorecard = Dictionary(uniqueKeysWithValues: scorecard.parts.map { ($0.part.rawValue, $0.points) })
                }
                line.outcome = record
            }
            result.append(line)
        }
        return result
    }

    /// The move a trainee line records, with its eagerness, for re-running it (plans, moves and
    /// refused moves alike).
    public var recordedMove: (move: Move, eager: Bool)? {
        guard type == "move" || type == "rejected" || type == "plan", let move else { return nil }
        return (move, eager ?? false)
    }
}
