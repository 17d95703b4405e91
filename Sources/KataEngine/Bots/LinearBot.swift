/// Concedes at a steady pace: from the ambitious position towards the furthest point it can go to
/// meet the buyer's demand within its limits, in equal shares of the rounds.
struct LinearBot: Bot {
    mutating func move(_ view: TraineeView, after events: [Event]) -> Move {
        if let extra = view.nibbleExtra { return view.acceptable(extra) ? .accept : .hold }
        if let answer = view.answerToLastPackage { return answer }
        let acceptable = view.acceptable(view.demand)
        let limit = view.furthestAcceptable(from: view.ambitious, towards: view.demand)
        if events.hasLastChance { return acceptable ? .accept : view.lastOffer(limit) }
        let horizon = max(2.0, Double(view.rounds) * 0.6)
        let proposal = view.blend(view.ambitious, limit, min(1, Double(view.round + 1) / horizon))
        if acceptable && view.economics(view.demand).contribution >= view.economics(proposal).contribution - 1e-6 {
            return .accept
        }
        let changes = view.changes(to: proposal)
        return changes.isEmpty ? .hold : .offer(terms: changes)
    }
}
