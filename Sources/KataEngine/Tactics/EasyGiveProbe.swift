import KataPersona

/// `easy_give_probe`: the trainee gave easily (sounded eager, or a big or early unconditional give),
/// so the buyer tests for more on its heaviest open term.
enum EasyGiveProbe: Tactic {
    static let id = TacticID.easyGiveProbe
    static let moment = TacticMoment.counter
    static let placeholders: Set<String> = ["term", "value"]

    static func triggers(_ turn: Turn, _ occasion: TacticOccasion) -> Bool {
        let lastGive = turn.state.concessions.last ?? 0
        let round = turn.state.round
        return turn.events.contains { event in
            guard case .moved(let move, let gave, let eager) = event.kind else { return false }
            if eager { return true }
            guard case .offer = move else { return false }
            return gave > 0 && (lastGive >= 0.02 || round <= 2)
        }
    }

    static func effect(_ turn: inout Turn, _ occasion: TacticOccasion) -> Bool {
        turn.raise(id, steps: 1, lean: -0.03)
    }
}
