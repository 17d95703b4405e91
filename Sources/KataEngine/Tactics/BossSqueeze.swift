import KataPersona

/// `boss_squeeze`: the trainee brings in its manager, and the buyer squeezes harder (seed 001: 假如销售
/// 人员同其上司一起来，要求更多的折扣): two more steps on its heaviest open term.
enum BossSqueeze: Tactic {
    static let id = TacticID.bossSqueeze
    static let moment = TacticMoment.escalation
    static let isThreat = true
    static let placeholders: Set<String> = ["term", "value"]

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        turn.raise(id, steps: 2, lean: -0.04)
    }
}
